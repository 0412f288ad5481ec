// Shapes of the public API as the app reads them (CONTRACTS.md "HTTP", law/contract.ts). Fields
// the API may not send yet are optional: the UI shows their absence plainly instead of guessing.
import type { Deadline } from '../../../law/contract';
export type { Deadline, DeadlineKind } from '../../../law/contract';

export interface Organisation { id: string; name: string; role: string }
export interface User { id: string; email: string; name?: string }
export interface Session {
  user: User;
  organisations: Organisation[];
  current_organisation_id: string | null;
  csrf_token: string;
}

export interface SetupState { needed: boolean }

export interface AgencyRef { id: string; name: string }

export interface RequestSummary {
  id: string;
  title: string;
  status: string;
  jurisdiction: string;
  agency: AgencyRef | null;
  filed_on: string | null;
  deadlines: Deadline[];
  overdue_working_days?: number | null;
  tracking_number?: string | null;
  engine_error?: { code: string; message: string };
}

export interface TimelineEvent {
  id: string;
  kind: string;
  date: string;
  note?: string | null;
  source?: string | null;
  /** 'suggested' events were read out of mail and wait for a person to confirm them. */
  status?: 'confirmed' | 'suggested' | string;
  seq?: number;
  actor?: string;
  recorded_at?: string;
  data?: Record<string, unknown>;
}

export interface Attachment { id?: string; filename: string; document_id?: string | null; size?: number; content_type?: string }

export interface Communication {
  id: string;
  direction?: 'in' | 'out' | string;
  kind?: string;
  from?: string;
  from_name?: string | null;
  to?: string;
  subject?: string;
  received_at?: string;
  sent_at?: string | null;
  /** Plain text only; HTML bodies from outside are never rendered as HTML by the app. */
  text?: string | null;
  attachments?: Attachment[];
  read?: boolean;
  status?: string;
}

export interface DocumentSummary {
  id: string;
  filename: string;
  sha256: string;
  pages: number | null;
  status: 'processing' | 'ready' | 'failed' | string;
  error?: string | null;
  request_id?: string | null;
  /** On the organisation-wide list (GET /api/v1/documents). */
  request_title?: string | null;
}

export interface RequestDetail extends RequestSummary {
  text?: string;
  received_on?: string | null;
  tracking_number?: string | null;
  engine_error?: { code: string; message: string };
  can_write?: boolean;
  events: TimelineEvent[];
  communications: Communication[];
  documents: DocumentSummary[];
  reply_address?: string;
  warnings?: string[];
  /** Letters the API can draft for this request right now (e.g. follow-up, appeal, notice). */
  letters?: { kind: string; url?: string }[];
  fee_waiver?: boolean;
  expedited?: boolean;
  /** The requester's reasons, quoted in the letter (null: none given). */
  fee_waiver_reason?: string | null;
  expedited_reason?: string | null;
}

/** One row of the dashboard (server/features/requests/agenda.ts), or of a mail-side list. */
export interface DashboardItem {
  id: string;
  title: string;
  status?: string;
  jurisdiction?: string;
  agency?: AgencyRef | null;
  deadline?: { kind: string; due: string } | null;
  overdue_working_days?: number | null;
  request_id?: string;
  subject?: string;
  from?: string;
  event_kind?: string;
  date?: string | null;
}

/** GET /api/v1/dashboard. unread_replies and suggested_events arrive with the mail feature. */
export interface Dashboard {
  today?: string;
  until?: string;
  due: DashboardItem[];
  overdue: DashboardItem[];
  may_sue: DashboardItem[];
  appeal_windows_closing: DashboardItem[];
  unread_replies?: DashboardItem[];
  suggested_events?: DashboardItem[];
  counts?: { total: number; by_status: Record<string, number> };
}

export interface Jurisdiction {
  id: string; name: string; verified: boolean; country?: string; family?: string; language?: string; citation?: string;
}

export interface ContactPerson { name: string | null; phones: string[] }

/** server/features/agencies/contacts.ts: empty means "not in the source", never guessed. */
export interface AgencyContacts {
  office: string | null;
  emails: string[];
  phones: string[];
  fax: string | null;
  address: { lines: string[]; street: string | null; city: string | null; region: string | null; postal_code: string | null; country: string | null } | null;
  website: string | null;
  request_form: string | null;
  foia_officer: ContactPerson | null;
  public_liaison: ContactPerson | null;
  service_center: ContactPerson | null;
  other_contacts: (ContactPerson & { role: string })[];
  reading_rooms: { title: string; url: string }[];
  notes: string | null;
}

export interface Agency {
  id: string;
  name: string;
  abbreviation: string | null;
  jurisdiction: string;
  parent_id: string | null;
  example?: boolean;
  source?: string;
  source_date?: string;
}

export interface AgencyDetail extends Agency {
  description: string | null;
  contacts: AgencyContacts;
  /** FOIA.gov annual-report processing times by fiscal year and measure, in days ('less than 1' kept as text). */
  request_time_stats: Record<string, Record<string, number | string>> | null;
  parent: AgencyRef | null;
  components: Agency[];
  scorecard?: Scorecard | null;
}

/** GET /api/v1/agencies/:id/scorecard: figures over the filed requests to this agency the caller may read. */
export interface Scorecard {
  requests?: number;
  median_days_to_first_response?: number | null;
  /** How many requests the first-response median is taken over. */
  responded?: number;
  median_days_to_completion?: number | null;
  completed?: number;
  /** 0..1 over `with_deadline` requests; null when none has a deadline. */
  share_overdue?: number | null;
  overdue?: number;
  with_deadline?: number;
  exemptions?: Record<string, number> | { exemption: string; count: number; documents?: number }[];
  method?: string[];
  as_of?: string;
}

/** A date or fact read out of a reply, waiting for a person (status 'open'). */
export interface Suggestion {
  id: string;
  message_id: string;
  request_id: string | null;
  kind: string;
  date: string;
  sentence: string;
  phrase?: string;
  status: 'open' | 'accepted' | 'dismissed' | string;
  event_id?: string | null;
}

/** GET /api/v1/messages items (server/features/correspondence/presenter.ts). */
export interface Message {
  id: string;
  request_id: string | null;
  from: string;
  from_name?: string | null;
  subject: string;
  received_at: string;
  sent_at?: string | null;
  kind: 'reply' | 'bounce' | 'auto-reply' | string;
  status?: string;
  match_method?: string | null;
  problems?: string[];
  attachments: Attachment[];
  suggestions?: Suggestion[];
}

/** GET /api/v1/messages without a filter: the organisation's mail with its read state (per organisation). */
export interface MailboxItem extends Message {
  request_title: string | null;
  unread: boolean | null;
  read_by: string | null;
  read_at: string | null;
}

/** GET /api/v1/suggested-events: open suggestions across the organisation. */
export interface OpenSuggestion extends Suggestion {
  request_id: string;
  request_title: string;
  agency_id: string | null;
  message: { id: string; subject: string | null; from: string | null };
  can_decide: boolean;
}

/** GET /api/v1/messages/:id: the plain text is what the app shows (HTML is never rendered). */
export interface MessageDetail extends Message {
  text: string;
  to?: unknown[];
  tracking_numbers?: string[];
}

export interface OutboxItem {
  id: string;
  request_id: string;
  letter_kind: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; sha256: string; size: number; content_type: string }[];
  status: 'draft' | 'queued' | 'sending' | 'sent' | 'failed' | 'held' | string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** GET /api/v1/search: `snippet` is HTML-escaped text with <mark> around hits (split, never parsed). */
export interface SearchHit {
  document_id: string | null;
  request_id: string | null;
  page: number | null;
  snippet: string;
  kind?: 'page' | 'message' | 'request' | string;
  ref_id?: string | null;
  filename?: string;
}

export interface Page<T> { items: T[]; next_cursor?: string | null }

export interface Template { id: string; name: string; jurisdiction?: string; language?: string }
