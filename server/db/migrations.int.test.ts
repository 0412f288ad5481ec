// Migrations from an empty database to the latest, down to empty and up again, on both databases.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDatabase } from '../test/databases';
import { migrateDown, migrateToLatest } from './migrate';
import { migrations } from './migrations/index';

describeEachDatabase('migrations', (t) => {
  const tables = async () => {
    const q = t().dialect === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'`
      : sql<{ name: string }>`select name from sqlite_master where type = 'table'`;
    return (await q.execute(t().ctx.db)).rows.map((r) => r.name).filter((n) => !n.startsWith('kysely_') && !n.startsWith('sqlite_'));
  };

  it('applies every migration in order on an empty database', async () => {
    expect(await tables()).toEqual([]);
    const applied = await migrateToLatest(t().ctx.db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(await tables()).toEqual(expect.arrayContaining(['organisations', 'users', 'memberships', 'api_tokens', 'sessions', 'audit_events', 'audit_head', 'jobs', 'agencies', 'requests', 'request_events']));
    expect(await migrateToLatest(t().ctx.db)).toEqual([]);
  });

  it('goes all the way down and back up', async () => {
    for (let i = 0; i < Object.keys(migrations).length; i++) await migrateDown(t().ctx.db);
    expect(await tables()).toEqual([]);
    expect(await migrateToLatest(t().ctx.db)).toEqual(Object.keys(migrations));
  });
}, { migrate: false });
