// The export job's definition: one request, or the organisation's requests matching list filters
// (the same filters as GET /api/v1/requests), packed into a ZIP in the blob store.
import { z } from 'zod';
import { defineJob } from '../../jobs/define';

export const exportFilter = z.object({
  status: z.array(z.string().min(1).max(40)).max(20).optional(),
  overdue: z.boolean().optional(),
  agency: z.string().min(1).max(128).optional(),
  jurisdiction: z.string().min(1).max(64).optional(),
  tag: z.string().min(1).max(64).optional(),
  q: z.string().trim().min(1).max(200).optional(),
}).strict();
export type ExportFilter = z.infer<typeof exportFilter>;

export const exportPayload = z.union([
  z.object({ request_id: z.string().min(1).max(64) }).strict(),
  z.object({ filter: exportFilter }).strict(),
]);
export type ExportPayload = z.infer<typeof exportPayload>;

export const exportRequestsJob = defineJob({
  name: 'requests.export',
  schema: exportPayload,
  // A crash mid-way starts the ZIP again from scratch (nothing is kept between attempts).
  retry: { attempts: 2, backoffMs: 10_000 },
  lockMs: 10 * 60_000,
});

/** An export holds at most this many requests: beyond it, narrow the filter (a clear error, not a cut). */
export const MAX_EXPORT_REQUESTS = 5000;
