// The vocabulary of a request's timeline. The legal kinds are the law engine's own (they move the
// deadlines); the others record what happened without moving a clock. Nothing is guessed: a
// release of records does not close the request until someone records the determination.
import type { LegalEventKind } from '../../../law/contract';

export const LEGAL_EVENT_KINDS = [
  'unusual-circumstances', 'clarification-requested', 'clarification-answered', 'fee-notice', 'fee-resolved',
  'expedited-requested', 'adverse-determination', 'appeal-received', 'appeal-decided', 'determination', 'suit-filed',
] as const satisfies readonly LegalEventKind[];

export const RECORD_EVENT_KINDS = [
  /** The request was sent; its date is when the agency received it unless `received` says otherwise. */
  'filed',
  /** The agency's receipt date, when it differs from the filing date (starts the clock). */
  'received',
  /** The agency acknowledged the request (data.tracking_number when it gave one). */
  'acknowledged',
  /** Records were released (data.pages). */
  'released',
  /** The requester withdrew the request: it is closed. */
  'withdrawn',
  /** A message was sent or received (the mail feature records these). */
  'message-sent',
  'message-received',
  /** Anything else worth keeping on the record. */
  'note',
] as const;

export const EVENT_KINDS = [...RECORD_EVENT_KINDS, ...LEGAL_EVENT_KINDS] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const legal = new Set<string>(LEGAL_EVENT_KINDS);
export function isLegalKind(kind: string): kind is LegalEventKind {
  return legal.has(kind);
}
