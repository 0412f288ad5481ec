// Fee-waiver and expedited-processing reasons: stored with the request, shown on the detail,
// changed by PATCH, and quoted in the letter's paragraphs (not stuffed into notes).
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';

describeEachDatabase('fee-waiver and expedited reasons', (t) => {
  let org: TestOrganisation;
  beforeAll(async () => {
    t().clock.set('2025-07-01T12:00:00Z');
    org = await createOrganisation(t().ctx, 'why');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
  });
  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    (await t().app()).inject({ method, url, headers: org.editor.headers, ...(payload ? { payload } : {}) });

  it('stores, shows, changes and quotes both reasons in the initial letter', async () => {
    const created = await call('POST', '/api/v1/requests', {
      title: 'Manifests', text: 'All manifests.', agency_id: 'cbp', fee_waiver: true, expedited: true,
      fee_waiver_reason: '  Non-commercial research for a public report.  ', expedited_reason: 'People are detained now.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json();
    expect(r).toMatchObject({ fee_waiver_reason: 'Non-commercial research for a public report.', expedited_reason: 'People are detained now.', notes: '' });
    expect((await call('GET', `/api/v1/requests/${r.id}`)).json().expedited_reason).toBe('People are detained now.');

    const letter = (await call('POST', `/api/v1/requests/${r.id}/letters`, { kind: 'initial-request' })).json();
    expect(letter.text).toContain('Non-commercial research for a public report.');
    expect(letter.text).toMatch(/expedited processing under 5 U\.S\.C\. § 552\(a\)\(6\)\(E\)\. People are detained now\./);

    const patched = await call('PATCH', `/api/v1/requests/${r.id}`, { expedited_reason: 'Hearing on 2025-07-20.', fee_waiver_reason: '' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ expedited_reason: 'Hearing on 2025-07-20.', fee_waiver_reason: null });
    const after = (await call('POST', `/api/v1/requests/${r.id}/letters`, { kind: 'initial-request', language: 'es' })).json();
    expect(after.text).toContain('Hearing on 2025-07-20.');
    expect(after.text).not.toContain('Non-commercial research');
    const audit = await t().ctx.db.selectFrom('audit_events').selectAll().where('subject_id', '=', r.id).where('action', '=', 'request.update').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toMatchObject({ expedited_reason: 'People are detained now.' });
  });

  it('refuses a reason that is not text, naming the field', async () => {
    const res = await call('POST', '/api/v1/requests', { title: 'x', agency_id: 'cbp', fee_waiver: true, fee_waiver_reason: 42 });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toContain('fee_waiver_reason');
  });
});
