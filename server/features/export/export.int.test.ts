// Export and the jobs API on both databases: starting needs an editor or owner; the job is visible
// to its organisation only (viewers may watch); progress counts requests; the ZIP holds
// requests.json, the raw messages and the documents' original files, and only what the starter
// may read; a ZIP with private requests is downloaded by its starter and owners only.
import { beforeAll, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, type TestOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { inTransaction } from '../../db/transaction';
import { systemActor } from '../accounts/actor';
import { createRequest } from '../requests/create-request';

function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, s) => {
          if (e || !s) return reject(e);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => { out.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const RAW = 'From: foia@cbp.example.gov\r\nTo: someone@example.org\r\nSubject: Your request, acknowledged\r\nMessage-ID: <ack-export@cbp.example.gov>\r\n\r\nWe received your request.\r\n';
const MEMO = 'Memorandum on biometric exit, page one.\n';

describeEachDatabase('export and jobs API', (t) => {
  let org: TestOrganisation;
  let other: TestOrganisation;
  const ids = { shared: '', second: '', private: '', foreign: '' };

  const inject = async (o: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: unknown }) => (await t().app()).inject(o as never);
  const drain = () => createWorker(t().ctx).drain();

  beforeAll(async () => {
    const { ctx } = t();
    org = await createOrganisation(ctx, 'export');
    other = await createOrganisation(ctx, 'other');
    const base = { text: 'All records on biometric exit.', jurisdiction: 'us-federal', fee_waiver: false, expedited: false, tags: ['biometrics'], notes: '', events: [], filed_on: '2025-01-10' };
    await inTransaction(ctx.db, async (trx) => {
      ids.shared = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'Biometric exit records', visibility: 'organisation' }, '2025-01-10', org.id)).id;
      ids.second = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'Second request', visibility: 'organisation', tags: [] }, '2025-01-10', org.id)).id;
      ids.private = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'Private matter', visibility: 'private' }, '2025-01-10', org.id)).id;
      ids.foreign = (await createRequest(trx, systemActor('test', other.id), { ...base, title: 'Not yours', visibility: 'organisation' }, '2025-01-10', other.id)).id;
    });
    const msg = await inject({ method: 'POST', url: `/api/v1/messages?request=${ids.shared}`, headers: { ...org.editor.headers, 'content-type': 'message/rfc822' }, payload: Buffer.from(RAW) });
    expect(msg.statusCode, msg.body).toBe(201);
    const doc = await inject({ method: 'POST', url: `/api/v1/requests/${ids.shared}/documents?filename=memo.txt`, headers: { ...org.editor.headers, 'content-type': 'text/plain' }, payload: Buffer.from(MEMO) });
    expect(doc.statusCode, doc.body).toBe(202);
    await drain();
  });

  it('lets owners and editors start an export, not viewers, strangers or anonymous callers', async () => {
    const body = { request_id: ids.shared };
    expect((await inject({ method: 'POST', url: '/api/v1/exports', headers: org.viewer.headers, payload: body })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/api/v1/exports', payload: body })).statusCode).toBe(401);
    // Another organisation's owner cannot even learn that the request exists.
    expect((await inject({ method: 'POST', url: '/api/v1/exports', headers: other.owner.headers, payload: body })).statusCode).toBe(404);
    const bad = await inject({ method: 'POST', url: '/api/v1/exports', headers: org.editor.headers, payload: { filter: { colour: 'red' } } });
    expect(bad.statusCode).toBe(400);
  });

  it('exports one request to a ZIP with requests.json, the raw message and the original document', async () => {
    const started = await inject({ method: 'POST', url: '/api/v1/exports', headers: org.editor.headers, payload: { request_id: ids.shared } });
    expect(started.statusCode, started.body).toBe(202);
    const { job } = started.json();
    expect(started.headers.location).toBe(`/api/v1/jobs/${job.id}`);
    expect(job).toMatchObject({ kind: 'requests.export', status: 'queued', download: null });

    expect(await drain()).toBeGreaterThanOrEqual(1);
    const done = (await inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: org.viewer.headers })).json();
    expect(done).toMatchObject({ status: 'done', progress: { phase: 'storing', done: 1, total: 1 }, error_count: 0, result: { counts: { requests: 1, messages: 1, documents: 1, missing_files: 0 } } });
    expect(done.download).toMatchObject({ url: `/api/v1/jobs/${job.id}/download`, content_type: 'application/zip', restricted: false });

    // Any member may fetch a ZIP without private requests; nobody outside the organisation.
    expect((await inject({ method: 'GET', url: done.download.url, headers: other.owner.headers })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: other.owner.headers })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${job.id}` })).statusCode).toBe(401);
    const file = await inject({ method: 'GET', url: done.download.url, headers: org.viewer.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.rawPayload.length).toBe(done.download.size);

    const entries = await unzip(file.rawPayload);
    const json = JSON.parse(entries.get('requests.json')!.toString('utf8'));
    expect(json).toMatchObject({ format: 'acceso-export/1', counts: { requests: 1 }, selection: { request_id: ids.shared } });
    const [r] = json.requests;
    expect(r).toMatchObject({ id: ids.shared, title: 'Biometric exit records', text: 'All records on biometric exit.' });
    expect(r.events.map((e: { kind: string }) => e.kind)).toContain('filed');
    expect(r.deadlines.find((d: { kind: string }) => d.kind === 'response')).toMatchObject({ due: expect.stringMatching(/^2025-02-/), citation: expect.stringContaining('552') });
    expect(r.communications[0]).toMatchObject({ direction: 'in', subject: 'Your request, acknowledged' });
    expect(r.documents).toEqual([expect.objectContaining({ filename: 'memo.txt', status: 'ready' })]);
    const emlPath = r.export_files.messages[0].path;
    const docPath = r.export_files.documents[0].path;
    expect(docPath).toMatch(new RegExp(`^requests/${ids.shared}/documents/.+-memo\\.txt$`));
    expect(entries.get(emlPath)!.toString('utf8')).toBe(RAW);
    expect(entries.get(docPath)!.toString('utf8')).toBe(MEMO);
    expect([...entries.keys()].sort()).toEqual(['requests.json', emlPath, docPath].sort());
  });

  it('exports the requests a filter matches, only those the starter may read; private ones restrict the download', async () => {
    const byEditor = (await inject({ method: 'POST', url: '/api/v1/exports', headers: org.editor.headers, payload: { filter: {} } })).json().job;
    const byOwner = (await inject({ method: 'POST', url: '/api/v1/exports', headers: org.owner.headers, payload: { filter: { tag: 'biometrics' } } })).json().job;
    await drain();
    const editorJob = (await inject({ method: 'GET', url: `/api/v1/jobs/${byEditor.id}`, headers: org.editor.headers })).json();
    // The editor may not read the private request (created by someone else): two of three.
    expect(editorJob).toMatchObject({ status: 'done', progress: { phase: 'storing', done: 2, total: 2 }, result: { counts: { requests: 2 } }, download: { restricted: false } });
    const editorZip = await unzip((await inject({ method: 'GET', url: editorJob.download.url, headers: org.viewer.headers })).rawPayload);
    const editorTitles = JSON.parse(editorZip.get('requests.json')!.toString()).requests.map((r: { title: string }) => r.title).sort();
    expect(editorTitles).toEqual(['Biometric exit records', 'Second request']);

    const ownerJob = (await inject({ method: 'GET', url: `/api/v1/jobs/${byOwner.id}`, headers: org.viewer.headers })).json();
    expect(ownerJob).toMatchObject({ status: 'done', result: { counts: { requests: 2 } }, download: { restricted: true } });
    expect((await inject({ method: 'GET', url: ownerJob.download.url, headers: org.viewer.headers })).statusCode).toBe(403);
    expect((await inject({ method: 'GET', url: ownerJob.download.url, headers: org.editor.headers })).statusCode).toBe(403);
    const ownerZip = await unzip((await inject({ method: 'GET', url: ownerJob.download.url, headers: org.owner.headers })).rawPayload);
    const ownerTitles = JSON.parse(ownerZip.get('requests.json')!.toString()).requests.map((r: { title: string }) => r.title).sort();
    expect(ownerTitles).toEqual(['Biometric exit records', 'Private matter']);
  });

  it('shows the new routes in the OpenAPI document', async () => {
    const spec = (await inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/v1/jobs', '/api/v1/jobs/{id}', '/api/v1/jobs/{id}/download', '/api/v1/exports', '/api/v1/documents/reprocess']) expect(spec.paths[path], path).toBeDefined();
    expect(spec.paths['/api/v1/exports'].post.responses['202']).toBeDefined();
    expect(JSON.stringify(spec.paths['/api/v1/agencies/import'].post.parameters)).toContain('async');
  });

  it("lists the organisation's jobs by kind; another organisation sees none of them", async () => {
    const mine = (await inject({ method: 'GET', url: '/api/v1/jobs?kind=requests.export', headers: org.viewer.headers })).json();
    expect(mine.items.length).toBe(3);
    expect(mine.items.every((j: { kind: string; status: string }) => j.kind === 'requests.export' && j.status === 'done')).toBe(true);
    expect((await inject({ method: 'GET', url: '/api/v1/jobs?kind=agencies.import', headers: org.viewer.headers })).json().items).toEqual([]);
    expect((await inject({ method: 'GET', url: '/api/v1/jobs', headers: other.owner.headers })).json().items).toEqual([]);
    expect((await inject({ method: 'GET', url: '/api/v1/jobs?kind=mail.send', headers: org.owner.headers })).statusCode).toBe(400);
    // System jobs (document readings) are not watched here.
    const reading = await t().ctx.db.selectFrom('jobs').select('id').where('name', '=', 'records.ingest').executeTakeFirstOrThrow();
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${reading.id}`, headers: org.owner.headers })).statusCode).toBe(404);
  });

  it('says plainly when the ZIP is gone, and when the starter lost their membership', async () => {
    const job = (await inject({ method: 'POST', url: '/api/v1/exports', headers: org.editor.headers, payload: { request_id: ids.second } })).json().job;
    await t().ctx.db.deleteFrom('memberships').where('user_id', '=', org.editor.id).execute();
    await drain();
    const skipped = (await inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: org.owner.headers })).json();
    expect(skipped).toMatchObject({ status: 'skipped', download: null, error: expect.stringMatching(/no longer a member/) });
    await t().ctx.db.insertInto('memberships').values({ organisation_id: org.id, user_id: org.editor.id, role: 'editor', created_at: new Date().toISOString() }).execute();

    const again = (await inject({ method: 'POST', url: '/api/v1/exports', headers: org.editor.headers, payload: { request_id: ids.second } })).json().job;
    await drain();
    const done = (await inject({ method: 'GET', url: `/api/v1/jobs/${again.id}`, headers: org.editor.headers })).json();
    const row = await t().ctx.db.selectFrom('jobs').select('result').where('id', '=', again.id).executeTakeFirstOrThrow();
    const { blobStoreOf } = await import('../../blobs/context');
    await blobStoreOf(t().ctx).delete(JSON.parse(row.result!).download.sha256);
    const gone = await inject({ method: 'GET', url: done.download.url, headers: org.editor.headers });
    expect(gone.statusCode).toBe(410);
    expect(gone.json().code).toBe('job-download-expired');

    // A document whose file vanished from the store is named, not silently left out.
    const up = (await inject({ method: 'POST', url: `/api/v1/requests/${ids.second}/documents?filename=lost.txt`, headers: { ...org.editor.headers, 'content-type': 'text/plain' }, payload: Buffer.from('soon gone\n') })).json();
    await drain();
    await blobStoreOf(t().ctx).delete(up.sha256);
    const lossy = (await inject({ method: 'POST', url: '/api/v1/exports', headers: org.editor.headers, payload: { request_id: ids.second } })).json().job;
    await drain();
    const withLoss = (await inject({ method: 'GET', url: `/api/v1/jobs/${lossy.id}`, headers: org.editor.headers })).json();
    expect(withLoss).toMatchObject({ status: 'done', error_count: 1, errors: [{ item: `document ${up.id}`, message: expect.stringContaining('missing from the blob store') }], result: { counts: { documents: 0, missing_files: 1 } } });
    const entries = await unzip((await inject({ method: 'GET', url: withLoss.download.url, headers: org.editor.headers })).rawPayload);
    expect(JSON.parse(entries.get('requests.json')!.toString()).requests[0].export_missing).toEqual([{ item: `document ${up.id}`, message: expect.stringContaining(up.sha256) }]);
  });
});
