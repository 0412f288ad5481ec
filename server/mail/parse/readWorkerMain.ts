// Runs in a worker thread (readPool.ts): parse and understand a raw message off the main thread,
// so that CPU-heavy MIME work does not hold up the SMTP listener or the database.
import { parentPort } from 'node:worker_threads';
import { runThisThreadInBackground } from '../../priority';
import { understandMessage } from '../understand/understand';
import { parseMessage } from './parseMessage';
import type { ParseLimits } from './types';

// Reading is background work: it must not take CPU from the SMTP listener's thread.
runThisThreadInBackground();

parentPort!.on('message', async (job: { id: number; raw: Uint8Array; limits: Partial<ParseLimits> }) => {
  const raw = Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength);
  try {
    const parsed = await parseMessage(raw, job.limits);
    parentPort!.postMessage({ id: job.id, parsed, understanding: understandMessage(parsed, raw) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message });
  }
});
