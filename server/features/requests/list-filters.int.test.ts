// The indexed paths of lists and the dashboard (docs/decisions/0310) give the same answers as the
// plain rules: `q` across the walked range and the word index, paginated; status counts kept by
// triggers through creation, visibility changes and new events; working days late from the cache.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, type TestOrganisation } from '../../test/factories';
import type { Actor } from '../accounts/actor';
import { listRequestsObjects } from './list-requests';

describeEachDatabase('list filters and dashboard on their indexes', (t) => {
  let org: TestOrganisation;
  let owner: Actor;
  const post = async (headers: Record<string, string>, url: string, payload: unknown) => (await t().app()).inject({ method: 'POST', url, headers, payload: payload as object });
  const get = async (headers: Record<string, string>, url: string) => (await t().app()).inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t().clock.set('2025-09-01T12:00:00Z');
    org = await createOrganisation(t().ctx, 'lists');
    owner = { kind: 'user', userId: org.owner.id, email: org.owner.email, name: 'Owner', organisationId: org.id, role: 'owner', via: 'token' };
    for (let i = 0; i < 12; i++) {
      const title = i % 3 === 0 ? `Passport records batch ${i}` : `Visa manuals batch ${i}`;
      const res = await post(org.editor.headers, '/api/v1/requests', { title, jurisdiction: 'us-federal', filed_on: '2025-01-06', visibility: i === 4 ? 'private' : 'organisation' });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('q finds every match newest first, page by page, whether it walks rows or asks the word index', async () => {
    const all = await t().ctx.db.selectFrom('requests').select(['id', 'title']).where('organisation_id', '=', org.id).execute();
    const expected = (word: RegExp) => all.filter((r) => word.test(r.title)).map((r) => r.id).sort().reverse();
    const pages = async (q: string, scanBudget: number | undefined, probeLimit: number) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let n = 0; n < 20; n++) {
        const page = await listRequestsObjects(t().ctx.db, owner, { q, limit: 2, cursor, scope: 'organisation', today: '2025-09-01', scanBudget, probeLimit });
        ids.push(...page.items.map((i) => i.id));
        if (!page.next_cursor) return ids;
        cursor = page.next_cursor;
      }
      throw new Error('pagination did not end');
    };
    // probe limit 1: every word that matches is "common", so the search walks rows; 64: the words
    // here are rare, so their trigram matches are the candidates
    for (const probeLimit of [1, 64]) {
      for (const budget of [1, 3, 5, undefined]) {
        const why = `budget ${budget}, probe ${probeLimit}`;
        expect(await pages('passport', budget, probeLimit), why).toEqual(expected(/Passport/));
        expect(await pages('PASSPORT batch 9', budget, probeLimit), why).toEqual(expected(/Passport records batch 9$/));
        expect(await pages('anual', budget, probeLimit), why).toEqual(expected(/manuals/)); // substrings, as before
        expect(await pages('batch', budget, probeLimit), why).toEqual(expected(/batch/));
        expect(await pages('nothing-like-this', budget, probeLimit), why).toEqual([]);
      }
    }
  });

  it('status counts follow creation, new events and visibility changes, and respect who may see what', async () => {
    const fresh = await createOrganisation(t().ctx, 'counts');
    const mine = await post(fresh.editor.headers, '/api/v1/requests', { title: 'Private one', jurisdiction: 'us-federal', filed_on: '2025-08-25', visibility: 'private' });
    await post(fresh.editor.headers, '/api/v1/requests', { title: 'Old one', jurisdiction: 'us-federal', filed_on: '2025-01-06' });
    const open = (await post(fresh.owner.headers, '/api/v1/requests', { title: 'Open one', jurisdiction: 'us-federal', filed_on: '2025-08-26' })).json();
    const counts = async (headers: Record<string, string>) => (await get(headers, '/api/v1/dashboard')).json().counts;
    expect(await counts(fresh.owner.headers)).toEqual({ total: 3, by_status: { 'awaiting-response': 2, 'may-sue': 1 } });
    expect(await counts(fresh.editor.headers)).toEqual({ total: 3, by_status: { 'awaiting-response': 2, 'may-sue': 1 } }); // created the private one
    expect(await counts(fresh.viewer.headers)).toEqual({ total: 2, by_status: { 'awaiting-response': 1, 'may-sue': 1 } });

    expect((await post(fresh.owner.headers, `/api/v1/requests/${open.id}/events`, { kind: 'determination', date: '2025-08-29' })).statusCode).toBe(201);
    expect(await counts(fresh.owner.headers)).toEqual({ total: 3, by_status: { 'awaiting-response': 1, closed: 1, 'may-sue': 1 } });
    const patch = await (await t().app()).inject({ method: 'PATCH', url: `/api/v1/requests/${mine.json().id}`, headers: fresh.owner.headers, payload: { visibility: 'organisation' } });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(await counts(fresh.viewer.headers)).toEqual({ total: 3, by_status: { 'awaiting-response': 1, closed: 1, 'may-sue': 1 } });

    // the table agrees with counting the rows themselves
    const rows = await t().ctx.db.selectFrom('requests').select(['derived_status']).where('organisation_id', '=', fresh.id).execute();
    const byStatus: Record<string, number> = {};
    for (const r of rows) byStatus[r.derived_status] = (byStatus[r.derived_status] ?? 0) + 1;
    expect((await counts(fresh.owner.headers)).by_status).toEqual(byStatus);
  });

  it('the dashboard gives the same working days late as the live reading of each request', async () => {
    const overdue = (await get(org.owner.headers, '/api/v1/dashboard')).json().overdue as { id: string; overdue_working_days: number }[];
    expect(overdue.length).toBeGreaterThan(0);
    for (const o of overdue.slice(0, 3)) {
      const detail = (await get(org.owner.headers, `/api/v1/requests/${o.id}`)).json();
      expect(o.overdue_working_days).toBe(detail.overdue_working_days);
      expect(o.overdue_working_days).toBeGreaterThan(0);
    }
    // a day later the cache is a day old: the dashboard re-reads those rows rather than show yesterday's count
    t().clock.set('2025-09-02T12:00:00Z');
    const later = (await get(org.owner.headers, '/api/v1/dashboard')).json().overdue as { id: string; overdue_working_days: number }[];
    const first = later.find((x) => x.id === overdue[0].id)!;
    expect(first.overdue_working_days).toBe((await get(org.owner.headers, `/api/v1/requests/${first.id}`)).json().overdue_working_days);
    expect(first.overdue_working_days).toBe(overdue[0].overdue_working_days + 1);
    t().clock.set('2025-09-01T12:00:00Z');
  });

  it('overdue=true lists exactly the overdue requests, newest first, with the default page size of 25', async () => {
    const res = (await get(org.owner.headers, '/api/v1/requests?overdue=true')).json();
    const expected = await t().ctx.db.selectFrom('requests').select('id').where('organisation_id', '=', org.id)
      .where('derived_status', 'in', ['overdue', 'may-sue']).orderBy('id', 'desc').execute();
    expect(res.items.map((i: { id: string }) => i.id)).toEqual(expected.map((r) => r.id));
    expect(expected.length).toBe(12);
    for (let i = 0; i < 30; i++) await post(org.editor.headers, '/api/v1/requests', { title: `Filler ${i}`, jurisdiction: 'us-federal' });
    const page = (await get(org.owner.headers, '/api/v1/requests')).json();
    expect(page.items).toHaveLength(25);
    expect(page.next_cursor).toBe(page.items[24].id);
  });
});
