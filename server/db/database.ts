// The one database handle: SQLite in the data directory by default, PostgreSQL when
// ACCESO_DATABASE_URL is set. Everything above this file speaks Kysely and stays dialect-neutral;
// the few places that must differ ask dialectOf().
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresAdapter, PostgresDialect, type Transaction } from 'kysely';
import { FairSqliteDialect } from './sqlite-dialect';
import { dropValueStatistics } from './planner-statistics';
import type { Database } from './schema';
import type { Env } from '../env';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Repositories accept either: the edge opens the transaction and passes it down. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type Dialect = 'sqlite' | 'postgres';

const sqliteHandles = new WeakMap<object, SQLite.Database>();

// COUNT(*) and other int8 results arrive as strings from pg; our counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(env: Pick<Env, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  if (env.databaseUrl) {
    const pool = new pg.Pool({ connectionString: env.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on next use.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection error: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await pool.query('select 1');
    } catch (e) {
      await db.destroy();
      throw new Error(`Cannot reach PostgreSQL at ACCESO_DATABASE_URL: ${(e as Error).message}`);
    }
    return db;
  }
  mkdirSync(env.dataDir, { recursive: true });
  return openSqliteFile(join(env.dataDir, 'acceso.sqlite'));
}

export function openSqliteFile(file: string): Db {
  const handle = new SQLite(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  handle.pragma('synchronous = NORMAL');
  dropValueStatistics(handle);
  const db = new Kysely<Database>({ dialect: new FairSqliteDialect({ database: withStatementCache(handle) }) });
  sqliteHandles.set(db, handle);
  return db;
}

// Kysely prepares every query anew; preparing costs more than running our small indexed queries,
// so Kysely's statements are reused by their SQL text (bounded: query shapes are few, values are
// bound). Only Kysely's: the handle itself (sqliteHandleOf) still prepares fresh statements, since
// a caller that switched a shared statement to pluck() or raw() mode changed it for Kysely too
// (a test did, and Kysely then read every df as 0).
function withStatementCache(handle: SQLite.Database, max = 2000): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(source: string) {
      let stmt = cache.get(source);
      if (!stmt) {
        stmt = handle.prepare(source);
        if (cache.size >= max) cache.clear();
        cache.set(source, stmt);
      }
      return stmt;
    },
    close: () => handle.close(),
  };
}

export function dialectOf(db: Executor): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The better-sqlite3 handle behind a top-level SQLite Db (for online backup), or null. */
export function sqliteHandleOf(db: Db): SQLite.Database | null {
  return sqliteHandles.get(db) ?? null;
}
