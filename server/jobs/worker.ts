// The job runner. Several may run at once, in one process or many: claiming is atomic, a handler's
// side effects are keyed by the job, and a crashed worker's job is taken over when its lock ends.
import { hostname } from 'node:os';
import type { AppContext } from '../context';
import { newId } from '../ids';
import { backoffMs, type RegisteredJob, type Sweep } from './define';
import { claimNext, finishJob } from './queue';
import { writeProgress, type JobProgress } from './progress';
import { jobHandlers, sweeps as defaultSweeps } from './handlers';

export interface WorkerOptions {
  handlers?: RegisteredJob[];
  sweeps?: Sweep[];
  concurrency?: number;
  pollMs?: number;
}

export interface Worker {
  id: string;
  /** Runs due jobs until none is left (tests call this instead of waiting for the poll). */
  drain(): Promise<number>;
  /** Runs every sweep once. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

export function createWorker(ctx: AppContext, options: WorkerOptions = {}): Worker {
  const handlers = new Map((options.handlers ?? jobHandlers).map((h) => [h.definition.name, h]));
  const names = [...handlers.keys()];
  const lockMs = Math.max(60_000, ...[...handlers.values()].map((h) => h.definition.lockMs));
  const id = `${hostname()}:${process.pid}:${newId().slice(-6)}`;
  const log = ctx.logger.child({ worker: id });

  async function runOne(): Promise<boolean> {
    const job = await claimNext(ctx.db, names, id, lockMs, ctx.clock.now());
    if (!job) return false;
    const reg = handlers.get(job.name)!;
    const attempt = Number(job.attempts);
    try {
      const payload = reg.definition.schema.parse(JSON.parse(job.payload));
      const progress = async (p: JobProgress) => {
        const now = ctx.clock.now();
        await writeProgress(ctx.db, job.id, id, p, new Date(now.getTime() + lockMs).toISOString(), now.toISOString());
      };
      const outcome = await reg.handler(payload, ctx, { id: job.id, attempt, key: job.key, organisationId: job.organisation_id ?? null, createdBy: job.created_by ?? null, progress });
      await finishJob(ctx.db, job.id, id, {
        status: outcome.status,
        result: JSON.stringify(outcome.status === 'done' ? outcome.result ?? null : { ...outcome.result, reason: outcome.reason }),
        last_error: null,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = attempt >= Number(job.max_attempts);
      log.warn({ job: job.id, name: job.name, attempt, final, err: message }, 'job failed');
      await finishJob(ctx.db, job.id, id, {
        status: final ? 'failed' : 'queued',
        last_error: message.slice(0, 4000),
        run_at: new Date(ctx.clock.now().getTime() + backoffMs(reg.definition.retry, attempt)).toISOString(),
      });
    }
    return true;
  }

  async function drain(): Promise<number> {
    let n = 0;
    while (await runOne()) n++;
    return n;
  }

  const sweepList = options.sweeps ?? defaultSweeps;
  async function sweep(): Promise<number> {
    let n = 0;
    for (const s of sweepList) {
      try {
        n += await s.run(ctx);
      } catch (err) {
        log.error({ sweep: s.name, err }, 'sweep failed');
      }
    }
    return n;
  }

  return { id, drain, sweep, stop: async () => {} };
}

/** Starts polling: `concurrency` loops claim jobs; each sweep runs on its own interval. */
export function startWorker(ctx: AppContext, options: WorkerOptions = {}): Worker {
  const worker = createWorker(ctx, options);
  const concurrency = options.concurrency ?? ctx.env.workerConcurrency;
  const pollMs = options.pollMs ?? ctx.env.workerPollMs;
  let stopping = false;
  const timers: NodeJS.Timeout[] = [];
  const loops: Promise<void>[] = [];
  // An idle loop sleeps between polls; stop() wakes it (a cleared timer alone would leave it asleep
  // for good, and stop() would wait out its grace period: 6 s measured).
  const sleepers = new Set<() => void>();
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const wake = () => { clearTimeout(timer); sleepers.delete(wake); resolve(); };
    const timer = setTimeout(wake, ms);
    sleepers.add(wake);
  });

  for (let i = 0; i < concurrency; i++) {
    loops.push((async () => {
      while (!stopping) {
        let did = 0;
        try {
          did = await worker.drain();
        } catch (err) {
          ctx.logger.error({ err }, 'worker loop error');
        }
        if (!did && !stopping) await sleep(pollMs);
      }
    })());
  }
  for (const s of options.sweeps ?? defaultSweeps) {
    const tick = () => { if (!stopping) s.run(ctx).catch((err) => ctx.logger.error({ sweep: s.name, err }, 'sweep failed')); };
    setImmediate(tick);
    timers.push(setInterval(tick, s.everyMs));
  }
  return {
    ...worker,
    stop: async () => {
      stopping = true;
      for (const t of timers) clearInterval(t);
      for (const wake of [...sleepers]) wake();
      await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, pollMs + 5000))]);
    },
  };
}
