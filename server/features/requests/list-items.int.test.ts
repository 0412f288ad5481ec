// Rendered list items (migration 0011, list-item.ts) on both databases: a page built from them is
// the page built from the rows' columns, and whatever changes what an item shows (an edit through
// the API, an agency renamed, a change made directly in the database, a new day) never lets a list
// show the old value.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';
import { renderMissingListItems } from './list-item';

describeEachDatabase('rendered list items', (t) => {
  let org: TestOrganisation;
  const ids: string[] = [];

  beforeAll(async () => {
    const { ctx } = t();
    org = await createOrganisation(ctx, 'items');
    await ensureAgency(ctx, { id: 'items-agency', name: 'Items Agency', jurisdiction: 'us-federal' });
    const app = await t().app();
    for (const [title, filed_on] of [['Passport records', '2025-01-06'], ['Visa manuals', '2025-02-03'], ['Not yet filed', undefined]] as const) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload: { title, jurisdiction: 'us-federal', agency_id: 'items-agency', filed_on, visibility: 'organisation', tags: ['t1'] } });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().id);
    }
  });

  const list = async (q = '') => (await (await t().app()).inject({ method: 'GET', url: `/api/v1/requests${q}`, headers: org.viewer.headers })).json();
  const items = async () => t().ctx.db.selectFrom('request_deadline_cache').select(['request_id', 'item', 'item_brief']).where('request_id', 'in', ids).execute();
  const forgetItems = () => t().ctx.db.updateTable('request_deadline_cache').set({ item: null, item_brief: null }).where('request_id', 'in', ids).execute();

  it('renders every new request\'s item, and a page of them equals the page built from the columns', async () => {
    expect((await items()).every((r) => r.item !== null && r.item_brief !== null)).toBe(true);
    for (const q of ['', '?explain=false', '?limit=2', '?status=awaiting-response']) {
      const rendered = await list(q);
      await forgetItems();
      expect(await list(q), q).toEqual(rendered); // built from the columns
      expect(await renderMissingListItems(t().ctx.db, 100)).toBe(3);
      expect(await list(q), q).toEqual(rendered);
    }
    const explained = await list();
    expect(explained.items.map((i: { title: string }) => i.title)).toEqual(['Not yet filed', 'Visa manuals', 'Passport records']);
    expect(explained.items[1]).toMatchObject({ agency: { id: 'items-agency', name: 'Items Agency' }, tags: ['t1'], filed_on: '2025-02-03' });
    expect(explained.items[1].deadlines[0].explanation.length).toBeGreaterThan(0);
  });

  it('an edit through the API shows at once', async () => {
    const r = await (await t().app()).inject({ method: 'PATCH', url: `/api/v1/requests/${ids[1]}`, headers: org.editor.headers, payload: { title: 'Visa manuals, 2025 edition', tags: ['t2'] } });
    expect(r.statusCode, r.body).toBe(200);
    expect((await list()).items[1]).toMatchObject({ title: 'Visa manuals, 2025 edition', tags: ['t2'] });
    expect((await items()).find((i) => i.request_id === ids[1])!.item).toContain('2025 edition'); // rendered again, not merely forgotten
  });

  it('an agency renamed shows at once, and the sweep renders the forgotten items again', async () => {
    // As an import or an edit does it (the test agency has none of a real one's other fields).
    await t().ctx.db.updateTable('agencies').set({ name: 'Renamed Agency' }).where('id', '=', 'items-agency').execute();
    expect((await items()).every((i) => i.item === null)).toBe(true);
    expect((await list()).items.map((i: { agency: { name: string } }) => i.agency.name)).toEqual(['Renamed Agency', 'Renamed Agency', 'Renamed Agency']);
    expect(await renderMissingListItems(t().ctx.db, 100)).toBeGreaterThanOrEqual(3);
    expect((await items()).every((i) => i.item?.includes('Renamed Agency'))).toBe(true);
    expect((await list()).items[0].agency.name).toBe('Renamed Agency');
  });

  it('a change made in the database behind the application still shows', async () => {
    await sql`update requests set title = 'Changed by hand', visibility = 'public' where id = ${ids[0]}`.execute(t().ctx.db);
    const item = (await list()).items.find((i: { id: string }) => i.id === ids[0]);
    expect(item).toMatchObject({ title: 'Changed by hand', visibility: 'public' });
  });

  it('an item rendered for an earlier day is not shown as today\'s', async () => {
    await t().ctx.db.updateTable('request_deadline_cache').set({ item_as_of: '2000-01-01', item: sql<string>`replace(item, 'Passport', 'Stale')` as never }).where('request_id', '=', ids[0]).execute();
    expect(JSON.stringify(await list())).not.toContain('Stale');
  });
});
