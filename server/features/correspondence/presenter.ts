// Rows -> API shapes. The list item keeps the CONTRACTS.md fields (id, request_id, from, subject,
// received_at, kind, attachments) and adds more; HTML is only ever presented sanitised.
import type { Executor } from '../../db/database';
import { sanitizeHtml } from '../../mail/sanitize';
import { attachmentsOf, suggestionsOf, type MessageRow } from './repository';
import type { MailboxRow, OpenSuggestionRow } from './inbox-repository';
import type { MessageAttachmentsTable, OutboxTable, SuggestedEventsTable } from './tables';

export function presentAttachment(a: MessageAttachmentsTable) {
  return { id: a.id, filename: a.filename, content_type: a.content_type, size: Number(a.size), sha256: a.sha256, inline: !!a.inline, archive: !!a.archive, document_id: a.document_id };
}

export function presentSuggestion(s: SuggestedEventsTable) {
  return {
    id: s.id, message_id: s.message_row_id, request_id: s.request_id, kind: s.kind, date: s.date, sentence: s.sentence, phrase: s.phrase,
    data: JSON.parse(s.data) as Record<string, unknown>, status: s.status, event_id: s.event_id, decided_by: s.decided_by, decided_at: s.decided_at,
  };
}

export function presentMessageItem(m: MessageRow, attachments: MessageAttachmentsTable[], suggestions: SuggestedEventsTable[]) {
  return {
    id: m.id,
    request_id: m.request_id,
    from: m.from_address,
    from_name: m.from_name,
    subject: m.subject,
    received_at: m.received_at,
    sent_at: m.sent_at,
    kind: m.kind,
    status: m.status,
    source: m.source,
    match_method: m.match_method,
    match_detail: m.match_detail,
    problems: JSON.parse(m.problems) as string[],
    attachments: attachments.map(presentAttachment),
    suggestions: suggestions.map(presentSuggestion),
  };
}

export async function presentMessages(db: Executor, rows: MessageRow[]) {
  const ids = rows.map((r) => r.id);
  const atts = await attachmentsOf(db, ids);
  const sugs = await suggestionsOf(db, { messageIds: ids });
  return rows.map((m) => presentMessageItem(m, atts.filter((a) => a.message_id === m.id), sugs.filter((s) => s.message_row_id === m.id)));
}

/** Read state for the reader's organisation; null when the reader keeps none (anonymous, no organisation). */
export function presentReadState(mark: { read_by: string | null; read_at: string | null } | null | undefined, known: boolean) {
  if (!known) return { unread: null, read_by: null, read_at: null };
  return { unread: !mark?.read_at, read_by: mark?.read_by ?? null, read_at: mark?.read_at ?? null };
}

/** The mailbox ("all mail"): each message with its request's title and the organisation's read state. */
export async function presentMailbox(db: Executor, rows: MailboxRow[]) {
  const items = await presentMessages(db, rows);
  return items.map((m, i) => ({ ...m, request_title: rows[i].request_title, ...presentReadState(rows[i], true) }));
}

/** A suggested event on the organisation's list: the suggestion plus what a person needs to decide. */
export function presentOpenSuggestion(s: OpenSuggestionRow, canDecide: boolean) {
  return {
    ...presentSuggestion(s),
    request_title: s.request_title, agency_id: s.agency_id,
    message: { id: s.message_row_id, subject: s.message_subject, from: s.message_from },
    can_decide: canDecide, created_at: s.created_at,
  };
}

/** One message in full: text, sanitised HTML, classification, what was extracted. */
export async function presentMessageDetail(db: Executor, m: MessageRow) {
  const [item] = await presentMessages(db, [m]);
  const summary = JSON.parse(m.summary) as Record<string, unknown>;
  const rawHtml = typeof summary.html === 'string' ? summary.html : null;
  const clean = rawHtml ? sanitizeHtml(rawHtml) : null;
  return {
    ...item,
    message_id: (summary.message_id as string | null) ?? null,
    to: summary.to ?? [],
    cc: summary.cc ?? [],
    text: (summary.text as string | undefined) ?? '',
    html: clean?.html ?? null,
    remote_images_removed: clean?.remoteImagesRemoved ?? 0,
    classification: summary.classification ?? null,
    language: summary.language ?? null,
    tracking_numbers: summary.tracking_numbers ?? [],
    dates: summary.dates ?? [],
    raw: { sha256: m.raw_sha256, size: Number(m.raw_size), url: `/api/v1/messages/${m.id}/raw` },
    envelope: { from: m.envelope_from, to: JSON.parse(m.envelope_to) as string[] },
  };
}

export function presentOutbox(o: OutboxTable) {
  return {
    id: o.id, request_id: o.request_id, letter_kind: o.letter_kind, message_id: o.message_id, from: o.from_address,
    to: JSON.parse(o.to_addresses) as string[], subject: o.subject, text: o.text,
    attachments: (JSON.parse(o.attachments) as { filename: string; sha256: string; size: number; content_type: string }[]),
    status: o.status, attempts: Number(o.attempts), last_error: o.last_error, created_by: o.created_by,
    created_at: o.created_at, sent_at: o.sent_at,
  };
}
