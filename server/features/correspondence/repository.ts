// All SQL about correspondence: messages, attachments, suggestions, IMAP UIDs and settings.
// The outbox has its own file (outbox-repository.ts).
import type { Executor } from '../../db/database';
import type {
  CorrespondenceSettingsTable,
  ImapUidsTable,
  MessageAttachmentsTable,
  MessagesTable,
  SuggestedEventsTable,
  SuggestionStatus,
} from './tables';

/** A message row without its raw bytes (which only processing and the raw download read). */
export type MessageRow = Omit<MessagesTable, 'raw'>;
const MESSAGE_COLUMNS = [
  'id', 'organisation_id', 'request_id', 'source', 'status', 'raw_sha256', 'raw_size', 'content_hash', 'message_id', 'envelope_from',
  'envelope_to', 'from_address', 'from_name', 'subject', 'sent_at', 'received_at', 'kind', 'match_method', 'match_detail', 'summary',
  'problems', 'created_at', 'updated_at',
] as const satisfies readonly (keyof MessageRow)[];

/** Inserts a message unless one with the same content hash or Message-ID exists; returns the row id. */
export async function insertMessageOnce(db: Executor, row: MessagesTable): Promise<{ id: string; duplicate: boolean }> {
  await db.insertInto('messages').values(row).onConflict((oc) => oc.doNothing()).execute();
  const existing = await db.selectFrom('messages').select('id')
    .where((eb) => eb.or([
      eb('content_hash', '=', row.content_hash),
      ...(row.message_id ? [eb('message_id', '=', row.message_id)] : []),
    ]))
    .orderBy('created_at').limit(1)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: existing.id !== row.id };
}

export async function findMessage(db: Executor, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').select(MESSAGE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The raw bytes still held in the row (null once processing moved them to the blob store). */
export async function messageRawInRow(db: Executor, id: string): Promise<Buffer | null> {
  const r = await db.selectFrom('messages').select('raw').where('id', '=', id).executeTakeFirst();
  return r?.raw ? Buffer.from(r.raw) : null;
}

export async function updateMessage(db: Executor, id: string, set: Partial<MessagesTable>): Promise<void> {
  await db.updateTable('messages').set(set).where('id', '=', id).execute();
}

export interface MessageFilter {
  requestId?: string;
  /** The holding pen: unmatched messages of these organisations (null included when `includeUnowned`). */
  unmatched?: { organisationId: string | null; includeUnowned: boolean };
  before?: string;
  limit: number;
}

export async function listMessages(db: Executor, f: MessageFilter): Promise<MessageRow[]> {
  let q = db.selectFrom('messages').select(MESSAGE_COLUMNS);
  if (f.requestId) q = q.where('request_id', '=', f.requestId);
  if (f.unmatched) {
    const u = f.unmatched;
    q = q.where('request_id', 'is', null).where((eb) => {
      const ors = [];
      if (u.organisationId) ors.push(eb('organisation_id', '=', u.organisationId));
      if (u.includeUnowned) ors.push(eb('organisation_id', 'is', null));
      return ors.length ? eb.or(ors) : eb.val(false);
    });
  }
  if (f.before) q = q.where('id', '<', f.before);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}

export async function insertAttachment(db: Executor, row: MessageAttachmentsTable): Promise<void> {
  await db.insertInto('message_attachments').values(row).onConflict((oc) => oc.doNothing()).execute();
}

export async function attachmentsOf(db: Executor, messageIds: string[]): Promise<MessageAttachmentsTable[]> {
  if (messageIds.length === 0) return [];
  return db.selectFrom('message_attachments').selectAll().where('message_id', 'in', messageIds).orderBy('created_at').execute();
}

export async function setAttachmentDocument(db: Executor, id: string, documentId: string): Promise<void> {
  await db.updateTable('message_attachments').set({ document_id: documentId }).where('id', '=', id).execute();
}

/** The request and organisation of a request id, when it exists. */
export async function requestRef(db: Executor, id: string): Promise<{ id: string; organisation_id: string } | undefined> {
  return db.selectFrom('requests').select(['id', 'organisation_id']).where('id', '=', id).executeTakeFirst();
}

/** Requests whose agency tracking number is `value` (compared case-insensitively), optionally in one organisation. */
export async function requestsByTrackingNumber(db: Executor, values: string[], organisationId: string | null): Promise<{ id: string; organisation_id: string; tracking_number: string | null }[]> {
  if (values.length === 0) return [];
  let q = db.selectFrom('requests').select(['id', 'organisation_id', 'tracking_number'])
    .where((eb) => eb(eb.fn('upper', ['tracking_number']), 'in', values.map((v) => v.toUpperCase())));
  if (organisationId) q = q.where('organisation_id', '=', organisationId);
  return q.limit(5).execute();
}

/** Requests that sent (outbox) or received (messages) mail with one of these Message-IDs. */
export async function requestsByThread(db: Executor, messageIds: string[]): Promise<{ request_id: string; via: string }[]> {
  if (messageIds.length === 0) return [];
  const withBrackets = messageIds.map((m) => `<${m}>`);
  const sent = await db.selectFrom('outbox').select('request_id').where('message_id', 'in', withBrackets).execute();
  const received = await db.selectFrom('messages').select('request_id')
    .where('message_id', 'in', messageIds).where('request_id', 'is not', null).execute();
  return [
    ...sent.map((r) => ({ request_id: r.request_id, via: 'a message we sent' })),
    ...received.map((r) => ({ request_id: r.request_id!, via: 'an earlier message on the request' })),
  ];
}

export async function insertSuggestion(db: Executor, row: SuggestedEventsTable): Promise<void> {
  await db.insertInto('suggested_events').values(row).execute();
}

export async function suggestionsOf(db: Executor, filter: { messageIds?: string[]; requestId?: string; status?: SuggestionStatus }): Promise<SuggestedEventsTable[]> {
  let q = db.selectFrom('suggested_events').selectAll();
  if (filter.messageIds) {
    if (filter.messageIds.length === 0) return [];
    q = q.where('message_row_id', 'in', filter.messageIds);
  }
  if (filter.requestId) q = q.where('request_id', '=', filter.requestId);
  if (filter.status) q = q.where('status', '=', filter.status);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function findSuggestion(db: Executor, id: string): Promise<SuggestedEventsTable | undefined> {
  return db.selectFrom('suggested_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateSuggestion(db: Executor, id: string, set: Partial<SuggestedEventsTable>): Promise<number> {
  const r = await db.updateTable('suggested_events').set(set).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function setSuggestionsRequest(db: Executor, messageRowId: string, requestId: string): Promise<void> {
  await db.updateTable('suggested_events').set({ request_id: requestId }).where('message_row_id', '=', messageRowId).execute();
}

export async function uidConsumed(db: Executor, mailbox: string, uidValidity: string, uid: number): Promise<boolean> {
  const r = await db.selectFrom('imap_uids').select('uid').where('mailbox', '=', mailbox).where('uid_validity', '=', uidValidity).where('uid', '=', uid).executeTakeFirst();
  return !!r;
}

export async function recordUid(db: Executor, row: ImapUidsTable): Promise<void> {
  await db.insertInto('imap_uids').values(row).onConflict((oc) => oc.doNothing()).execute();
}

export async function highestUid(db: Executor, mailbox: string, uidValidity: string): Promise<number> {
  const r = await db.selectFrom('imap_uids').select((eb) => eb.fn.max('uid').as('m')).where('mailbox', '=', mailbox).where('uid_validity', '=', uidValidity).executeTakeFirst();
  return Number(r?.m ?? 0);
}

export const DEFAULT_SETTINGS: Omit<CorrespondenceSettingsTable, 'organisation_id' | 'updated_at'> = {
  follow_up_first_days: 0,
  follow_up_every_days: 30,
  follow_up_max: 6,
  follow_up_auto_send: 0,
};

export async function settingsOf(db: Executor, organisationId: string): Promise<Omit<CorrespondenceSettingsTable, 'updated_at'>> {
  const r = await db.selectFrom('correspondence_settings').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
  return r ?? { organisation_id: organisationId, ...DEFAULT_SETTINGS };
}

export async function saveSettings(db: Executor, row: CorrespondenceSettingsTable): Promise<void> {
  await db.insertInto('correspondence_settings').values(row)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({
      follow_up_first_days: row.follow_up_first_days,
      follow_up_every_days: row.follow_up_every_days,
      follow_up_max: row.follow_up_max,
      follow_up_auto_send: row.follow_up_auto_send,
      updated_at: row.updated_at,
    }))
    .execute();
}

/** Open requests whose response deadline has passed and that have no determination yet. */
export async function requestsPastDue(db: Executor, today: string, limit: number, afterId = ''): Promise<{ id: string; organisation_id: string; derived_response_due: string }[]> {
  const rows = await db.selectFrom('requests').select(['id', 'organisation_id', 'derived_response_due'])
    .where('derived_open', '=', 1)
    .where('derived_response_due', 'is not', null)
    .where('derived_response_due', '<=', today)
    .where('derived_status', 'in', ['awaiting-response', 'overdue', 'may-sue'])
    .where('id', '>', afterId)
    .orderBy('id').limit(limit).execute();
  return rows as { id: string; organisation_id: string; derived_response_due: string }[];
}

/** The last day a reply (not a bounce or automatic reply) matched to the request arrived. */
export async function lastReplyOn(db: Executor, requestId: string): Promise<string | null> {
  const r = await db.selectFrom('messages').select((eb) => eb.fn.max('received_at').as('m'))
    .where('request_id', '=', requestId).where('kind', '=', 'reply').executeTakeFirst();
  return r?.m ? String(r.m).slice(0, 10) : null;
}

/** Locks a message row for the rest of the transaction (PostgreSQL; SQLite's write lock does it). */
export async function lockMessage(db: Executor, id: string, postgres: boolean): Promise<void> {
  if (postgres) await db.selectFrom('messages').select('id').where('id', '=', id).forUpdate().execute();
}

/** Messages stored but still unread some time after they came in (their job may be stuck). */
export async function staleReceivedMessages(db: Executor, receivedBefore: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('messages').select('id').where('status', '=', 'received').where('received_at', '<', receivedBefore).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}
