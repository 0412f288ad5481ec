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
}

export interface JobsTables {
  jobs: JobsTable;
}
