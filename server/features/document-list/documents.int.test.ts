// The organisation-wide document list on both databases: visibility per role and organisation,
// the request and status filters, and paging.
import { beforeAll, expect, it } from 'vitest';
import { newId, nowIso } from '../../ids';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation, type TestUser, requestsOfEveryVisibility } from '../../test/factories';

type Doc = { id: string; filename: string; status: string; request_id: string; request_title: string };

describeEachDatabase('document list', (t) => {
  let a: TestOrganisation;
  let b: TestOrganisation;
  const req = { pub: '', org: '', priv: '', other: '' };
  const doc = { pub: '', org: '', priv: '', other: '', orgFailed: '' };

  const call = async (url: string, user?: TestUser, method: 'GET' | 'POST' = 'GET', payload?: unknown) =>
    (await t().app()).inject({ method, url, headers: user?.headers ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const list = async (url: string, user?: TestUser) => {
    const r = await call(url, user);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { items: Doc[]; next_cursor: string | null };
  };
  const ids = (items: Doc[]) => items.map((d) => d.id).sort();

  beforeAll(async () => {
    a = await createOrganisation(t().ctx, 'docsa');
    b = await createOrganisation(t().ctx, 'docsb');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    Object.assign(req, await requestsOfEveryVisibility(await t().app(), a, b, { pub: 'Public request', org: 'Organisation request', priv: 'Private request', other: 'Other organisation request' }));
    const insert = async (requestId: string, filename: string, status: 'ready' | 'failed') => {
      const id = newId();
      await t().ctx.db.insertInto('documents').values({
        id, request_id: requestId, message_id: null, parent_id: null, depth: 0, filename, declared_type: 'application/pdf',
        media_type: 'application/pdf', kind: 'pdf', sha256: id.padEnd(64, '0').slice(0, 64), size: 10, status, pages: status === 'ready' ? 1 : null,
        failed_step: status === 'failed' ? 'extract' : null, error_code: status === 'failed' ? 'pdf-encrypted' : null,
        error: status === 'failed' ? 'The PDF is encrypted.' : null, flags: '[]', attempts: 1, uploaded_by: null, created_at: nowIso(), updated_at: nowIso(), processed_at: nowIso(),
      }).execute();
      return id;
    };
    doc.pub = await insert(req.pub, 'public.pdf', 'ready');
    doc.org = await insert(req.org, 'org.pdf', 'ready');
    doc.orgFailed = await insert(req.org, 'locked.pdf', 'failed');
    doc.priv = await insert(req.priv, 'private.pdf', 'ready');
    doc.other = await insert(req.other, 'other.pdf', 'ready');
  });

  it('lists the documents of the organisation the reader may see, with the request title', async () => {
    const owner = await list('/api/v1/documents', a.owner);
    expect(ids(owner.items)).toEqual([doc.pub, doc.org, doc.orgFailed, doc.priv].sort());
    expect(owner.items.find((d) => d.id === doc.org)).toMatchObject({ filename: 'org.pdf', status: 'ready', request_id: req.org, request_title: 'Organisation request' });
    expect(owner.items.find((d) => d.id === doc.orgFailed)).toMatchObject({ status: 'failed', error: 'The PDF is encrypted.' });
    expect(ids((await list('/api/v1/documents', a.editor)).items)).toEqual([doc.pub, doc.org, doc.orgFailed, doc.priv].sort());
    expect(ids((await list('/api/v1/documents', a.viewer)).items)).toEqual([doc.pub, doc.org, doc.orgFailed].sort());
    expect(ids((await list('/api/v1/documents', b.viewer)).items)).toEqual([doc.other]);
    const anon = await call('/api/v1/documents');
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toMatch(/problem\+json/);
  });

  it('filters by request (any request the caller may read) and by status, and pages', async () => {
    expect(ids((await list(`/api/v1/documents?request=${req.org}`, a.viewer)).items)).toEqual([doc.org, doc.orgFailed].sort());
    expect(ids((await list(`/api/v1/documents?request=${req.pub}`, b.viewer)).items)).toEqual([doc.pub]);
    expect(ids((await list(`/api/v1/documents?request=${req.pub}`)).items)).toEqual([doc.pub]);
    expect((await call(`/api/v1/documents?request=${req.priv}`, a.viewer)).statusCode).toBe(404);
    expect((await call(`/api/v1/documents?request=${req.org}`, b.owner)).statusCode).toBe(404);
    expect((await call(`/api/v1/documents?request=${req.org}`)).statusCode).toBe(401);
    expect(ids((await list('/api/v1/documents?status=failed', a.owner)).items)).toEqual([doc.orgFailed]);
    expect((await call('/api/v1/documents?status=lost', a.owner)).statusCode).toBe(400);
    const first = await list('/api/v1/documents?limit=3', a.owner);
    expect(first.items).toHaveLength(3);
    const second = await list(`/api/v1/documents?limit=3&cursor=${first.next_cursor}`, a.owner);
    expect([...first.items, ...second.items].map((d) => d.id).sort()).toEqual([doc.pub, doc.org, doc.orgFailed, doc.priv].sort());
    // The single-document route (records feature) still answers beside the list.
    expect((await call(`/api/v1/documents/${doc.org}`, a.viewer)).statusCode).toBe(200);
  });
});
