// The shape of a parsed message: what the rest of the system reads instead of raw MIME. Every
// field is either read from the message or null/empty; `problems` says in words what could not be
// read, so a broken message is shown with its note instead of being dropped.

export interface MailAddress {
  address: string;
  name: string;
}

export interface ParsedAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string;
  /** The decoded bytes. Not persisted in the parsed summary: they go to the blob store. */
  content: Buffer;
  contentId: string | null;
  inline: boolean;
  /** zip and other archives are recorded, not expanded here (the records pipeline does that). */
  archive: boolean;
  /** For message/rfc822 parts: the attached message's own summary (one level deep per part). */
  nested?: NestedMessageSummary;
}

export interface NestedMessageSummary {
  messageId: string | null;
  subject: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  date: string | null;
  problems: string[];
}

export interface ParsedMessage {
  /** Size of the raw message in bytes. */
  size: number;
  /** SHA-256 of the raw bytes (hex): the dedup key when Message-ID is missing or reused. */
  contentHash: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string | null;
  /** The Date header as ISO 8601, or null when absent or unreadable (see problems). */
  date: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  /** Delivered-To and X-Original-To header values, in order. */
  deliveredTo: string[];
  returnPath: string | null;
  /** Every header as lower-case name -> values (unfolded, raw but decoded words kept as is). */
  headers: Record<string, string[]>;
  contentType: string | null;
  /** report-type parameter of a multipart/report root, lower case. */
  reportType: string | null;
  text: string;
  /** Raw HTML from outside: never show it without sanitizeHtml (server/mail/sanitize.ts). */
  html: string | null;
  /** Raw text of message/delivery-status and message/feedback-report parts. */
  deliveryStatus: string | null;
  feedbackReport: string | null;
  attachments: ParsedAttachment[];
  /** What could not be read, in words a person understands. Empty when all was read. */
  problems: string[];
}

export interface ParseLimits {
  /** Largest message whose body is parsed (bytes). Larger ones get headers only. Default 50 MB. */
  maxMessageBytes: number;
  /** Largest HTML body converted to text (bytes). */
  maxHtmlBytes: number;
  /** Longest text kept in the summary (characters). */
  maxTextChars: number;
  /** Wall-clock limit for one parse (ms). */
  timeoutMs: number;
  /** How deep message/rfc822 attachments are summarised. */
  maxNestingDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxMessageBytes: 50 * 1024 * 1024,
  maxHtmlBytes: 2 * 1024 * 1024,
  maxTextChars: 1_000_000,
  timeoutMs: 20_000,
  maxNestingDepth: 3,
};
