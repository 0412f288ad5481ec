// Every job handler and sweep the worker runs. Features add one line each (mail: outbox,
// follow-ups; records: ingestion; core: deadline status refresh).
import type { RegisteredJob, Sweep } from './define';
import { refreshStatusJob, refreshStatusSweep } from '../features/requests/refresh-status-job';
import { mailJobHandlers, mailSweeps } from '../mail/handlers';

export const jobHandlers: RegisteredJob[] = [
  refreshStatusJob,
  ...mailJobHandlers,
];

export const sweeps: Sweep[] = [
  refreshStatusSweep,
  ...mailSweeps,
];
