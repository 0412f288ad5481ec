// The queue's SQL: enqueue (idempotent by key), claim (SKIP LOCKED on PostgreSQL, one atomic
// UPDATE on SQLite), and finishing a job.
import { sql } from 'kysely';
import { dialectOf, type Executor } from '../db/database';
import { errors } from '../errors';
import { newId } from '../ids';
import { fieldErrorsFromIssues } from '../validation';
import type { JobDefinition } from './define';
import type { JobsTable } from './tables';

export interface EnqueueOptions {
  /** Idempotency key: one job per (name, key), however often it is enqueued. */
  key?: string;
  runAt?: Date;
  /** Work a person started: their organisation may watch it (GET /api/v1/jobs/:id). */
  organisationId?: string | null;
  createdBy?: string | null;
  /** Fanned out from this job: counted in its progress. */
  parentId?: string | null;
}

export async function enqueue(trx: Executor, def: JobDefinition, payload: unknown, options: EnqueueOptions = {}): Promise<{ id: string; created: boolean }> {
  const parsed = def.schema.safeParse(payload);
  if (!parsed.success) throw errors.validation(fieldErrorsFromIssues(parsed.error.issues as never, 'payload'), `Job ${def.name}: invalid payload`);
  const now = new Date().toISOString();
  const id = newId();
  const row: JobsTable = {
    id, name: def.name, payload: JSON.stringify(parsed.data), key: options.key ?? null, status: 'queued', attempts: 0,
    max_attempts: def.retry.attempts, run_at: (options.runAt ?? new Date()).toISOString(), locked_by: null, locked_until: null,
    last_error: null, result: null, created_at: now, updated_at: now,
    organisation_id: options.organisationId ?? null, created_by: options.createdBy ?? null, parent_id: options.parentId ?? null, progress: null,
  };
  if (options.key === undefined) {
    await trx.insertInto('jobs').values(row).execute();
    return { id, created: true };
  }
  await trx.insertInto('jobs').values(row).onConflict((oc) => oc.columns(['name', 'key']).doNothing()).execute();
  const existing = await trx.selectFrom('jobs').select('id').where('name', '=', def.name).where('key', '=', options.key).executeTakeFirstOrThrow();
  return { id: existing.id, created: existing.id === id };
}

/** Claims the next due job among `names` (or a running job whose lock expired). */
export async function claimNext(db: Executor, names: string[], workerId: string, lockMs: number, now = new Date()): Promise<JobsTable | null> {
  if (names.length === 0) return null;
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + lockMs).toISOString();
  const due = (qb: Executor) => qb.selectFrom('jobs').select('id')
    .where('name', 'in', names)
    .where((eb) => eb.or([
      eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', nowIso)]),
      eb.and([eb('status', '=', 'running'), eb('locked_until', '<', nowIso)]),
    ]))
    .orderBy('run_at').limit(1);
  const pick = dialectOf(db) === 'postgres' ? due(db).forUpdate().skipLocked() : due(db);
  const row = await db.updateTable('jobs')
    .set({ status: 'running', locked_by: workerId, locked_until: until, attempts: sql`attempts + 1`, updated_at: nowIso })
    .where('id', '=', (eb) => eb.selectFrom(pick.as('due')).select('due.id'))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function finishJob(db: Executor, id: string, workerId: string, set: Partial<Pick<JobsTable, 'status' | 'result' | 'last_error' | 'run_at'>>): Promise<void> {
  await db.updateTable('jobs')
    .set({ ...set, locked_by: null, locked_until: null, updated_at: new Date().toISOString() })
    .where('id', '=', id).where('locked_by', '=', workerId)
    .execute();
}

export async function jobCounts(db: Executor): Promise<Record<string, number>> {
  const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
