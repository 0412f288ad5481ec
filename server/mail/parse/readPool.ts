// Reading messages (parse + understand) on worker threads. parseMessage never throws and takes a
// few milliseconds of CPU per message; on the main thread that time is taken from the SMTP
// listener and the database. With ACCESO_MAIL_PARSE_THREADS > 0 the work goes to that many
// threads; with 0 (the default), or if a thread cannot start, it runs in-process (logged).
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { AppContext } from '../../context';
import { understandMessage, type Understanding } from '../understand/understand';
import { parseMessage } from './parseMessage';
import type { ParseLimits, ParsedMessage } from './types';

export interface ReadResult {
  parsed: ParsedMessage;
  understanding: Understanding;
}

interface Slot {
  worker: Worker;
  busy: number;
}

interface Pending {
  slot: Slot;
  resolve(r: ReadResult): void;
  reject(e: Error): void;
}

export class ReadPool {
  private workers: Slot[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(size: number, private readonly log: Logger) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./readWorker.mjs', import.meta.url));
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (m: { id: number; parsed?: ParsedMessage; understanding?: Understanding; error?: string }) => {
        // An idle thread must not keep the process alive; a busy one must.
        if (--slot.busy === 0) worker.unref();
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error || !m.parsed || !m.understanding) return p.reject(new Error(m.error ?? 'the reading thread returned nothing'));
        // Structured cloning turns Buffers into Uint8Arrays.
        for (const a of m.parsed.attachments) a.content = Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
        p.resolve({ parsed: m.parsed, understanding: m.understanding });
      });
      // A thread that dies takes its pending reads with it: they fail (and are read in-process).
      const lost = (why: string) => {
        this.workers = this.workers.filter((w) => w !== slot);
        for (const [id, p] of this.pending) {
          if (p.slot !== slot) continue;
          this.pending.delete(id);
          p.reject(new Error(why));
        }
      };
      worker.on('error', (err) => {
        this.log.error({ err }, 'a mail reading thread failed');
        lost(`the reading thread failed: ${err.message}`);
      });
      worker.on('exit', (code) => lost(`the reading thread exited (${code})`));
      worker.unref();
      this.workers.push(slot);
    }
  }

  read(raw: Buffer, limits: Partial<ParseLimits>): Promise<ReadResult> {
    if (this.workers.length === 0) return Promise.reject(new Error('no reading thread is running'));
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { slot, resolve, reject });
      slot.worker.postMessage({ id, raw, limits });
    });
  }

  async close(): Promise<void> {
    const all = this.workers;
    this.workers = [];
    await Promise.all(all.map((w) => w.worker.terminate()));
  }
}

async function inProcess(raw: Buffer, limits: Partial<ParseLimits>): Promise<ReadResult> {
  const parsed = await parseMessage(raw, limits);
  return { parsed, understanding: understandMessage(parsed, raw) };
}

/** Parse and understand one raw message, on a reading thread when the process has a pool. */
export async function readMessage(ctx: AppContext, raw: Buffer, limits: Partial<ParseLimits>): Promise<ReadResult> {
  const pool = ctx.services.mailReadPool as ReadPool | null | undefined;
  if (pool) {
    try {
      return await pool.read(raw, limits);
    } catch (err) {
      ctx.logger.warn({ err }, 'reading the message on a thread failed; reading it in-process');
    }
  }
  return inProcess(raw, limits);
}

/** Starts the pool for this process (ACCESO_MAIL_PARSE_THREADS); null when 0 or when threads cannot start. */
export function startReadPool(ctx: AppContext, size: number): ReadPool | null {
  if (size <= 0) return null;
  try {
    const pool = new ReadPool(size, ctx.logger);
    ctx.services.mailReadPool = pool;
    return pool;
  } catch (err) {
    ctx.logger.error({ err }, `mail reading threads could not start (${(err as Error).message}); messages are read in-process`);
    return null;
  }
}
