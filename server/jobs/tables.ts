// The durable job queue (jobs/README in server/README.md).
export type JobStatus = 'queued' | 'running' | 'done' | 'skipped' | 'failed';

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  /** Idempotency key: enqueueing the same (name, key) twice yields one job. */
  key: string | null;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  result: string | null;
  created_at: string;
  updated_at: string;
  /** The organisation whose people may watch it (work a person started); null for system work. */
  organisation_id: string | null;
  /** The user who started it (null for system work). */
  created_by: string | null;
  /** A job this one was fanned out from: the parent's progress counts its children. */
  parent_id: string | null;
  /** JSON JobProgress (progress.ts) while and after it runs; null when it reports none. */
  progress: string | null;
}

export interface JobsTables {
  jobs: JobsTable;
}
