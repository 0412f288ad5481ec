// Requests and their append-only event timelines. The derived_* columns cache the law engine's
// reading (see features/requests/tables.ts); indexes serve the list filters and the dashboard.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('requester_name', 'text')
    .addColumn('requester_email', 'text')
    .addColumn('fee_waiver', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expedited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('private', 'organisation', 'public')`))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tracking_number', 'text')
    .addColumn('filed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('derived_status', 'text', (c) => c.notNull())
    .addColumn('derived_open', 'integer', (c) => c.notNull())
    .addColumn('derived_response_due', 'text')
    .addColumn('derived_may_sue_on', 'text')
    .addColumn('derived_appeal_filing_due', 'text')
    .addColumn('derived_appeal_decision_due', 'text')
    .addColumn('derived_deadlines', 'text', (c) => c.notNull())
    .addColumn('derived_engine_version', 'text', (c) => c.notNull())
    .addColumn('derived_as_of', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requests_org_id').on('requests').columns(['organisation_id', 'id']).execute();
  await db.schema.createIndex('requests_public_id').on('requests').columns(['visibility', 'id']).execute();
  await db.schema.createIndex('requests_org_agency').on('requests').columns(['organisation_id', 'agency_id', 'id']).execute();
  await db.schema.createIndex('requests_org_status').on('requests').columns(['organisation_id', 'derived_status', 'id']).execute();
  await db.schema.createIndex('requests_org_response_due').on('requests').columns(['organisation_id', 'derived_open', 'derived_response_due']).execute();
  await db.schema.createIndex('requests_org_may_sue').on('requests').columns(['organisation_id', 'derived_open', 'derived_may_sue_on']).execute();
  await db.schema.createIndex('requests_org_appeal_due').on('requests').columns(['organisation_id', 'derived_appeal_filing_due']).execute();
  await db.schema.createIndex('requests_stale').on('requests').columns(['derived_as_of']).execute();

  await db.schema.createTable('request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('request_events_request_seq', ['request_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_events').execute();
  await db.schema.dropTable('requests').execute();
}
