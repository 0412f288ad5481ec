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

interface Pending {
  resolve(r: ReadResult): void;
  reject(e: Error): void;
}

export class ReadPool {
  private workers: { worker: Worker; busy: number }[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(size: number, private readonly log: Logger) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./readWorker.ts', import.meta.url));
      const slot = { worker, busy: 0 };
      worker.on('message', (m: { id: number; parsed?: ParsedMessage; understanding?: Understanding; error?: string }) => {
        slot.busy--;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error || !m.parsed || !m.understanding) return p.reject(new Error(m.error ?? 'the reading thread returned nothing'));
        // Structured cloning turns Buffers into Uint8Arrays.
        for (const a of m.parsed.attachments) a.content = Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
        p.resolve({ parsed: m.parsed, understanding: m.understanding });
      });
      worker.on('error', (err) => this.log.error({ err }, 'a mail reading thread failed'));
      worker.unref();
      this.workers.push(slot);
    }
  }

  read(raw: Buffer, limits: Partial<ParseLimits>): Promise<ReadResult> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, raw, limits });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers = [];
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
