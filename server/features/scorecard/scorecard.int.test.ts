// The agency scorecard on both databases: each caller's figures cover exactly the requests they
// may read (public + their organisation's, private ones for their creator and owners).
import { beforeAll, expect, it } from 'vitest';
import { newId, nowIso } from '../../ids';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation, type TestUser } from '../../test/factories';

describeEachDatabase('agency scorecard', (t) => {
  let a: TestOrganisation;
  let b: TestOrganisation;

  const call = async (url: string, user?: TestUser, method: 'GET' | 'POST' = 'GET', payload?: unknown) =>
    (await t().app()).inject({ method, url, headers: user?.headers ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const card = async (user?: TestUser) => {
    const r = await call('/api/v1/agencies/cbp/scorecard', user);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  beforeAll(async () => {
    t().clock.set('2026-06-01T12:00:00Z');
    a = await createOrganisation(t().ctx, 'scorea');
    b = await createOrganisation(t().ctx, 'scoreb');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    await ensureAgency(t().ctx, { id: 'ice', name: 'U.S. Immigration and Customs Enforcement', jurisdiction: 'us-federal' });
    const make = async (as: TestUser, title: string, visibility: string, events: [string, string][], agency = 'cbp') => {
      const r = await call('/api/v1/requests', as, 'POST', { title, text: title, agency_id: agency, visibility, filed_on: '2026-01-05' });
      expect(r.statusCode, r.body).toBe(201);
      for (const [kind, date] of events) {
        const e = await call(`/api/v1/requests/${r.json().id}/events`, as, 'POST', { kind, date });
        expect(e.statusCode, e.body).toBe(201);
      }
      return r.json().id as string;
    };
    const pub = await make(a.editor, 'Public', 'public', [['acknowledged', '2026-01-09'], ['determination', '2026-01-20']]);
    await make(a.editor, 'Organisation', 'organisation', [['acknowledged', '2026-01-15']]);
    await make(a.editor, 'Private', 'private', [['adverse-determination', '2026-04-01']]);
    await make(b.editor, 'Other organisation', 'organisation', [['acknowledged', '2026-01-07']]);
    await make(a.editor, 'Another agency', 'public', [['acknowledged', '2026-01-06']], 'ice');
    // Exemptions marked on a page of a document received for the public request.
    const doc = newId();
    await t().ctx.db.insertInto('documents').values({
      id: doc, request_id: pub, message_id: null, parent_id: null, depth: 0, filename: 'release.pdf', declared_type: 'application/pdf',
      media_type: 'application/pdf', kind: 'pdf', sha256: 'a'.repeat(64), size: 10, status: 'ready', pages: 1, failed_step: null, error_code: null,
      error: null, flags: '[]', attempts: 1, uploaded_by: null, created_at: nowIso(), updated_at: nowIso(), processed_at: nowIso(),
    }).execute();
    await t().ctx.db.insertInto('page_exemptions').values([
      { document_id: doc, page: 1, code: '(b)(6)', count: 3 },
      { document_id: doc, page: 1, code: '(b)(7)(C)', count: 1 },
    ]).execute();
  });

  it('gives anonymous callers the figures of public requests only', async () => {
    const s = await card();
    expect(s).toMatchObject({
      agency_id: 'cbp', as_of: '2026-06-01', requests: 1, median_days_to_first_response: 4, median_days_to_completion: 15, completed: 1,
      share_overdue: 0, exemptions: [{ exemption: '(b)(6)', count: 3, documents: 1 }, { exemption: '(b)(7)(C)', count: 1, documents: 1 }],
    });
    expect(s.method.join(' ')).toMatch(/calendar days/);
  });

  it('adds the organisation requests a member may read: the viewer misses the editor\'s private one', async () => {
    expect(await card(a.viewer)).toMatchObject({ requests: 2, median_days_to_first_response: 7, median_days_to_completion: 15, share_overdue: 0.5, overdue: 1 });
    for (const u of [a.editor, a.owner]) {
      expect(await card(u)).toMatchObject({ requests: 3, median_days_to_first_response: 10, responded: 3, median_days_to_completion: 50.5, completed: 2, share_overdue: 0.667, overdue: 2 });
    }
    // Another organisation: the public request and its own.
    expect(await card(b.owner)).toMatchObject({ requests: 2, median_days_to_first_response: 3, median_days_to_completion: 15, share_overdue: 0.5 });
  });

  it('answers 404 for an unknown agency and shows an agency with no requests as empty, not zero', async () => {
    const r = await call('/api/v1/agencies/nope/scorecard', a.owner);
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    await ensureAgency(t().ctx, { id: 'fbi', name: 'Federal Bureau of Investigation', jurisdiction: 'us-federal' });
    expect(await (await call('/api/v1/agencies/fbi/scorecard', a.owner)).json()).toMatchObject({
      requests: 0, median_days_to_first_response: null, median_days_to_completion: null, share_overdue: null, exemptions: [],
    });
  });
});
