// Query definitions shared between a scene and the start-up prefetch (kept out of the scene's
// lazy chunk so App can start the request before that chunk arrives).
import { get } from './client';
import type { Dashboard } from './types';

/** The API returns the first LIMIT rows of each dashboard list plus counts by status. */
export const DASHBOARD_LIMIT = 20;

export const dashboardQuery = {
  queryKey: ['dashboard'] as const,
  queryFn: () => get<Dashboard>(`/api/v1/dashboard?limit=${DASHBOARD_LIMIT}`),
};
