// Mexico's two rule files (mx-2015 before 2025-03-21, mx from then on) for requests to agencies
// under `mx`: either id is accepted, and the received date picks the rules, visibly.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';

describeEachDatabase('requests under a law with dated versions (Mexico)', (t) => {
  let org: TestOrganisation;
  beforeAll(async () => {
    t().clock.set('2025-07-01T12:00:00Z');
    org = await createOrganisation(t().ctx, 'mx');
    await ensureAgency(t().ctx, { id: 'mx-sre', name: 'Secretaría de Relaciones Exteriores', jurisdiction: 'mx' });
  });
  const create = async (payload: Record<string, unknown>) =>
    (await t().app()).inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload: { title: 'Pasaportes', agency_id: 'mx-sre', ...payload } });

  it('a request received before 2025-03-21 to an mx agency is read under mx-2015, and says so', async () => {
    const res = await create({ filed_on: '2025-02-03' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.jurisdiction).toBe('mx'); // the agency's jurisdiction, as filed
    expect(r.warnings[0]).toMatch(/^Rules of mx-2015 .* instead of mx: this request was received 2025-02-03/);
    const response = r.deadlines.find((d: { kind: string }) => d.kind === 'response');
    expect(response.citation).toContain('LGTAIP (2015)'); // the 2015 law's citation, not the 2025 law's
    expect(response.due).not.toBeNull(); // mx-2015 has a known 20-working-day period; mx (2025) does not
    expect(response.explanation[0]).toContain('mx-2015');
    // the list shows the same explained deadlines (from the cache)
    const list = (await (await t().app()).inject({ url: '/api/v1/requests', headers: org.viewer.headers })).json();
    const item = list.items.find((i: { id: string }) => i.id === r.id);
    expect(item.deadlines.find((d: { kind: string }) => d.kind === 'response').explanation[0]).toContain('mx-2015');
  });

  it('a request received from 2025-03-21 stays under mx, without that warning', async () => {
    const r = (await create({ filed_on: '2025-04-07' })).json();
    expect(r.jurisdiction).toBe('mx');
    expect(r.warnings.join(' ')).not.toContain('instead of');
    expect(r.deadlines.find((d: { kind: string }) => d.kind === 'response').citation).not.toContain('LGTAIP (2015)');
  });

  it('accepts mx-2015 named explicitly for an mx agency, and refuses an unrelated jurisdiction', async () => {
    const ok = await create({ jurisdiction: 'mx-2015', filed_on: '2024-11-04' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().jurisdiction).toBe('mx-2015');
    expect(ok.json().warnings.join(' ')).not.toContain('instead of');
    const bad = await create({ jurisdiction: 'gt', filed_on: '2024-11-04' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'jurisdiction', expected: 'mx' });
  });
});
