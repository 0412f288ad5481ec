// The ingestion job's definition (enqueued by submitDocument and reprocess; handled in jobs.ts).
import { z } from 'zod';
import { defineJob } from '../../jobs/define';

export const ingestDocumentJob = defineJob({
  name: 'records.ingest',
  schema: z.object({ document_id: z.string() }),
  // Reading failures are recorded on the document, not retried; retries cover crashes of the worker.
  retry: { attempts: 3, backoffMs: 30_000 },
  lockMs: 30 * 60_000,
});
