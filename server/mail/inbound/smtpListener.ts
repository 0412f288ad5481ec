// The inbound SMTP listener (CONTRACTS.md "Mail": ACCESO_SMTP_HOST:ACCESO_SMTP_PORT, default
// 127.0.0.1:2525). It runs on its own thread (listenerThreadMain.ts) and answers 250 only after
// the raw message is committed to the spool (spool.ts): a 250 means the message survives a crash.
// Any failure before that answers 451 (try again later), so the sending server keeps the message.
// This side, on the main thread, moves spooled messages into the application database (the
// message row and its processing job in one transaction, each message once) and then has the
// thread delete them from the spool. Spooled messages left by a crash are moved before the
// listener opens its port again. Decision 0607.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';
import type { AppContext } from '../../context';
import { startFileCheckpointer, type Checkpointer } from '../../db/checkpointer';
import { inTransaction } from '../../db/transaction';
import { acceptedRow, storeAccepted } from './accept';
import type { ListenerThreadData } from './listenerThreadMain';
import { openSpool, spoolFile, type SpooledMessage } from './spool';

export interface SmtpListener {
  port: number;
  host: string;
  /** Resolves once every message that got a 250 so far is in the application database. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface SmtpListenerOptions {
  host?: string;
  port?: number;
  /** Largest message accepted (bytes); default the environment's message limit. */
  maxBytes?: number;
  /** Called after each accepted message is in the application database. */
  onAccepted?: (id: string, duplicate: boolean) => void;
  /** Accept recipients on any domain (tests of forwarding); default: only ACCESO_MAIL_DOMAIN. */
  anyDomain?: boolean;
}

type FromThread =
  | { type: 'listening'; port: number }
  | { type: 'failed'; error: string; code?: string }
  | { type: 'spooled'; ids: string[] }
  | { type: 'log'; level: 'warn' | 'error' | 'info'; msg: string; error?: string }
  | { type: 'closed' };

/** How many spooled messages one move transaction takes at most (as the accept group commit). */
const MOVE_BATCH = 64;

export async function startSmtpListener(ctx: AppContext, options: SmtpListenerOptions = {}): Promise<SmtpListener> {
  const host = options.host ?? ctx.env.smtpHost;
  const log = ctx.logger.child({ component: 'smtp-listener' });
  const file = spoolFile(ctx.env.dataDir);
  const mover = new SpoolMover(ctx, file, log, options.onAccepted);
  // What a crash left in the spool goes into the database before the port opens again.
  if (existsSync(file)) await mover.moveAll();

  const data: ListenerThreadData = {
    spoolFile: file, host, port: options.port ?? ctx.env.smtpPort, maxBytes: options.maxBytes ?? ctx.env.limits.messageBytes,
    domain: ctx.env.mailDomain.toLowerCase(), anyDomain: options.anyDomain ?? false,
  };
  const thread = new Worker(new URL('./listenerThread.mjs', import.meta.url), { workerData: data });
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.on('error', (err) => log.error({ err }, 'the SMTP listener thread stopped'));
  let onClosed = () => {};
  const started = new Promise<number>((resolve, reject) => {
    thread.on('message', (m: FromThread) => {
      if (m.type === 'listening') resolve(m.port);
      else if (m.type === 'failed') reject(Object.assign(new Error(`cannot listen on ${host}:${data.port}: ${m.error}`), { code: m.code }));
      else if (m.type === 'log') log[m.level]({ error: m.error }, m.msg);
      else if (m.type === 'closed') onClosed();
    });
    thread.once('exit', (code) => reject(new Error(`the SMTP listener thread exited (${code}) before listening`)));
  });
  mover.attach(thread);

  let port: number;
  try {
    port = await started;
  } catch (err) {
    thread.postMessage({ type: 'exit' });
    await exited;
    mover.detach();
    throw err;
  }
  // The spool's checkpoints (and their fsyncs) on a thread of their own (decision 0607).
  const checkpointer: Checkpointer = startFileCheckpointer(file, log);
  log.info({ host, port }, 'smtp listener ready');

  return {
    port, host,
    settled: () => mover.moveAll(),
    close: async () => {
      // A thread that died (logged above) has nothing left to close; what it spooled is moved.
      const closed = new Promise<void>((resolve) => { onClosed = resolve; });
      thread.postMessage({ type: 'close' });
      await Promise.race([closed, exited]);
      await mover.moveAll();
      thread.postMessage({ type: 'exit' });
      await exited;
      await checkpointer.stop();
      mover.detach();
    },
  };
}

/** Moves spooled messages into `messages`, one batch at a time, woken by the thread. */
class SpoolMover {
  private spool: SQLite.Database | null = null;
  private select: SQLite.Statement | null = null;
  private thread: Worker | null = null;
  /**
   * The last spool position moved: later rows are new. Rows up to it may still be in the spool
   * until the thread deletes them; after a restart (0) they are moved again, which adds nothing.
   */
  private lastSeq = 0;
  /** Moved before the thread started: deleted by its first transaction. */
  private unsent: string[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly file: string,
    private readonly log: AppContext['logger'],
    private readonly onAccepted?: (id: string, duplicate: boolean) => void,
  ) {}

  attach(thread: Worker): void {
    this.thread = thread;
    thread.on('message', (m: FromThread) => {
      if (m.type === 'spooled') void this.moveAll();
    });
    if (this.unsent.length) thread.postMessage({ type: 'delete', ids: this.unsent.splice(0) });
  }

  detach(): void {
    if (this.retry) clearTimeout(this.retry);
    this.spool?.close();
    this.spool = null;
    this.thread = null;
  }

  /** Resolves when nothing spooled so far is left to move. */
  moveAll(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (await this.moveBatch());
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Moves up to MOVE_BATCH messages; false when there was nothing (new) to move. */
  private async moveBatch(): Promise<boolean> {
    if (!this.spool) {
      this.spool = openSpool(this.file, 'reader');
      this.select = this.spool.prepare('select seq, id, raw, envelope_from, envelope_to, received_at from spool where seq > ? order by seq limit ?');
    }
    const rows = this.select!.all(this.lastSeq, MOVE_BATCH) as SpooledMessage[];
    if (!rows.length) return false;
    let results: { id: string; duplicate: boolean }[];
    try {
      // The spooled id becomes the message's id: moving the same message twice (after a crash
      // between the move and the delete) finds it already there.
      results = await inTransaction(this.ctx.db, (trx) => storeAccepted(trx, rows.map((r) => acceptedRow(r.raw, {
        source: 'smtp', envelopeFrom: r.envelope_from, envelopeTo: JSON.parse(r.envelope_to) as string[],
      }, r.id, r.received_at))));
    } catch (err) {
      // The messages stay in the spool (they got their 250 and are safe there); try again soon.
      this.log.error({ err }, `could not move ${rows.length} spooled message(s) into the database; retrying in 1 s`);
      if (!this.retry) this.retry = setTimeout(() => { this.retry = null; void this.moveAll(); }, 1000);
      return false;
    }
    const ids = rows.map((r) => r.id);
    this.lastSeq = rows[rows.length - 1].seq;
    if (this.thread) this.thread.postMessage({ type: 'delete', ids });
    else this.unsent.push(...ids);
    results.forEach((r) => this.onAccepted?.(r.id, r.duplicate));
    return true;
  }
}
