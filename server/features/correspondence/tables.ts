// Correspondence: inbound messages (raw kept for replay: in the row, or in the blob store when large), their attachments,
// the outbound outbox, IMAP UIDs already consumed, suggested events awaiting a person's decision,
// and each organisation's follow-up schedule. Migration: db/migrations/0004_correspondence.ts.

export type MessageSource = 'smtp' | 'imap' | 'upload' | 'cli';
export type MessageStatus = 'received' | 'processed';
/** How a message was tied to its request (null: in the holding pen). */
export type MatchMethod = 'envelope' | 'header' | 'envelope-tolerant' | 'header-tolerant' | 'tracking-number' | 'thread' | 'manual';

export interface MessagesTable {
  id: string;
  /** The organisation of its request; null for unmatched mail that came in over SMTP/IMAP. */
  organisation_id: string | null;
  /** null = holding pen. */
  request_id: string | null;
  source: MessageSource;
  status: MessageStatus;
  /** SHA-256 of the raw message: its blob-store key when it is moved there. */
  raw_sha256: string;
  raw_size: number;
  /** The raw bytes as accepted; null once processing moved a large message (> 256 KB) to the blob store. */
  raw: Buffer | null;
  /** SHA-256 of the raw bytes: dedup key (unique). */
  content_hash: string;
  /** Message-ID without angle brackets, lower-cased: dedup key (unique when present). */
  message_id: string | null;
  envelope_from: string | null;
  /** JSON array of SMTP RCPT TO addresses (what the sending server delivered to). */
  envelope_to: string;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  /** The Date header (ISO), when readable. */
  sent_at: string | null;
  received_at: string;
  /** reply | bounce | auto-reply; null until parsed. */
  kind: string | null;
  match_method: MatchMethod | null;
  /** In words: which address/number/header matched, and any typo corrected. */
  match_detail: string | null;
  /** JSON: parsed summary + understanding (no attachment bytes). */
  summary: string;
  /** JSON array of sentences: what could not be read. */
  problems: string;
  created_at: string;
  updated_at: string;
}

export interface MessageAttachmentsTable {
  id: string;
  message_id: string;
  filename: string | null;
  content_type: string;
  size: number;
  sha256: string;
  inline: number;
  archive: number;
  /** The records pipeline's document id, once handed over. */
  document_id: string | null;
  created_at: string;
}

export type OutboxStatus = 'draft' | 'queued' | 'sending' | 'sent' | 'failed' | 'held';

export interface OutboxTable {
  id: string;
  organisation_id: string;
  request_id: string;
  /** initial-request | follow-up | appeal | intent-to-sue | thank-you */
  letter_kind: string;
  /** RFC 5322 Message-ID (with brackets): delivery is idempotent by it. */
  message_id: string;
  from_address: string;
  /** JSON array of addresses. */
  to_addresses: string;
  subject: string;
  text: string;
  /** JSON array of {filename, sha256, content_type, size}: blobs to attach (e.g. the PDF letter). */
  attachments: string;
  /** draft: waiting for a person; queued/sending: for the worker; held: no SMTP configured. */
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  /** One row per (request, step) for sweeps: e.g. `follow-up:2` (unique with request_id). */
  dedup_key: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export interface ImapUidsTable {
  /** account + folder, e.g. `foia@example.org@imap.example.org/INBOX`. */
  mailbox: string;
  uid_validity: string;
  uid: number;
  message_row_id: string | null;
  created_at: string;
}

export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

export interface SuggestedEventsTable {
  id: string;
  message_row_id: string;
  request_id: string | null;
  /** A timeline event kind (features/requests/kinds.ts). */
  kind: string;
  /** The date proposed for the event (a date in the sentence, else the day the mail came). */
  date: string;
  sentence: string;
  phrase: string;
  /** JSON: extra data for the event (e.g. tracking_number). */
  data: string;
  status: SuggestionStatus;
  event_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface CorrespondenceSettingsTable {
  organisation_id: string;
  /** Days after the response deadline for the first follow-up (0 = on the deadline). */
  follow_up_first_days: number;
  /** Days between later follow-ups. */
  follow_up_every_days: number;
  /** Most follow-ups per request (0 = none). */
  follow_up_max: number;
  /** 1: send follow-ups; 0: leave them as drafts for a person. */
  follow_up_auto_send: number;
  updated_at: string;
}

/** Who in an organisation first opened a received message (migration 0008; decision 0801). */
export interface MessageReadsTable {
  message_id: string;
  organisation_id: string;
  /** The audit label of the reader (`user:<id>`). */
  read_by: string;
  read_at: string;
}

export interface CorrespondenceTables {
  messages: MessagesTable;
  message_attachments: MessageAttachmentsTable;
  outbox: OutboxTable;
  imap_uids: ImapUidsTable;
  suggested_events: SuggestedEventsTable;
  correspondence_settings: CorrespondenceSettingsTable;
  message_reads: MessageReadsTable;
}
