// Bulk re-ingest over HTTP (JSON body, so not in routes.ts, whose scope takes raw files):
// 202 with the job to watch at GET /api/v1/jobs/:id.
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { jobStarted } from '../jobs/routes';
import { jobStartedSchema } from '../jobs/schema';
import { startJob } from '../jobs/start-job';
import { loadRequestForActor } from '../requests/access';
import { reingestDocumentsJob, reingestPayload } from './reingest-job';

export function routes(app: ZodApp, ctx: AppContext): void {
  app.post('/api/v1/documents/reprocess', {
    schema: {
      tags: ['records', 'jobs'],
      summary: 'Read again every failed document of your organisation, or of one request ({"request_id"}); owners and editors',
      description: 'Runs as a job: 202 with the job; GET /api/v1/jobs/:id counts the documents queued, then the readings finished (outcomes: ready, failed).',
      body: reingestPayload, response: { 202: jobStartedSchema }, security: [{ bearer: [] }, { session: [] }],
    },
  }, async (req, reply) => {
    if (req.body.request_id) await loadRequestForActor(ctx.db, req.actor, req.body.request_id, 'write');
    const id = await inTransaction(ctx.db, (trx) => startJob(trx, req.actor, reingestDocumentsJob, req.body, { action: 'document.reingest', after: req.body }));
    return jobStarted(ctx, id, reply);
  });
}
