import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { prepared, type Placeholders } from './prepared';

type Values = { name: string; limit: number };
interface Shape { descending: boolean }

const organisationsNamed = prepared((db, p: Placeholders<Values>, s: Shape) => db.selectFrom('organisations').select(['id', 'name'])
  .where('name', 'like', p.name).orderBy('name', s.descending ? 'desc' : 'asc').limit(p.limit));

describeEachDatabase('prepared queries', (t) => {
  it('binds each call its own values, and each shape its own SQL', async () => {
    const db = t().ctx.db;
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      await db.insertInto('organisations').values({ id: `org-${name}`, name, created_at: '2026-01-01T00:00:00Z' }).execute();
    }
    expect((await organisationsNamed.execute(db, { name: 'Alpha', limit: 5 }, { descending: false })).map((r) => r.name)).toEqual(['Alpha']);
    // the same shape, other values: nothing of the first call remains
    expect((await organisationsNamed.execute(db, { name: 'Beta', limit: 5 }, { descending: false })).map((r) => r.name)).toEqual(['Beta']);
    expect((await organisationsNamed.execute(db, { name: '%a', limit: 2 }, { descending: true })).map((r) => r.name)).toEqual(['Gamma', 'Beta']);
    expect(organisationsNamed.sqlFor(db, { descending: true })).toMatch(/desc/);
    expect(organisationsNamed.sqlFor(db, { descending: false })).not.toMatch(/desc/);
    // inside a transaction too
    await db.transaction().execute(async (trx) => {
      expect((await organisationsNamed.execute(trx, { name: 'Gamma', limit: 1 }, { descending: false })).map((r) => r.name)).toEqual(['Gamma']);
    });
  });

  it('refuses a builder that binds a value that is not a placeholder (a value frozen into the SQL)', async () => {
    const leaky = prepared((db, p: Placeholders<{ name: string }>) => db.selectFrom('organisations').select('id').where('name', '=', p.name).where('id', '!=', 'org-Alpha'));
    await expect(leaky.execute(t().ctx.db, { name: 'Beta' }, null)).rejects.toThrow(/"org-Alpha" is neither a placeholder nor a declared constant/);
    const declared = prepared((db, p: Placeholders<{ name: string }>) => db.selectFrom('organisations').select('id').where('name', '=', p.name).where('id', '!=', 'org-Alpha'), undefined, ['org-Alpha']);
    expect(await declared.execute(t().ctx.db, { name: 'Beta' }, null)).toEqual([{ id: 'org-Beta' }]);
  });

  it('says which value a call left out', async () => {
    await expect(organisationsNamed.execute(t().ctx.db, { name: 'Alpha' } as Values, { descending: false })).rejects.toThrow(/no value for "limit"/);
  });

  it('prepares raw SQL too', async () => {
    const count = prepared((_db, p: Placeholders<{ prefix: string }>) => sql<{ n: number }>`select count(*) as n from organisations where name like ${p.prefix}`);
    expect(Number((await count.execute(t().ctx.db, { prefix: 'G%' }, null))[0].n)).toBe(1);
  });
});
