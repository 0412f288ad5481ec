// Read/unread state of received mail, per organisation (docs/decisions/0801-message-read-state.md):
// a reply is work for the team, so once one member has opened it, it is no longer "unread" for the
// others; who read it and when are kept. A side table (not a column on `messages`) leaves the
// inbound insert path untouched and lets another organisation (a public request's reader, or the
// owners looking at unowned mail) keep its own state.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('message_reads')
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('read_by', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_reads_pk', ['message_id', 'organisation_id'])
    .execute();
  // Suggested events of an organisation that wait for a decision (the dashboard's list).
  await db.schema.createIndex('suggested_events_status_request').on('suggested_events').columns(['status', 'request_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('suggested_events_status_request').execute();
  await db.schema.dropTable('message_reads').execute();
}
