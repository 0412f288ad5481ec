// Orphan sweep: a blob no database row refers to, older than the grace period, is deleted.
// The grace period covers the window between put() and the commit of the row that refers to
// the blob (put happens first, by design), so a blob being attached right now is never swept.
import type { BlobStore } from './types';

/** Answers, for a batch of hashes, which of them some row refers to. */
export type ReferenceCheck = (sha256s: string[]) => Promise<Set<string>>;

export interface SweepResult {
  examined: number;
  deleted: string[];
  keptYoung: number;
}

export async function sweepOrphanBlobs(
  blobs: BlobStore,
  referenced: ReferenceCheck[],
  options: { graceMs: number; now?: Date; batch?: number },
): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const result: SweepResult = { examined: 0, deleted: [], keptYoung: 0 };
  let batch: string[] = [];
  const flush = async () => {
    const used = new Set<string>();
    for (const check of referenced) for (const sha of await check(batch)) used.add(sha);
    for (const sha of batch) {
      if (used.has(sha)) continue;
      const at = await blobs.storedAt(sha);
      if (at === null) continue;
      if (now.getTime() - at.getTime() < options.graceMs) { result.keptYoung++; continue; }
      await blobs.delete(sha);
      result.deleted.push(sha);
    }
    batch = [];
  };
  for await (const sha of blobs.list()) {
    result.examined++;
    batch.push(sha);
    if (batch.length >= (options.batch ?? 500)) await flush();
  }
  if (batch.length) await flush();
  return result;
}
