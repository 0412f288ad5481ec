// Every job handler and sweep the worker runs. Features add one line each (mail: outbox,
// follow-ups; records: ingestion; core: deadline status refresh).
import type { RegisteredJob, Sweep } from './define';
import { refreshStatusJob, refreshStatusSweep } from '../features/requests/refresh-status-job';
import { expireSessionsSweep } from '../features/accounts/expire-sessions';
import { mailJobHandlers, mailSweeps } from '../mail/handlers';
import { recordsJobHandlers, recordsSweeps } from '../features/records/jobs';
import { reingestDocumentsHandler } from '../features/records/reingest-job';
import { importAgenciesHandler } from '../features/agencies/import/import-job';
import { exportRequestsHandler } from '../features/export/export-job';

export const jobHandlers: RegisteredJob[] = [
  refreshStatusJob,
  ...mailJobHandlers,
  ...recordsJobHandlers,
  reingestDocumentsHandler,
  importAgenciesHandler,
  exportRequestsHandler,
];

export const sweeps: Sweep[] = [
  refreshStatusSweep,
  expireSessionsSweep,
  ...mailSweeps,
  ...recordsSweeps,
];
