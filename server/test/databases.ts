// Runs an integration suite once per database: SQLite in a temp dir always, PostgreSQL when
// ACCESO_TEST_PG_URL is set (a fresh database per suite, dropped after), otherwise a loud skip
// whose name says why. Every `*.int.test.ts` uses this.
//
//   describeEachDatabase('requests API', (t) => {
//     it('creates', async () => { const app = await t().app(); ... t().ctx.db ... });
//   });
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadEnv, type Env } from '../env';
import { closeContext, createContext, type AppContext, type Clock } from '../context';
import { buildApp, type ZodApp } from '../http/app';
import type { Dialect } from '../db/database';
import { adminQuery, withDatabase } from './pg-admin';

export const PG_URL = process.env.ACCESO_TEST_PG_URL;

export interface TestDatabase {
  dialect: Dialect;
  env: Env;
  ctx: AppContext;
  /** The HTTP app on this database, built once per suite (no web UI, no request logs). */
  app(): Promise<ZodApp>;
  /** A pinned clock: set `today` to make deadlines and statuses reproducible. */
  clock: Clock & { set(iso: string): void };
}

export interface SuiteOptions {
  /** Run migrations before the suite (default true). */
  migrate?: boolean;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Start the pinned clock here (default: the real clock). */
  now?: string;
}

export function describeEachDatabase(name: string, suite: (t: () => TestDatabase) => void, options: SuiteOptions = {}): void {
  describe(`${name} [sqlite]`, () => suite(setup('sqlite', options)));
  if (PG_URL) describe(`${name} [postgres]`, () => suite(setup('postgres', options)));
  else describe.skip(`${name} [postgres] [skipped: ACCESO_TEST_PG_URL not set]`, () => suite(() => { throw new Error('skipped'); }));
}

function setup(dialect: Dialect, options: SuiteOptions): () => TestDatabase {
  let current: TestDatabase | undefined;
  let dir = '';
  let pgName = '';
  let app: ZodApp | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-test-'));
    let databaseUrl: string | undefined;
    if (dialect === 'postgres') {
      pgName = `acceso_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await adminQuery(PG_URL!, `create database ${pgName}`);
      databaseUrl = withDatabase(PG_URL!, pgName);
    }
    const env = loadEnv({
      ACCESO_DATA_DIR: dir, ACCESO_SECRET: 'test-secret-test-secret-test-secret-0123', ACCESO_LOG_LEVEL: 'silent', ACCESO_DEMO: '0',
      ACCESO_LOGIN_ATTEMPTS_PER_MINUTE: '1000', ...(databaseUrl ? { ACCESO_DATABASE_URL: databaseUrl } : {}), ...options.env,
    });
    let pinned: Date | null = options.now ? new Date(options.now) : null;
    const clock = { now: () => pinned ?? new Date(), set: (iso: string) => { pinned = new Date(iso); } };
    const ctx = await createContext(env, { clock, migrate: options.migrate !== false });
    current = {
      dialect, env, ctx, clock,
      app: async () => {
        if (!app) { app = await buildApp(ctx, { webDir: null }); await app.ready(); }
        return app;
      },
    };
  });

  afterAll(async () => {
    if (app) await app.close();
    if (current) await closeContext(current.ctx);
    if (pgName) await adminQuery(PG_URL!, `drop database if exists ${pgName} with (force)`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return () => {
    if (!current) throw new Error('the test database is not ready (use it inside tests or hooks)');
    return current;
  };
}
