// The kinds of long work people start and watch (job names; `?kind=` on GET /api/v1/jobs).
export const WATCHED_KINDS = ['agencies.import', 'records.reingest', 'requests.export'] as const;
export type WatchedKind = (typeof WATCHED_KINDS)[number];
