// Bulk re-ingest: read again every failed document of the starter's organisation (or of one
// request), as the person who started it. The job re-queues each document with the single
// document's command (reprocessDocument) and adopts its reading job as a child: its progress is
// first the queueing, then the readings finishing (docs/decisions/0410-job-progress.md). Readings
// run on every worker in parallel, exactly as single re-reads do.
import { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import { defineJob, handleJob } from '../../jobs/define';
import { adoptChild, ProgressTracker } from '../../jobs/progress';
import { AppError } from '../../errors';
import { actorLabel } from '../accounts/actor';
import { canJob } from '../jobs/authorize';
import { starterActor, StarterGoneError } from '../jobs/starter';
import { listDocuments } from '../document-list/repository';
import { loadRequestForActor, viewerOf } from '../requests/access';
import { reprocessDocument } from './commands/reprocessDocument';

export const reingestPayload = z.object({ request_id: z.string().min(1).max(64).optional() }).strict();

export const reingestDocumentsJob = defineJob({
  name: 'records.reingest',
  schema: reingestPayload,
  retry: { attempts: 3, backoffMs: 10_000 },
});

/** At most this many documents per run (a later run takes the rest). */
export const MAX_REINGEST = 10_000;

export const reingestDocumentsHandler = handleJob(reingestDocumentsJob, async (payload, ctx, job) => {
  const progress = new ProgressTracker(job.progress, 'selecting', null);
  await progress.flush();
  let actor;
  try {
    actor = await starterActor(ctx.db, job);
    if (!canJob(actor, 'job:start', { type: 'organisation', organisation_id: job.organisationId })) {
      return { status: 'skipped', reason: 'The person who started this no longer has the owner or editor role.' };
    }
    if (payload.request_id) await loadRequestForActor(ctx.db, actor, payload.request_id, 'write');
  } catch (e) {
    if (e instanceof StarterGoneError) return { status: 'skipped', reason: e.message };
    if (e instanceof AppError && e.status < 500) return { status: 'skipped', reason: e.detail };
    throw e;
  }

  const ids: string[] = [];
  for (let before: string | undefined; ids.length < MAX_REINGEST;) {
    const page = await listDocuments(ctx.db, { viewer: viewerOf(actor), organisationId: job.organisationId, requestId: payload.request_id, status: 'failed', before, limit: 500 });
    ids.push(...page.map((d) => d.id));
    if (page.length < 500) break;
    before = page[page.length - 1].id;
  }
  const chosen = ids.slice(0, MAX_REINGEST);

  await progress.enter('queueing', chosen.length);
  let queued = 0;
  for (const id of chosen) {
    try {
      const child = await inTransaction(ctx.db, async (trx) => {
        const r = await reprocessDocument(trx, id, actorLabel(actor));
        if (r.created) await adoptChild(trx, r.jobId, job.id);
        return r;
      });
      if (child.created) queued++;
      await progress.step(1);
    } catch (e) {
      // Someone re-read it meanwhile (it is processing): not this job's reading, not an error.
      if (e instanceof AppError && e.code === 'document-processing') { await progress.step(1); continue; }
      if (e instanceof AppError && e.status < 500) { await progress.fail(`document ${id}`, e.detail); continue; }
      throw e;
    }
  }
  // From here on GET /api/v1/jobs/:id counts the readings (the children) finishing.
  await progress.enter('reading', queued);
  return { status: 'done', result: { queued, more: ids.length > chosen.length } };
});
