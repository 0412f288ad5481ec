// Progress of long work a person watches (import, re-ingest, export): what is done of how much, in
// which phase, and what went wrong with single items. Written on the job row by the worker that
// holds the job (a job taken over by another worker stops being written by the first), and each
// write extends that worker's lock, so long work that reports progress is never taken over.
import type { Executor } from '../db/database';

/** Items that failed are kept up to this many (with their count): enough to act on, never huge. */
export const MAX_PROGRESS_ERRORS = 50;

export interface JobProgress {
  done: number;
  /** null while the amount of work is not yet known. */
  total: number | null;
  /** A stable word the UI translates: 'reading', 'checking', 'writing', 'queueing', 'packing'… */
  phase: string;
  /** A sentence for people and logs (English); the UI shows the phase in its own language. */
  message?: string | null;
  /** Items that could not be done, first MAX_PROGRESS_ERRORS of error_count. */
  errors?: { item: string; message: string }[];
  error_count?: number;
}

export type ProgressReporter = (progress: JobProgress) => Promise<void>;

/** Writes the progress of a claimed job (only while `workerId` holds it) and extends its lock. */
export async function writeProgress(db: Executor, jobId: string, workerId: string, progress: JobProgress, lockedUntil: string, now: string): Promise<boolean> {
  const errors = progress.errors ?? [];
  const stored: JobProgress = {
    ...progress,
    errors: errors.slice(0, MAX_PROGRESS_ERRORS),
    error_count: Math.max(progress.error_count ?? 0, errors.length),
  };
  const r = await db.updateTable('jobs')
    .set({ progress: JSON.stringify(stored), locked_until: lockedUntil, updated_at: now })
    .where('id', '=', jobId).where('locked_by', '=', workerId).where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Ties a job enqueued elsewhere (e.g. a document's reading) to the job that fanned it out. */
export async function adoptChild(db: Executor, childId: string, parentId: string): Promise<void> {
  await db.updateTable('jobs').set({ parent_id: parentId }).where('id', '=', childId).where('parent_id', 'is', null).execute();
}

/**
 * Counts work items as they are done and reports them; `fail` records an item that could not be
 * done (it still counts as done: the work moved past it).
 */
export class ProgressTracker {
  done = 0;
  errors: { item: string; message: string }[] = [];
  errorCount = 0;

  constructor(private readonly report: ProgressReporter, public phase: string, public total: number | null) {}

  async step(n = 1, message?: string): Promise<void> {
    this.done += n;
    await this.flush(message);
  }

  async fail(item: string, message: string): Promise<void> {
    this.note(item, message);
    await this.step(1);
  }

  /** Records an item that went wrong without counting work done (written with the next report). */
  note(item: string, message: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_PROGRESS_ERRORS) this.errors.push({ item, message });
  }

  async enter(phase: string, total: number | null, message?: string): Promise<void> {
    this.phase = phase;
    this.total = total;
    this.done = 0;
    await this.flush(message);
  }

  flush(message?: string): Promise<void> {
    return this.report({ done: this.done, total: this.total, phase: this.phase, message: message ?? null, errors: this.errors, error_count: this.errorCount });
  }
}

export function parseProgress(text: string | null): JobProgress | null {
  return text ? (JSON.parse(text) as JobProgress) : null;
}
