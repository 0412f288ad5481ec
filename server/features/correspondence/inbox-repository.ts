// SQL for an organisation's mailbox ("all mail") with its read state, the read marks themselves,
// and the suggested events waiting for a decision across the organisation (docs/decisions/0801).
import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database';
import type { Database } from '../../db/schema';
import { scopedTo, type Viewer } from '../requests/repository';
import type { MessageRow } from './repository';
import type { MessageReadsTable, SuggestedEventsTable } from './tables';

const MESSAGE_COLUMNS = [
  'messages.id', 'messages.organisation_id', 'messages.request_id', 'messages.source', 'messages.status', 'messages.raw_sha256',
  'messages.raw_size', 'messages.content_hash', 'messages.message_id', 'messages.envelope_from', 'messages.envelope_to',
  'messages.from_address', 'messages.from_name', 'messages.subject', 'messages.sent_at', 'messages.received_at', 'messages.kind',
  'messages.match_method', 'messages.match_detail', 'messages.summary', 'messages.problems', 'messages.created_at', 'messages.updated_at',
] as const;

export interface MailboxScope {
  viewer: Viewer;
  /** The organisation whose mailbox this is (and whose read marks count). */
  organisationId: string;
  /** Unmatched mail that came in with no organisation (owners: docs/decisions/0603). */
  includeUnowned: boolean;
}

export interface MailboxFilter extends MailboxScope {
  unread?: boolean;
  kind?: string;
  /** true: only mail matched to a request; false: only the holding pen. */
  matched?: boolean;
  before?: string;
  limit: number;
}

export type MailboxRow = MessageRow & { request_title: string | null; read_by: string | null; read_at: string | null };

/** Mail the viewer may see in one organisation: matched mail of requests they can read there, and its holding pen. */
function inMailbox(s: MailboxScope, matched?: boolean) {
  return (eb: ExpressionBuilder<Database, 'messages' | 'requests'>) => {
    const onRequest = eb.and([eb('messages.request_id', 'is not', null), scopedTo(s.viewer, s.organisationId)(eb as never)]);
    const pens = [eb('messages.organisation_id', '=', s.organisationId)];
    if (s.includeUnowned) pens.push(eb('messages.organisation_id', 'is', null));
    const inPen = eb.and([eb('messages.request_id', 'is', null), eb.or(pens)]);
    if (matched === true) return onRequest;
    if (matched === false) return inPen;
    return eb.or([onRequest, inPen]);
  };
}

export async function listMailbox(db: Executor, f: MailboxFilter): Promise<MailboxRow[]> {
  let q = db.selectFrom('messages')
    .leftJoin('requests', 'requests.id', 'messages.request_id')
    .leftJoin('message_reads', (j) => j.onRef('message_reads.message_id', '=', 'messages.id').on('message_reads.organisation_id', '=', f.organisationId))
    .select(MESSAGE_COLUMNS)
    .select(['requests.title as request_title', 'message_reads.read_by', 'message_reads.read_at'])
    .where(inMailbox(f, f.matched));
  if (f.unread === true) q = q.where('message_reads.message_id', 'is', null);
  if (f.unread === false) q = q.where('message_reads.message_id', 'is not', null);
  if (f.kind) q = q.where('messages.kind', '=', f.kind);
  if (f.before) q = q.where('messages.id', '<', f.before);
  return (await q.orderBy('messages.id', 'desc').limit(f.limit).execute()) as MailboxRow[];
}

export async function readMarksOf(db: Executor, organisationId: string, messageIds: string[]): Promise<MessageReadsTable[]> {
  if (messageIds.length === 0) return [];
  return db.selectFrom('message_reads').selectAll().where('organisation_id', '=', organisationId).where('message_id', 'in', messageIds).execute();
}

/** Marks a message read for an organisation; returns false when it already was. */
export async function insertReadMark(db: Executor, row: MessageReadsTable): Promise<boolean> {
  const r = await db.insertInto('message_reads').values(row).onConflict((oc) => oc.columns(['message_id', 'organisation_id']).doNothing())
    .returning('message_id').execute();
  return r.length > 0;
}

/** Removes an organisation's read mark; returns false when there was none. */
export async function deleteReadMark(db: Executor, messageId: string, organisationId: string): Promise<boolean> {
  const r = await db.deleteFrom('message_reads').where('message_id', '=', messageId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export type OpenSuggestionRow = SuggestedEventsTable & {
  request_title: string;
  agency_id: string | null;
  message_subject: string | null;
  message_from: string | null;
};

/** Suggestions still open on requests the viewer may read in the organisation, newest first. */
export async function listOpenSuggestions(db: Executor, s: { viewer: Viewer; organisationId: string; before?: string; limit: number }): Promise<OpenSuggestionRow[]> {
  let q = db.selectFrom('suggested_events')
    .innerJoin('requests', 'requests.id', 'suggested_events.request_id')
    .innerJoin('messages', 'messages.id', 'suggested_events.message_row_id')
    .selectAll('suggested_events')
    .select(['requests.title as request_title', 'requests.agency_id', 'messages.subject as message_subject', 'messages.from_address as message_from'])
    .where('suggested_events.status', '=', 'open')
    .where((eb) => scopedTo(s.viewer, s.organisationId)(eb as never));
  if (s.before) q = q.where('suggested_events.id', '<', s.before);
  return (await q.orderBy('suggested_events.id', 'desc').limit(s.limit).execute()) as OpenSuggestionRow[];
}
