// Bulk re-ingest on both databases: every failed document of the organisation (or of one request)
// is read again; the job counts documents queued, then readings finished, with their outcomes;
// ready documents and other organisations' documents are left alone; viewers may watch, not start.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, type TestOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { inTransaction } from '../../db/transaction';
import { systemActor } from '../accounts/actor';
import { createRequest } from '../requests/create-request';

describeEachDatabase('bulk re-ingest', (t) => {
  let org: TestOrganisation;
  let other: TestOrganisation;
  const req = { a: '', b: '', foreign: '' };
  const docs: Record<string, string> = {};

  const inject = async (o: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: unknown }) => (await t().app()).inject(o as never);
  const status = async (id: string) => (await t().ctx.db.selectFrom('documents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  /** Uploads a text file and marks it failed as an earlier reading might have (limits, a crash). */
  async function failedDocument(requestId: string, name: string, headers: Record<string, string>): Promise<string> {
    const up = await inject({ method: 'POST', url: `/api/v1/requests/${requestId}/documents?filename=${name}`, headers: { ...headers, 'content-type': 'text/plain' }, payload: Buffer.from(`Contents of ${name}\n`) });
    expect(up.statusCode, up.body).toBe(202);
    const id = up.json().id as string;
    await t().ctx.db.deleteFrom('jobs').where('name', '=', 'records.ingest').where('payload', 'like', `%${id}%`).execute();
    await t().ctx.db.updateTable('documents').set({ status: 'failed', failed_step: 'text', error_code: 'timeout', error: 'Reading stopped at the "text" step: it took too long.' }).where('id', '=', id).execute();
    return id;
  }

  beforeAll(async () => {
    const { ctx } = t();
    org = await createOrganisation(ctx, 'reingest');
    other = await createOrganisation(ctx, 'other');
    const base = { text: '', jurisdiction: 'us-federal', fee_waiver: false, expedited: false, tags: [], notes: '', events: [], visibility: 'organisation' as const };
    await inTransaction(ctx.db, async (trx) => {
      req.a = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'A' }, '2025-01-10', org.id)).id;
      req.b = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'B' }, '2025-01-10', org.id)).id;
      req.foreign = (await createRequest(trx, systemActor('test', other.id), { ...base, title: 'Other' }, '2025-01-10', other.id)).id;
    });
    docs.a1 = await failedDocument(req.a, 'a1.txt', org.editor.headers);
    docs.a2 = await failedDocument(req.a, 'a2.txt', org.editor.headers);
    docs.b1 = await failedDocument(req.b, 'b1.txt', org.editor.headers);
    docs.foreign = await failedDocument(req.foreign, 'x.txt', other.editor.headers);
    const ready = await inject({ method: 'POST', url: `/api/v1/requests/${req.b}/documents?filename=ok.txt`, headers: { ...org.editor.headers, 'content-type': 'text/plain' }, payload: Buffer.from('fine\n') });
    docs.ready = ready.json().id;
    await createWorker(ctx).drain();
    expect(await status(docs.ready)).toBe('ready');
  });

  it('viewers and strangers cannot start it; a request of another organisation does not exist', async () => {
    expect((await inject({ method: 'POST', url: '/api/v1/documents/reprocess', headers: org.viewer.headers, payload: {} })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/api/v1/documents/reprocess', payload: {} })).statusCode).toBe(401);
    expect((await inject({ method: 'POST', url: '/api/v1/documents/reprocess', headers: org.editor.headers, payload: { request_id: req.foreign } })).statusCode).toBe(404);
  });

  it("re-reads one request's failed documents, then the organisation's, counting queued and finished readings", async () => {
    const one = await inject({ method: 'POST', url: '/api/v1/documents/reprocess', headers: org.editor.headers, payload: { request_id: req.a } });
    expect(one.statusCode, one.body).toBe(202);
    const jobId = one.json().job.id;

    // Run only the bulk job first: it queues the readings, which have not run yet.
    const seen: Array<{ phase: string; done: number; total: number | null }> = [];
    const { reingestDocumentsHandler } = await import('./reingest-job');
    const spy = { definition: reingestDocumentsHandler.definition, handler: ((p, c, job) => reingestDocumentsHandler.handler(p, c, { ...job, progress: async (x) => { seen.push({ phase: x.phase, done: x.done, total: x.total }); await job.progress(x); } })) as typeof reingestDocumentsHandler.handler };
    await createWorker(t().ctx, { handlers: [spy], sweeps: [] }).drain();
    expect(seen).toEqual([
      { phase: 'selecting', done: 0, total: null },
      { phase: 'queueing', done: 0, total: 2 }, { phase: 'queueing', done: 1, total: 2 }, { phase: 'queueing', done: 2, total: 2 },
      { phase: 'reading', done: 0, total: 2 },
    ]);
    const waiting = (await inject({ method: 'GET', url: `/api/v1/jobs/${jobId}`, headers: org.viewer.headers })).json();
    expect(waiting).toMatchObject({ kind: 'records.reingest', status: 'running', progress: { phase: 'reading', done: 0, total: 2 }, outcomes: {} });
    expect(await status(docs.a1)).toBe('processing');
    expect(await status(docs.b1)).toBe('failed');

    await createWorker(t().ctx).drain();
    const finished = (await inject({ method: 'GET', url: `/api/v1/jobs/${jobId}`, headers: org.viewer.headers })).json();
    expect(finished).toMatchObject({ status: 'done', progress: { phase: 'reading', done: 2, total: 2 }, outcomes: { ready: 2 }, error_count: 0, result: { queued: 2 } });
    expect([await status(docs.a1), await status(docs.a2), await status(docs.b1)]).toEqual(['ready', 'ready', 'failed']);

    // The whole organisation: only b1 is still failed; the other organisation's stays as it was.
    const all = (await inject({ method: 'POST', url: '/api/v1/documents/reprocess', headers: org.owner.headers, payload: {} })).json().job;
    await createWorker(t().ctx).drain();
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${all.id}`, headers: org.editor.headers })).json())
      .toMatchObject({ status: 'done', progress: { done: 1, total: 1 }, outcomes: { ready: 1 } });
    expect(await status(docs.b1)).toBe('ready');
    expect(await status(docs.foreign)).toBe('failed');
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${all.id}`, headers: other.owner.headers })).statusCode).toBe(404);

    // Nothing failed any more: done at once with nothing to read.
    const none = (await inject({ method: 'POST', url: '/api/v1/documents/reprocess', headers: org.editor.headers, payload: {} })).json().job;
    await createWorker(t().ctx).drain();
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${none.id}`, headers: org.editor.headers })).json())
      .toMatchObject({ status: 'done', progress: { phase: 'reading', done: 0, total: 0 }, result: { queued: 0 } });
  }, 120_000); // each reading is a child process: slow on a shared 2-core machine
});
