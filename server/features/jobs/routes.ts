// Watching long work over HTTP: one job, the organisation's recent jobs, and a finished job's file.
// Thin: validate -> authorize (authorize.ts) -> read -> present.
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { errors, AppError } from '../../errors';
import { blobStoreOf } from '../../blobs/context';
import { authorizeJob } from './authorize';
import { WATCHED_KINDS } from './kinds';
import { downloadOf, presentJob } from './presenter';
import { childrenOf, findJob, listJobs, type JobRow } from './repository';
import { jobIdParams, jobListQuery, jobListSchema, jobSchema } from './schema';

const secured: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];

export async function presentWithChildren(ctx: AppContext, rows: JobRow[]) {
  const children = await childrenOf(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => presentJob(r, children.filter((c) => c.parent_id === r.id)));
}

function resourceOf(row: JobRow) {
  return { type: 'job' as const, organisation_id: row.organisation_id, created_by: row.created_by, restricted: downloadOf(row)?.restricted ?? false };
}

export function routes(app: ZodApp, ctx: AppContext): void {
  const load = async (actor: Parameters<typeof authorizeJob>[0], id: string, action: 'job:read' | 'job:download') => {
    const row = await findJob(ctx.db, id);
    // Only work people started is watched; system jobs (mail, readings) do not exist here.
    if (!row || row.parent_id !== null || !(WATCHED_KINDS as readonly string[]).includes(row.name)) {
      if (actor.kind === 'anonymous') throw errors.unauthenticated();
      throw errors.notFound('Job', id);
    }
    authorizeJob(actor, action, resourceOf(row));
    return row;
  };

  app.get('/api/v1/jobs', {
    schema: {
      tags: ['jobs'], summary: "Your organisation's recent long work (agency import, re-ingest, export), newest first, with progress",
      querystring: jobListQuery, response: { 200: jobListSchema }, security: secured,
    },
  }, async (req) => {
    const a = req.actor;
    if (a.kind === 'anonymous') throw errors.unauthenticated();
    const organisationId = a.kind === 'user' ? a.organisationId : a.organisationId ?? null;
    if (!organisationId || (a.kind === 'user' && a.role === null)) return { items: [] };
    const rows = await listJobs(ctx.db, { organisationId, names: req.query.kind ? [req.query.kind] : [...WATCHED_KINDS], limit: req.query.limit });
    return { items: await presentWithChildren(ctx, rows) };
  });

  app.get('/api/v1/jobs/:id', {
    schema: { tags: ['jobs'], summary: 'One job: status, progress (done of total, phase), failed items, result and download link', params: jobIdParams, response: { 200: jobSchema }, security: secured },
  }, async (req) => (await presentWithChildren(ctx, [await load(req.actor, req.params.id, 'job:read')]))[0]);

  app.get('/api/v1/jobs/:id/download', {
    schema: { tags: ['jobs'], summary: "A finished job's file (an export's ZIP), for members of its organisation allowed to see everything in it", params: jobIdParams, security: secured },
  }, async (req, reply) => {
    const row = await load(req.actor, req.params.id, 'job:download');
    const d = downloadOf(row);
    if (!d) throw errors.conflict('job-no-download', row.status === 'done' ? 'This job produced no file.' : `This job is ${row.status}; its file is ready when it is done.`);
    const blobs = blobStoreOf(ctx);
    if (!(await blobs.has(d.sha256))) throw new AppError(410, 'job-download-expired', `The file was kept until ${d.expires_at} and is gone; start the export again.`);
    reply.header('content-type', d.content_type);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(d.filename)}`);
    reply.header('content-length', String(d.size));
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    return reply.send(blobs.stream(d.sha256));
  });
}

/** The 202 answer of a route that started long work: the job as GET /api/v1/jobs/:id shows it. */
export async function jobStarted(ctx: AppContext, id: string, reply: { code(n: number): unknown; header(k: string, v: string): unknown }) {
  const row = await findJob(ctx.db, id);
  if (!row) throw new Error(`job ${id} vanished right after it was enqueued`);
  reply.code(202);
  reply.header('location', `/api/v1/jobs/${id}`);
  return { job: presentJob(row), location: `/api/v1/jobs/${id}` };
}
