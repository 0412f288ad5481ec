// The records jobs: reading documents, and the sweep that removes blobs no row refers to.
import { defineSweep, handleJob } from '../../jobs/define';
import { blobStoreOf } from '../../blobs/context';
import { sweepOrphanBlobs } from '../../blobs/sweep';
import { ingestDocumentJob } from './ingest-job';
import { processDocument } from './commands/processDocument';
import { referencedBlobs } from './repository';
import { searchSyncSweep } from './search-sync';

export const ingestDocumentHandler = handleJob(ingestDocumentJob, async (payload, ctx) => {
  const out = await processDocument(ctx, payload.document_id);
  if (out.status === 'skipped') return out;
  return { status: 'done', result: out };
});

/** A blob is kept a day after it was stored even with no row: the row may still be on its way. */
export const ORPHAN_GRACE_MS = 24 * 3600_000;

export const orphanBlobSweep = defineSweep({
  name: 'records.orphan-blobs',
  everyMs: 6 * 3600_000,
  async run(ctx) {
    const r = await sweepOrphanBlobs(blobStoreOf(ctx), [(hashes) => referencedBlobs(ctx.db, hashes)], { graceMs: ORPHAN_GRACE_MS, now: ctx.clock.now() });
    if (r.deleted.length) ctx.logger.info({ deleted: r.deleted.length, examined: r.examined }, 'orphan blobs removed');
    return r.deleted.length;
  },
});

export const recordsJobHandlers = [ingestDocumentHandler];
export const recordsSweeps = [orphanBlobSweep, searchSyncSweep];
