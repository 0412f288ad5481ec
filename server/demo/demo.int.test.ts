// The demo data on both databases: loads once (idempotent), prints the admin password only on the
// first start, and tells the founding story through the law engine: the CBP request overdue since
// January 2023, the day the right to sue began, the suit, the pages released.
import { expect, it } from 'vitest';
import { computeDeadlines } from '../../law/index';
import { verifyAudit } from '../features/audit/verify';
import { describeEachDatabase } from '../test/databases';
import { createOrganisation } from '../test/factories';
import { DEMO_ADMIN_EMAIL, loadDemo } from './index';
import { FOUNDING_CASE } from './founding-case';
import { EXAMPLES } from './examples';
import { findDemoRequestId } from './repository';

async function demoOrganisation(db: import('../db/database').Db): Promise<string> {
  const row = await db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.organisation_id').where('users.email', '=', DEMO_ADMIN_EMAIL).executeTakeFirstOrThrow();
  return row.organisation_id;
}

describeEachDatabase('demo data', (t) => {
  it('loads once: the second start adds nothing and shows no password', async () => {
    const first = await loadDemo(t().ctx, { print: false });
    expect(first.adminPassword).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(first.created).toEqual(expect.arrayContaining(FOUNDING_CASE.map((d) => d.key)));
    expect(first.created.length + first.skipped.length).toBe(FOUNDING_CASE.length + EXAMPLES.length);
    const requests = await t().ctx.db.selectFrom('requests').select('id').execute();
    const audits = await t().ctx.db.selectFrom('audit_events').select('seq').execute();

    const second = await loadDemo(t().ctx, { print: false });
    expect(second).toEqual({ created: [], skipped: first.skipped });
    expect((await t().ctx.db.selectFrom('requests').select('id').execute()).length).toBe(requests.length);
    expect((await t().ctx.db.selectFrom('audit_events').select('seq').execute()).length).toBe(audits.length);
    expect((await verifyAudit(t().ctx.db)).ok).toBe(true); // every demo write went through audited commands

    const app = await t().app();
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: DEMO_ADMIN_EMAIL, password: first.adminPassword } });
    expect(signIn.statusCode).toBe(200);
  });

  it('shows anyone the CBP request: overdue since January 2023, the right to sue, the suit, the pages', async () => {
    const org = await demoOrganisation(t().ctx.db);
    const id = await findDemoRequestId(t().ctx.db, org, 'founding-cbp');
    const res = await (await t().app()).inject({ method: 'GET', url: `/api/v1/requests/${id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ visibility: 'public', agency: { id: 'cbp' }, jurisdiction: 'us-federal' });

    // The engine, asked directly about the same receipt date, gives the same deadlines.
    const engine = computeDeadlines({ jurisdiction: 'us-federal', agency: 'cbp', received: body.filed_on, events: [] });
    const due = (set: { deadlines: { kind: string; due: string | null }[] }, kind: string) => set.deadlines.find((d) => d.kind === kind)?.due;
    expect(due(body, 'response')).toBe(due(engine, 'response'));
    expect(due(body, 'may-sue')).toBe(due(engine, 'may-sue'));
    expect(due(body, 'response')).toMatch(/^2023-01-/); // overdue since January 2023
    expect(due(body, 'may-sue')! > due(body, 'response')!).toBe(true);
    expect(due(body, 'may-sue')! < '2024-05-23').toBe(true); // the right to sue long before the suit
    expect(body.deadlines.find((d: { kind: string }) => d.kind === 'response').explanation.join(' ')).toMatch(/Martin Luther King/);

    const events = body.events as { kind: string; date: string; note: string; data: Record<string, unknown> }[];
    expect(events.map((e) => `${e.kind}@${e.date}`)).toEqual(['filed@2022-12-15', 'note@2024-05-01', 'suit-filed@2024-05-23', 'note@2024-08-02', 'released@2024-10-10']);
    expect(events[0]).toMatchObject({ data: { illustrative: true, date_precision: 'month', date_as_known: '2022-12' } });
    expect(events[2].data).toMatchObject({ docket: '1:24-cv-03979', date_precision: 'exact', source_url: 'https://holdcbpaccountable.org/2024/06/19/access-now-v-cbp' });
    expect(events[4].data).toMatchObject({ pages: 2912, date_precision: 'bound' });
    for (const e of events) expect(String(e.data.source_url)).toMatch(/^https:\/\//);
    expect(body.notes).toMatch(/ILLUSTRATIVE/);
  });

  it('keeps the ICE suit honest (bound date, court unknown) and the examples private and labelled', async () => {
    const org = await demoOrganisation(t().ctx.db);
    const app = await t().app();
    const ice = (await app.inject({ method: 'GET', url: `/api/v1/requests/${await findDemoRequestId(t().ctx.db, org, 'founding-ice')}` })).json();
    const suit = ice.events.find((e: { kind: string }) => e.kind === 'suit-filed');
    expect(suit).toMatchObject({ date: '2024-05-24', data: { date_precision: 'bound', court: null, docket: null } });
    expect(ice.events.some((e: { kind: string }) => e.kind === 'released')).toBe(false);

    for (const ex of EXAMPLES) {
      const id = await findDemoRequestId(t().ctx.db, org, ex.key);
      if (!id) continue; // skipped on this start: its jurisdiction's rules are not in the engine yet (reported by loadDemo)
      const anon = await app.inject({ method: 'GET', url: `/api/v1/requests/${id}` });
      expect([401, 404]).toContain(anon.statusCode);
    }
    const anyExample = EXAMPLES.find((e) => e.key === 'example-mx-inm')!;
    expect(anyExample.input.title).toMatch(/^EXAMPLE/);
    const found = (await app.inject({ method: 'GET', url: '/api/v1/agencies?q=migracion' })).json().items.map((a: { id: string }) => a.id);
    expect(found).toContain('mx-inm'); // accents folded: 'migracion' finds 'Migración'
    const agency = (await app.inject({ method: 'GET', url: '/api/v1/agencies/mx-inm' })).json();
    expect(agency).toMatchObject({ jurisdiction: 'mx', example: true, contacts: { emails: [] } });
  });
});

describeEachDatabase('demo data on an instance someone already set up', (t) => {
  it('is not loaded when users exist and the demo admin does not', async () => {
    await createOrganisation(t().ctx);
    const result = await loadDemo(t().ctx, { print: false });
    expect(result).toEqual({ created: [], skipped: [] });
    expect(await t().ctx.db.selectFrom('users').select('id').where('email', '=', DEMO_ADMIN_EMAIL).executeTakeFirst()).toBeUndefined();
    // The federal directory is there all the same.
    expect(await t().ctx.db.selectFrom('agencies').select('id').where('id', '=', 'cbp').executeTakeFirst()).toEqual({ id: 'cbp' });
  });
});
