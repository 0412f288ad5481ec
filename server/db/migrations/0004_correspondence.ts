// Correspondence: inbound messages, attachments, outbox, consumed IMAP UIDs, suggested events and
// the follow-up schedule per organisation (features/correspondence/tables.ts).
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
  await db.schema.createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('request_id', 'text', (c) => c.references('requests.id').onDelete('set null'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('smtp', 'imap', 'upload', 'cli')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('received', 'processed')`))
    .addColumn('raw_sha256', 'text', (c) => c.notNull())
    .addColumn('raw_size', 'integer', (c) => c.notNull())
    // The raw bytes as accepted (committed before the SMTP 250); a large message is moved to the
    // blob store (and this set to null) when it is processed.
    .addColumn('raw', bytes)
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('message_id', 'text', (c) => c.unique())
    .addColumn('envelope_from', 'text')
    .addColumn('envelope_to', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('subject', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('match_method', 'text')
    .addColumn('match_detail', 'text')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('messages_request').on('messages').columns(['request_id', 'received_at']).execute();
  await db.schema.createIndex('messages_unmatched').on('messages').columns(['organisation_id', 'request_id', 'received_at']).execute();
  await db.schema.createIndex('messages_status').on('messages').columns(['status']).execute();

  await db.schema.createTable('message_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('filename', 'text')
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('inline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('document_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('message_attachments_message_sha', ['message_id', 'sha256', 'filename'])
    .execute();

  await db.schema.createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('letter_kind', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('to_addresses', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'queued', 'sending', 'sent', 'failed', 'held')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('dedup_key', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('outbox_request_dedup', ['request_id', 'dedup_key'])
    .execute();
  await db.schema.createIndex('outbox_status').on('outbox').columns(['status', 'created_at']).execute();

  await db.schema.createTable('imap_uids')
    .addColumn('mailbox', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('uid', 'integer', (c) => c.notNull())
    .addColumn('message_row_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('imap_uids_pk', ['mailbox', 'uid_validity', 'uid'])
    .execute();

  await db.schema.createTable('suggested_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_row_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.references('requests.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'accepted', 'dismissed')`))
    .addColumn('event_id', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('suggested_events_request').on('suggested_events').columns(['request_id', 'status']).execute();
  await db.schema.createIndex('suggested_events_message').on('suggested_events').columns(['message_row_id']).execute();

  await db.schema.createTable('correspondence_settings')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('follow_up_first_days', 'integer', (c) => c.notNull())
    .addColumn('follow_up_every_days', 'integer', (c) => c.notNull())
    .addColumn('follow_up_max', 'integer', (c) => c.notNull())
    .addColumn('follow_up_auto_send', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['correspondence_settings', 'suggested_events', 'imap_uids', 'outbox', 'message_attachments', 'messages']) {
    await db.schema.dropTable(t).execute();
  }
}
