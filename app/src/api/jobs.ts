// Long work the server runs as jobs (agency import, re-ingest, export): start it, then poll
// GET /api/v1/jobs/:id until it is finished (server/features/jobs/).
import { useQuery } from '@tanstack/react-query';
import { get, post, uploadWithProgress } from './client';
import { useSession } from '../session/useSession';

export type JobKind = 'agencies.import' | 'records.reingest' | 'requests.export';
export type JobStatus = 'queued' | 'running' | 'done' | 'skipped' | 'failed';

export interface Job {
  id: string;
  kind: JobKind | string;
  status: JobStatus;
  created_at: string;
  updated_at: string;
  progress: { done: number; total: number | null; phase: string; message: string | null } | null;
  errors: { item: string; message: string }[];
  error_count: number;
  outcomes: Record<string, number> | null;
  error: string | null;
  result: Record<string, unknown> | null;
  download: { url: string; filename: string; size: number; content_type: string; expires_at: string; restricted: boolean } | null;
}

export interface JobStarted { job: Job; location: string }

export const FINISHED: ReadonlySet<JobStatus> = new Set(['done', 'skipped', 'failed']);

/** How often a running job is asked about (ms). */
export const POLL_MS = 1000;

/** The job, asked about every POLL_MS until it is done, skipped or failed. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['job', id],
    queryFn: ({ signal }) => get<Job>(`/api/v1/jobs/${encodeURIComponent(id!)}`, signal),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data && FINISHED.has(q.state.data.status) ? false : POLL_MS),
  });
}

/** The organisation's latest job of a kind (to show work still running after a page change). */
export function useLatestJob(kind: JobKind, enabled = true) {
  return useQuery({
    queryKey: ['jobs', kind],
    queryFn: ({ signal }) => get<{ items: Job[] }>(`/api/v1/jobs?kind=${kind}&limit=1`, signal),
    enabled,
    select: (r) => r.items[0] ?? null,
  });
}

export interface ExportSelection {
  request_id?: string;
  filter?: { status?: string[]; overdue?: boolean; agency?: string; jurisdiction?: string; tag?: string; q?: string };
}

export const startExport = (selection: ExportSelection) => post<JobStarted>('/api/v1/exports', selection);
export const startReingest = (requestId?: string) => post<JobStarted>('/api/v1/documents/reprocess', requestId ? { request_id: requestId } : {});

/** POST a CSV to the agency import: a dry run answers with the report, a real one with a job. */
export function postAgencyCsv<T>(csv: string, params: string): Promise<T> {
  return uploadWithProgress<T>(`/api/v1/agencies/import?${params}`, new Blob([csv], { type: 'text/csv' }), () => {});
}

/** Owners and editors of the organisation acted in start work; viewers watch (server: jobs/authorize.ts). */
export function useMayStartWork(): boolean {
  const s = useSession();
  const role = s.organisations.find((o) => o.id === s.current_organisation_id)?.role;
  return role === 'owner' || role === 'editor';
}
