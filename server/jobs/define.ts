// Job definitions, separate from their handlers (Documenso's pattern): a definition says what the
// payload is and how to retry; a handler says what to do. Enqueueing needs only the definition, so
// a command can enqueue work without importing the code that performs it.
import type { z } from 'zod';
import type { AppContext } from '../context';
import type { ProgressReporter } from './progress';

export interface RetryPolicy {
  /** Total attempts including the first (default 5). */
  attempts: number;
  /** Delay before the 2nd attempt; doubles each time up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  retry: RetryPolicy;
  /** How long a claimed job may run before another worker may take it over. */
  lockMs: number;
}

export function defineJob<S extends z.ZodType>(def: { name: string; schema: S; retry?: Partial<RetryPolicy>; lockMs?: number }): JobDefinition<S> {
  return {
    name: def.name,
    schema: def.schema,
    retry: { attempts: 5, backoffMs: 5_000, maxBackoffMs: 3_600_000, ...def.retry },
    lockMs: def.lockMs ?? 10 * 60_000,
  };
}

/** What a handler returns: done (with an optional JSON result) or an expected no-op, "skipped"
 *  (with its reason, and optionally what it found, e.g. an import's report of rejected lines). */
export type JobOutcome = { status: 'done'; result?: unknown } | { status: 'skipped'; reason: string; result?: Record<string, unknown> };

export interface JobRun {
  id: string;
  attempt: number;
  key: string | null;
  /** Who started it (work a person started), else nulls. */
  organisationId: string | null;
  createdBy: string | null;
  /** Records progress on the job row for people watching it (and extends the lock). Call it
   *  between transactions, never inside one: on SQLite the one connection is held by the transaction. */
  progress: ProgressReporter;
}

export type JobHandler<S extends z.ZodType> = (payload: z.infer<S>, ctx: AppContext, job: JobRun) => Promise<JobOutcome>;

export interface RegisteredJob {
  definition: JobDefinition;
  handler: JobHandler<z.ZodType>;
}

export function handleJob<S extends z.ZodType>(definition: JobDefinition<S>, handler: JobHandler<S>): RegisteredJob {
  return { definition, handler: handler as JobHandler<z.ZodType> };
}

/**
 * A sweep finds due work and enqueues one job per item, each with a key so that two workers
 * sweeping at once, or a sweep repeated before the job ran, enqueue it only once.
 */
export interface Sweep {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<number>;
}

export function defineSweep(sweep: Sweep): Sweep {
  return sweep;
}

export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** Math.max(0, attempt - 1));
}
