// The background checkpointer copies the WAL into the database file on its own thread: with the
// main connection's automatic checkpoint out of reach, the database file still grows to hold
// what was committed (and does not without the thread).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openSqliteFile, sqliteHandleOf, type Db } from './database';
import { startCheckpointer } from './checkpointer';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

async function writeMegabytes(db: Db, mb: number): Promise<void> {
  await sql`create table t (x blob)`.execute(db);
  const chunk = Buffer.alloc(64 * 1024, 7);
  for (let i = 0; i < mb * 16; i++) await sql`insert into t (x) values (${chunk})`.execute(db);
}

async function fileSizeAfter(withThread: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'acceso-ckpt-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite');
  const db = openSqliteFile(file);
  const checkpointer = withThread ? startCheckpointer(db, pino({ level: 'silent' }), { intervalMs: 5, safetyNetPages: 1_000_000 }) : null;
  if (!withThread) sqliteHandleOf(db)!.pragma('wal_autocheckpoint = 1000000');
  await writeMegabytes(db, 4);
  const until = Date.now() + 10_000;
  while (withThread && statSync(file).size < 4 * 1024 * 1024 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  if (!withThread) await new Promise((r) => setTimeout(r, 300));
  const size = statSync(file).size;
  await checkpointer?.stop();
  await db.destroy();
  return size;
}

describe('background WAL checkpointer', () => {
  it('copies committed pages into the database file off the main thread', async () => {
    expect(await fileSizeAfter(true)).toBeGreaterThanOrEqual(4 * 1024 * 1024);
  });

  it('without it (and with the automatic checkpoint out of reach) the pages stay in the WAL', async () => {
    expect(await fileSizeAfter(false)).toBeLessThan(1024 * 1024);
  });

  it('is not started for an in-memory database', () => {
    const db = openSqliteFile(':memory:');
    expect(startCheckpointer(db, pino({ level: 'silent' }))).toBeNull();
    void db.destroy();
  });
});
