// Long work people start (agency import, re-ingest, export) runs as jobs they watch: a job may
// belong to an organisation and a person, carry its progress (JSON: done, total, phase, message,
// errors) and fan out into child jobs whose completion is its progress
// (docs/decisions/0410-job-progress.md). Existing jobs keep nulls: they belong to no one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('organisation_id', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('created_by', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('parent_id', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('progress', 'text').execute();
  // An organisation's recent jobs, newest first (ids sort by time); a parent's children.
  await db.schema.createIndex('jobs_organisation_id').on('jobs').columns(['organisation_id', 'id']).execute();
  await db.schema.createIndex('jobs_parent_id').on('jobs').column('parent_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('jobs_parent_id').execute();
  await db.schema.dropIndex('jobs_organisation_id').execute();
  for (const c of ['progress', 'parent_id', 'created_by', 'organisation_id']) await db.schema.alterTable('jobs').dropColumn(c).execute();
}
