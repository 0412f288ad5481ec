// The whole database as Kysely sees it: each feature declares its own tables in its `tables.ts`.
import type { AccountsTables } from '../features/accounts/tables';
import type { AuditTables } from '../features/audit/tables';
import type { RequestsTables } from '../features/requests/tables';
import type { JobsTables } from '../jobs/tables';
import type { AgenciesTables } from '../features/agencies/tables';
import type { CorrespondenceTables } from '../features/correspondence/tables';
import type { RecordsTables } from '../features/records/tables';

export interface Database
  extends AccountsTables, AuditTables, RequestsTables, JobsTables, AgenciesTables, CorrespondenceTables, RecordsTables {}
