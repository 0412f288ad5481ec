import { describe, expect, it } from 'vitest';
import { FifoGate } from './sqlite-dialect';

describe('FIFO gate for the SQLite connection', () => {
  it('hands the connection to waiters in arrival order, one at a time', async () => {
    const gate = new FifoGate();
    const order: number[] = [];
    await gate.acquire(); // held
    const waiters = [1, 2, 3].map((i) => gate.acquire().then(() => { order.push(i); }));
    expect(gate.waiting).toBe(3);
    gate.release();
    await waiters[0];
    expect(order).toEqual([1]); // only the first woke
    gate.release();
    gate.release();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
    gate.release(); // the last holder leaves: free again
    let immediate = false;
    void gate.acquire().then(() => { immediate = true; });
    await Promise.resolve();
    expect(immediate).toBe(true);
  });

  it('keeps order across many waiters (its queue compacts without losing anyone)', async () => {
    const gate = new FifoGate();
    await gate.acquire();
    const order: number[] = [];
    const all = Array.from({ length: 3000 }, (_, i) => gate.acquire().then(() => { order.push(i); gate.release(); }));
    gate.release();
    await Promise.all(all);
    expect(order).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(gate.waiting).toBe(0);
  });
});

describe('statement cache of the SQLite database', () => {
  it('is Kysely\'s own: a statement the handle hands out in pluck mode does not change what Kysely reads', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sql } = await import('kysely');
    const { openSqliteFile, sqliteHandleOf } = await import('./database');
    const dir = mkdtempSync(join(tmpdir(), 'acceso-stmt-'));
    const db = openSqliteFile(join(dir, 'x.sqlite'));
    try {
      await sql`create table t (k text primary key, v integer)`.execute(db);
      await sql`insert into t values ('a', 7)`.execute(db);
      const read = () => sql<{ v: number }>`select v from t where k = ${'a'}`.execute(db);
      expect((await read()).rows).toEqual([{ v: 7 }]);
      // The same SQL text as Kysely's, prepared on the handle and switched to pluck mode.
      expect(sqliteHandleOf(db)!.prepare('select v from t where k = ?').pluck().get('a')).toBe(7);
      expect((await read()).rows).toEqual([{ v: 7 }]);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
