// A job as the API shows it: status and progress. A job that fanned out work (re-ingest: one
// reading per document) is running until its children are finished, and its progress counts them;
// the words its children's results give as `status` (ready, failed…) are counted as outcomes.
import { MAX_PROGRESS_ERRORS, parseProgress } from '../../jobs/progress';
import type { ChildRow, JobRow } from './repository';

/** What a job that produced a file keeps in its result (the blob is not named to the caller). */
export interface DownloadResult {
  sha256: string;
  filename: string;
  content_type: string;
  size: number;
  /** Holds private requests: only its starter and owners may download it (authorize.ts). */
  restricted: boolean;
  /** When the file may be gone (kept while no row refers to it: docs/decisions/0411). */
  expires_at: string;
}

export type JobStatusWord = 'queued' | 'running' | 'done' | 'skipped' | 'failed';

export function parseResult(row: Pick<JobRow, 'result'>): Record<string, unknown> | null {
  if (!row.result) return null;
  const r = JSON.parse(row.result) as unknown;
  return r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : { value: r };
}

export function downloadOf(row: Pick<JobRow, 'result' | 'status'>): DownloadResult | null {
  if (row.status !== 'done') return null;
  const d = parseResult(row)?.download as DownloadResult | undefined;
  return d && typeof d.sha256 === 'string' ? d : null;
}

export function presentJob(row: JobRow, children: ChildRow[] = []) {
  const own = parseProgress(row.progress);
  let status: JobStatusWord = row.status;
  let progress = own ? { done: own.done, total: own.total, phase: own.phase, message: own.message ?? null } : null;
  const errors = [...(own?.errors ?? [])];
  let errorCount = own?.error_count ?? errors.length;
  let outcomes: Record<string, number> | null = null;

  if (children.length > 0) {
    const finished = children.filter((c) => c.status === 'done' || c.status === 'skipped' || c.status === 'failed');
    outcomes = {};
    for (const c of finished) {
      const word = c.status === 'done' ? outcomeWord(c.result) ?? 'done' : c.status;
      outcomes[word] = (outcomes[word] ?? 0) + 1;
    }
    for (const c of children.filter((x) => x.status === 'failed')) {
      errorCount++;
      if (errors.length < MAX_PROGRESS_ERRORS) errors.push({ item: c.id, message: c.last_error ?? 'failed' });
    }
    // While the job itself still fans out, its own progress (queueing) is what moves.
    if (row.status === 'done') {
      progress = { done: finished.length, total: children.length, phase: own?.phase ?? 'children', message: null };
      if (finished.length < children.length) status = 'running';
    }
  }

  const download = downloadOf(row);
  const result = parseResult(row);
  if (result) delete result.download;
  return {
    id: row.id,
    kind: row.name,
    status,
    created_at: row.created_at,
    updated_at: row.updated_at,
    created_by: row.created_by,
    attempts: Number(row.attempts),
    progress,
    errors,
    error_count: errorCount,
    outcomes,
    // A failed attempt that will be tried again shows why, as do the final failure and a job that
    // found nothing it could do (skipped: e.g. its starter is no longer a member).
    error: row.status === 'failed' || row.status === 'queued' ? row.last_error : row.status === 'skipped' ? String(result?.reason ?? '') || null : null,
    result: status === 'done' || status === 'skipped' ? result : null,
    download: download && status === 'done'
      ? { url: `/api/v1/jobs/${row.id}/download`, filename: download.filename, size: download.size, content_type: download.content_type, expires_at: download.expires_at, restricted: download.restricted }
      : null,
  };
}

function outcomeWord(result: string | null): string | null {
  if (!result) return null;
  const r = JSON.parse(result) as { status?: unknown } | null;
  return r && typeof r.status === 'string' ? r.status : null;
}
