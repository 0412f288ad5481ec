// All SQL of watching jobs: one job, an organisation's recent jobs of a kind, and the children a
// job fanned out (counted by status, with the word each child's result gives as its outcome).
import type { Executor } from '../../db/database';
import type { JobsTable } from '../../jobs/tables';

export type JobRow = JobsTable;

export async function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listJobs(db: Executor, f: { organisationId: string; names: string[]; limit: number }): Promise<JobRow[]> {
  if (f.names.length === 0) return [];
  return db.selectFrom('jobs').selectAll()
    .where('organisation_id', '=', f.organisationId).where('parent_id', 'is', null).where('name', 'in', f.names)
    .orderBy('id', 'desc').limit(f.limit).execute();
}

export interface ChildRow {
  parent_id: string;
  status: JobsTable['status'];
  result: string | null;
  last_error: string | null;
  id: string;
}

export async function childrenOf(db: Executor, parentIds: string[]): Promise<ChildRow[]> {
  if (parentIds.length === 0) return [];
  const rows = await db.selectFrom('jobs').select(['id', 'parent_id', 'status', 'result', 'last_error'])
    .where('parent_id', 'in', parentIds).orderBy('id').execute();
  return rows as ChildRow[];
}
