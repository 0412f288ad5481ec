// Records end to end on both databases: upload over HTTP, the worker reads the file, the request
// shows its documents, pages carry text and exemptions, search finds them (respecting who may
// read), a broken file fails with a stated step and reason and can be read again.
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { inTransaction } from '../../db/transaction';
import { systemActor } from '../accounts/actor';
import { createRequest } from '../requests/create-request';
import { sweepOrphanBlobs } from '../../blobs/sweep';
import { blobStoreOf } from '../../blobs/context';
import { referencedBlobs } from './repository';

async function releasePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = [
    ['Biometric exit program memorandum', 'Traveler name withheld (b)(6)', 'CBP-2024-000001'],
    ['Facial comparison vendor evaluation', 'Officer names (b)(6) and (b)(7)(C)', 'CBP-2024-000002'],
  ];
  for (const lines of pages) {
    const p = pdf.addPage([612, 792]);
    lines.forEach((l, i) => p.drawText(l, { x: 50, y: 700 - 20 * i, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

describeEachDatabase('records', (t) => {
  let org: TestOrganisation;
  let publicId = '';
  let privateId = '';

  beforeAll(async () => {
    const { ctx } = t();
    org = await createOrganisation(ctx, 'records');
    await inTransaction(ctx.db, async (trx) => {
      const base = { text: '', jurisdiction: 'us-federal', fee_waiver: false, expedited: false, tags: [], notes: '', events: [] };
      publicId = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'Biometric exit records', visibility: 'public' }, '2025-01-10', org.id)).id;
      privateId = (await createRequest(trx, systemActor('test', org.id), { ...base, title: 'Internal', visibility: 'organisation' }, '2025-01-10', org.id)).id;
    });
  });

  const inject = async (o: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: Buffer | string }) => (await t().app()).inject(o as never);

  it('uploads, reads in the background, and shows the documents on the request', async () => {
    const up = await inject({ method: 'POST', url: `/api/v1/requests/${publicId}/documents?filename=release.pdf`, headers: { ...org.editor.headers, 'content-type': 'application/pdf' }, payload: await releasePdf() });
    expect(up.statusCode, up.body).toBe(202);
    const doc = up.json();
    expect(doc).toMatchObject({ filename: 'release.pdf', status: 'processing', error: null });
    expect(await createWorker(t().ctx).drain()).toBeGreaterThanOrEqual(1);

    const detail = (await inject({ method: 'GET', url: `/api/v1/requests/${publicId}`, headers: org.viewer.headers })).json();
    expect(detail.documents).toEqual([expect.objectContaining({ id: doc.id, filename: 'release.pdf', sha256: doc.sha256, pages: 2, status: 'ready', error: null })]);

    const page = (await inject({ method: 'GET', url: `/api/v1/documents/${doc.id}/pages/2` })).json();
    expect(page.text).toContain('Facial comparison vendor evaluation');
    expect(page.exemptions).toEqual([{ code: 'b6', count: 1 }, { code: 'b7C', count: 1 }]);
    expect(page.bates).toEqual(['CBP-2024-000002']);
    const totals = (await inject({ method: 'GET', url: `/api/v1/exemptions?request=${publicId}` })).json();
    expect(totals.items).toEqual([{ code: 'b6', count: 2, pages: 2 }, { code: 'b7C', count: 1, pages: 1 }]);

    const hits = (await inject({ method: 'GET', url: '/api/v1/search?q=%22facial%20comparison%22' })).json();
    expect(hits.items).toEqual([expect.objectContaining({ document_id: doc.id, request_id: publicId, page: 2 })]);
    expect(hits.items[0].snippet).toMatch(/<mark>Facial( comparison)?<\/mark>/); // SQLite marks the phrase, PostgreSQL each word
  });

  it('draws a page as PNG for the viewer', { timeout: 60_000 }, async () => {
    const [doc] = (await inject({ method: 'GET', url: `/api/v1/requests/${publicId}/documents` })).json().items;
    const img = await inject({ method: 'GET', url: `/api/v1/documents/${doc.id}/pages/1/image` });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps private documents out of anonymous reads and search', async () => {
    const up = await inject({ method: 'POST', url: `/api/v1/requests/${privateId}/documents`, headers: { ...org.owner.headers, 'content-type': 'text/plain', 'x-filename': 'memo.txt' }, payload: 'Confidential fingerprint matching memo.' });
    expect(up.statusCode).toBe(202);
    await createWorker(t().ctx).drain();
    expect((await inject({ method: 'GET', url: '/api/v1/search?q=fingerprint' })).json().items).toEqual([]);
    expect((await inject({ method: 'GET', url: '/api/v1/search?q=fingerprint', headers: org.viewer.headers })).json().items).toHaveLength(1);
    expect((await inject({ method: 'GET', url: `/api/v1/documents/${up.json().id}` })).statusCode).toBe(401);
    expect((await inject({ method: 'POST', url: `/api/v1/requests/${privateId}/documents?filename=x.txt`, headers: { ...org.viewer.headers, 'content-type': 'text/plain' }, payload: 'x' })).statusCode).toBe(403);
    // Another organisation's member: the organisation-wide request's document is not there for them.
    const outsider = await createOrganisation(t().ctx, 'outsider');
    const id = up.json().id;
    expect((await inject({ method: 'GET', url: '/api/v1/search?q=fingerprint', headers: outsider.owner.headers })).json().items).toEqual([]);
    for (const url of [`/api/v1/documents/${id}`, `/api/v1/documents/${id}/file`, `/api/v1/documents/${id}/pages/1`, `/api/v1/exemptions?document=${id}`, `/api/v1/exemptions?request=${privateId}`]) {
      expect((await inject({ method: 'GET', url, headers: outsider.owner.headers })).statusCode, url).toBe(404);
    }
  });

  it('totals an agency\'s exemptions over the requests the reader may read', async () => {
    const { ctx } = t();
    await ensureAgency(ctx, { id: 'records-test-agency', name: 'Records Test Agency', jurisdiction: 'us-federal' });
    const ids = await inTransaction(ctx.db, async (trx) => {
      const base = { text: '', jurisdiction: 'us-federal', agency_id: 'records-test-agency', fee_waiver: false, expedited: false, tags: [], notes: '', events: [] };
      const make = async (title: string, visibility: 'public' | 'organisation') =>
        (await createRequest(trx, systemActor('test', org.id), { ...base, title, visibility }, '2025-01-10', org.id)).id;
      return { open: await make('Agency release, public', 'public'), internal: await make('Agency release, internal', 'organisation') };
    });
    const upload = async (id: string, text: string) => {
      const up = await inject({ method: 'POST', url: `/api/v1/requests/${id}/documents?filename=release.txt`, headers: { ...org.editor.headers, 'content-type': 'text/plain' }, payload: text });
      expect(up.statusCode, up.body).toBe(202);
    };
    await upload(ids.open, 'Names withheld (b)(6) and (b)(6); deliberations (b)(5).');
    await upload(ids.internal, 'Law enforcement technique (b)(7)(E); names (b)(6).');
    await createWorker(ctx).drain();
    const totals = async (headers?: Record<string, string>) =>
      (await inject({ method: 'GET', url: '/api/v1/exemptions?agency=records-test-agency', headers })).json().items;
    expect(await totals()).toEqual([{ code: 'b5', count: 1, pages: 1 }, { code: 'b6', count: 2, pages: 1 }]);
    expect(await totals(org.viewer.headers)).toEqual([{ code: 'b5', count: 1, pages: 1 }, { code: 'b6', count: 3, pages: 2 }, { code: 'b7E', count: 1, pages: 1 }]);
    const outsider = await createOrganisation(ctx, 'agency-outsider');
    expect(await totals(outsider.owner.headers)).toEqual([{ code: 'b5', count: 1, pages: 1 }, { code: 'b6', count: 2, pages: 1 }]);
  });

  it('records which step failed and why, keeps the file, and can read it again', async () => {
    const broken = readFileSync(new URL('../../ingest/fixtures/pdf/qpdf-bad/bad-encryption-length.pdf', import.meta.url));
    const boundary = 'XyZ';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="locked.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      broken, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await inject({ method: 'POST', url: `/api/v1/requests/${publicId}/documents`, headers: { ...org.editor.headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(up.statusCode).toBe(202);
    await createWorker(t().ctx).drain();
    const doc = (await inject({ method: 'GET', url: `/api/v1/documents/${up.json().id}` })).json();
    expect(doc).toMatchObject({ status: 'failed', failed_step: 'pdf', error_code: 'encrypted' });
    expect(doc.error).toMatch(/encrypted/);
    const file = await inject({ method: 'GET', url: `/api/v1/documents/${doc.id}/file` });
    expect(file.rawPayload.equals(broken)).toBe(true);
    const again = await inject({ method: 'POST', url: `/api/v1/documents/${doc.id}/reprocess`, headers: org.editor.headers });
    expect(again.statusCode).toBe(202);
    expect(again.json().status).toBe('processing');
    await createWorker(t().ctx).drain();
    expect((await inject({ method: 'GET', url: `/api/v1/documents/${doc.id}` })).json()).toMatchObject({ status: 'failed', error_code: 'encrypted' });
  });

  it('sweeps blobs no row refers to, and only those', async () => {
    const { ctx } = t();
    const blobs = blobStoreOf(ctx);
    const orphan = await blobs.put(Buffer.from(`orphan ${Date.now()}`));
    const [doc] = (await inject({ method: 'GET', url: `/api/v1/requests/${publicId}/documents` })).json().items;
    const later = new Date(Date.now() + 2 * 24 * 3600_000);
    const r = await sweepOrphanBlobs(blobs, [(h) => referencedBlobs(ctx.db, h)], { graceMs: 24 * 3600_000, now: later });
    expect(r.deleted).toContain(orphan.sha256);
    expect(await blobs.has(doc.sha256)).toBe(true);
  });

  it('keeps blobs that a message, an attachment or an outbox letter refers to', async () => {
    const { ctx } = t();
    const blobs = blobStoreOf(ctx);
    const stamp = `${Date.now()}`;
    const [raw, attachment, letter] = await Promise.all(['raw message', 'attachment', 'letter'].map((w) => blobs.put(Buffer.from(`${w} ${stamp}`))));
    const at = new Date().toISOString();
    await inTransaction(ctx.db, async (trx) => {
      await trx.insertInto('messages').values({ id: `m${stamp}`, organisation_id: org.id, request_id: publicId, source: 'cli', status: 'processed', raw_sha256: raw.sha256, raw_size: raw.size, content_hash: `h${stamp}`, received_at: at, created_at: at, updated_at: at } as never).execute();
      await trx.insertInto('message_attachments').values({ id: `a${stamp}`, message_id: `m${stamp}`, filename: 'a.pdf', content_type: 'application/pdf', size: attachment.size, sha256: attachment.sha256, created_at: at } as never).execute();
      await trx.insertInto('outbox').values({ id: `o${stamp}`, organisation_id: org.id, request_id: publicId, letter_kind: 'follow-up', message_id: `<o${stamp}@test>`, from_address: 'a@b', to_addresses: '[]', subject: 's', text: 't', attachments: JSON.stringify([{ filename: 'l.pdf', sha256: letter.sha256 }]), status: 'draft', created_by: 'test', created_at: at, updated_at: at } as never).execute();
    });
    const r = await sweepOrphanBlobs(blobs, [(h) => referencedBlobs(ctx.db, h)], { graceMs: 24 * 3600_000, now: new Date(Date.now() + 2 * 24 * 3600_000) });
    for (const kept of [raw, attachment, letter]) expect(await blobs.has(kept.sha256)).toBe(true);
    expect(r.deleted).not.toContain(letter.sha256);
  });

  it('indexes requests for search through the sync sweep', async () => {
    const { syncSearch } = await import('./search-sync');
    expect(await syncSearch(t().ctx)).toBeGreaterThanOrEqual(2);
    const hits = (await inject({ method: 'GET', url: '/api/v1/search?q=exit&kind=request' })).json();
    expect(hits.items).toEqual([expect.objectContaining({ kind: 'request', ref_id: publicId, request_id: publicId })]);
    expect(await syncSearch(t().ctx)).toBe(0);
  });

  it('rejects an empty upload and a bad search with clear problems', async () => {
    const empty = await inject({ method: 'POST', url: `/api/v1/requests/${publicId}/documents?filename=a.pdf`, headers: { ...org.editor.headers, 'content-type': 'application/pdf' }, payload: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);
    const bad = await inject({ method: 'GET', url: '/api/v1/search?q=-only' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation-failed');
  });
});
