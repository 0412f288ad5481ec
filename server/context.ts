// What every route, command, job and CLI command receives. Built once per process.
import pino, { type Logger } from 'pino';
import type { Env } from './env';
import { openDatabase, type Db } from './db/database';
import { migrateToLatest } from './db/migrate';

/** The clock, injectable so tests can pin "today" (deadlines and status depend on it). */
export interface Clock {
  now(): Date;
}

export interface AppContext {
  env: Env;
  db: Db;
  logger: Logger;
  clock: Clock;
  /** The blob store, set by the records engineer's server/blobs when it exists. */
  blobs?: unknown;
  /** Free slots for features that need process-wide services (search index, mail transport…). */
  services: Record<string, unknown>;
}

export interface CreateContextOptions {
  logger?: Logger;
  clock?: Clock;
  /** Apply pending migrations (default true; `migrate` and tests that test migrations pass false). */
  migrate?: boolean;
  db?: Db;
}

export function createLogger(env: Pick<Env, 'logLevel'>): Logger {
  return pino({ level: env.logLevel, redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'], remove: true } });
}

export async function createContext(env: Env, options: CreateContextOptions = {}): Promise<AppContext> {
  const logger = options.logger ?? createLogger(env);
  const db = options.db ?? (await openDatabase(env));
  if (options.migrate !== false) {
    const applied = await migrateToLatest(db);
    if (applied.length) logger.info({ applied }, 'database migrated');
  }
  return { env, db, logger, clock: options.clock ?? { now: () => new Date() }, services: {} };
}

export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.db.destroy();
}
