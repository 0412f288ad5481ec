// Exports over HTTP: start one (202 + the job to watch); GET /api/v1/jobs/:id shows its progress
// and /download gives the ZIP (features/jobs/routes.ts).
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { loadRequestForActor } from '../requests/access';
import { jobStarted } from '../jobs/routes';
import { jobStartedSchema } from '../jobs/schema';
import { startJob } from '../jobs/start-job';
import { exportPayload, exportRequestsJob } from './job';

export function routes(app: ZodApp, ctx: AppContext): void {
  app.post('/api/v1/exports', {
    schema: {
      tags: ['jobs'],
      summary: 'Export one request ({"request_id"}) or the organisation\'s requests matching list filters ({"filter": {status, overdue, agency, jurisdiction, tag, q}}) to a ZIP: requests.json, raw messages (.eml), original documents',
      description: 'Owners and editors. Runs as a job: 202 with the job; watch GET /api/v1/jobs/:id and fetch GET /api/v1/jobs/:id/download when done. The ZIP holds only what the starter may read and is kept for a day.',
      body: exportPayload, response: { 202: jobStartedSchema }, security: [{ bearer: [] }, { session: [] }],
    },
  }, async (req, reply) => {
    // Asking for one request you may not see answers 404 now, not a failed job later.
    if ('request_id' in req.body) await loadRequestForActor(ctx.db, req.actor, req.body.request_id, 'read');
    const id = await inTransaction(ctx.db, (trx) => startJob(trx, req.actor, exportRequestsJob, req.body, { action: 'request.export', after: req.body }));
    return jobStarted(ctx, id, reply);
  });
}
