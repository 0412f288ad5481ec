// The law engine over HTTP: public, same shapes as the CLI, bad input named.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';

describeEachDatabase('jurisdictions and ad-hoc deadlines API', (t) => {
  it('lists jurisdictions without signing in', async () => {
    const res = await (await t().app()).inject({ url: '/api/v1/jurisdictions' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((j: { id: string }) => j.id);
    expect(ids).toEqual(expect.arrayContaining(['us-federal', 'mx']));
    expect((await (await t().app()).inject({ url: '/api/v1/jurisdictions/atlantis' })).statusCode).toBe(404);
  });

  it('computes deadlines like `acceso law deadlines`', async () => {
    const res = await (await t().app()).inject({ url: '/api/v1/deadlines?jurisdiction=us-federal&agency=cbp&received=2025-06-13&event=unusual-circumstances@2025-06-20' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ jurisdiction: 'us-federal', agency: 'cbp', received: '2025-06-13' });
    const response = body.deadlines.find((d: { kind: string }) => d.kind === 'response');
    expect(response.citation).toContain('552');
    expect(response.explanation.join(' ')).toMatch(/unusual|10/i);
  });

  it('names the bad parameter', async () => {
    const app = await t().app();
    const badEvent = await app.inject({ url: '/api/v1/deadlines?jurisdiction=us-federal&received=2025-06-13&event=teleport@2025-06-20' });
    expect(badEvent.json().errors[0].field).toBe('query.event.0');
    const badDate = await app.inject({ url: '/api/v1/deadlines?jurisdiction=us-federal&received=2025-02-30' });
    expect(badDate.json().errors[0].field).toBe('querystring.received');
    const badJur = await app.inject({ url: '/api/v1/deadlines?jurisdiction=atlantis&received=2025-02-03' });
    expect(badJur.json().errors[0].field).toBe('query.jurisdiction');
  });
});
