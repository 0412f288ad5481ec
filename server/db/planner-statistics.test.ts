import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dropValueStatistics } from './planner-statistics';
import { openSqliteFile, sqliteHandleOf } from './database';

const dir = mkdtempSync(join(tmpdir(), 'acceso-stat4-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planner statistics', () => {
  it('opening an analysed database keeps sqlite_stat1 and drops the per-value samples that re-plan every statement', async () => {
    const file = join(dir, 'a.sqlite');
    const raw = new SQLite(file);
    raw.exec('create table t (id integer primary key, org text not null); create index t_org on t (org);');
    const insert = raw.prepare('insert into t (org) values (?)');
    for (let i = 0; i < 2000; i++) insert.run(i % 10 === 0 ? 'big' : `org${i}`);
    raw.exec('analyze');
    expect((raw.prepare('select count(*) n from sqlite_stat4').get() as { n: number }).n).toBeGreaterThan(0);
    raw.close();

    const db = openSqliteFile(file);
    const handle = sqliteHandleOf(db)!;
    expect((handle.prepare('select count(*) n from sqlite_stat4').get() as { n: number }).n).toBe(0);
    expect((handle.prepare('select count(*) n from sqlite_stat1').get() as { n: number }).n).toBeGreaterThan(0);
    // the index is still chosen for the equality
    expect(JSON.stringify(handle.prepare('explain query plan select id from t where org = ?').all('big'))).toContain('t_org');
    expect(dropValueStatistics(handle)).toBe(false); // nothing left to drop
    await db.destroy();
  });

  it('leaves a database without statistics alone', () => {
    const raw = new SQLite(join(dir, 'b.sqlite'));
    raw.exec('create table t (id integer primary key)');
    expect(dropValueStatistics(raw)).toBe(false);
    expect(raw.prepare("select count(*) n from sqlite_master where name like 'sqlite_stat%'").get()).toEqual({ n: 0 });
    raw.close();
  });
});
