// SQLite's WAL checkpoints, off the event loop. By default SQLite checkpoints inside whichever
// commit grows the WAL past `wal_autocheckpoint` pages: that commit copies the WAL into the
// database file and fsyncs both, on the main thread, and every SMTP sender and HTTP request waits
// (measured: 50-150 ms stalls every ~4 MB written, the tail of the mail listener's time to 250).
// Here a thread with its own connection runs PASSIVE checkpoints every few milliseconds, which
// never block writers; the main connection's automatic checkpoint stays as a safety net at a
// much larger WAL (if the thread fell behind or died). Decision 0607.
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { sqliteHandleOf, type Db } from './database';

export interface Checkpointer {
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  /** How often the thread checkpoints (ms). */
  intervalMs?: number;
  /** The main connection's own automatic checkpoint, in WAL pages (the safety net). */
  safetyNetPages?: number;
}

/** Starts the background checkpointer for a SQLite database; null for PostgreSQL or in-memory. */
export function startCheckpointer(db: Db, log: Logger, options: CheckpointerOptions = {}): Checkpointer | null {
  const handle = sqliteHandleOf(db);
  if (!handle || handle.memory || !handle.name) return null;
  handle.pragma(`wal_autocheckpoint = ${options.safetyNetPages ?? SAFETY_NET_PAGES}`);
  return startFileCheckpointer(handle.name, log, options);
}

/** The main connection's own automatic checkpoint once a checkpointer runs (WAL pages). */
export const SAFETY_NET_PAGES = 16_000;

/**
 * Starts a checkpointer thread for a SQLite file in WAL mode. The caller raises its writers'
 * `wal_autocheckpoint` to a safety net so that they leave the work to the thread.
 */
export function startFileCheckpointer(file: string, log: Logger, options: CheckpointerOptions = {}): Checkpointer {
  const worker = new Worker(new URL('./checkpointWorker.mjs', import.meta.url), {
    workerData: { file, intervalMs: options.intervalMs ?? 25 },
  });
  // An idle checkpointer must not keep the process alive.
  worker.unref();
  let warnedBusy = false;
  worker.on('message', (m: { busy?: boolean; error?: string }) => {
    if (m.error) log.warn({ error: m.error, file }, 'background WAL checkpoint failed; the automatic checkpoint remains');
    else if (m.busy && !warnedBusy) {
      warnedBusy = true;
      log.debug({ file }, 'background WAL checkpoint could not copy every frame (readers); it retries');
    }
  });
  worker.on('error', (err) => log.warn({ err, file }, 'WAL checkpointer thread stopped; the automatic checkpoint remains'));
  let exited = false;
  const exit = new Promise<void>((resolve) => worker.once('exit', () => { exited = true; resolve(); }));
  return {
    stop: async () => {
      if (exited) return;
      // Ref'd while stopping: otherwise a process waiting only on this exit would end first.
      worker.ref();
      worker.postMessage('stop');
      await exit;
    },
  };
}
