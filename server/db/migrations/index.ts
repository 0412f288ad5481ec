// The ordered migrations (names sort in order). One concern per file; migrations never import
// application code. Owners add one line each.
import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts_audit_jobs';
import * as m0002 from './0002_agencies';
import * as m0003 from './0003_requests';
import * as m0004 from './0004_correspondence';
import * as m0005 from './0005_records';
import * as m0006 from './0006_requests_brief_deadlines';
import * as m0007 from './0007_requests_list_indexes';
import * as m0008 from './0008_message_reads';
import * as m0009 from './0009_request_justifications';
import * as m0010 from './0010_job_progress';
import * as m0011 from './0011_request_list_items';
import * as m0012 from './0012_search_reindex_kept';

export const migrations: Record<string, Migration> = {
  '0001_accounts_audit_jobs': m0001,
  '0002_agencies': m0002,
  '0003_requests': m0003,
  '0004_correspondence': m0004,
  '0005_records': m0005,
  '0006_requests_brief_deadlines': m0006,
  '0007_requests_list_indexes': m0007,
  '0008_message_reads': m0008,
  '0009_request_justifications': m0009,
  '0010_job_progress': m0010,
  '0011_request_list_items': m0011,
  '0012_search_reindex_kept': m0012,
};
