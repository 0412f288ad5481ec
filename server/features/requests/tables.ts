// Requests and their append-only timelines. The timeline is the source of truth; the `derived_*`
// columns are a cache of what the law engine says about it (keyed by engine version and the day
// it was computed for), kept so lists, filters and the dashboard stay fast at 100,000 requests.
export type Visibility = 'private' | 'organisation' | 'public';

export interface RequestsTable {
  id: string;
  organisation_id: string;
  created_by: string | null;
  title: string;
  text: string;
  jurisdiction: string;
  agency_id: string | null;
  requester_name: string | null;
  requester_email: string | null;
  fee_waiver: number;
  expedited: number;
  /** The requester's reasons, quoted in the letter (null: none given). */
  fee_waiver_reason: string | null;
  expedited_reason: string | null;
  /** JSON array of strings. */
  tags: string;
  visibility: Visibility;
  notes: string;
  tracking_number: string | null;
  /** Date of the `filed` event (denormalised for sorting; the event is the source). */
  filed_on: string | null;
  created_at: string;
  updated_at: string;
  /** Lower-cased title + text + tracking number for the `q` filter. */
  search_text: string;
  // --- cache of the law engine's reading of the timeline ---
  derived_status: string;
  derived_open: number;
  derived_response_due: string | null;
  derived_may_sue_on: string | null;
  derived_appeal_filing_due: string | null;
  derived_appeal_decision_due: string | null;
  /** ENGINE_VERSION plus this cache's own layout version (derive.ts DERIVED_VERSION). */
  derived_engine_version: string;
  /** The day the status was computed for (status depends on today). */
  derived_as_of: string;
  /** Working days past the missed deadline on that day (0 unless overdue): the dashboard's order. */
  derived_overdue_days: number;
}

/**
 * The cached deadlines as list pages send them, beside (not in) the request row: kept out of the
 * row so filters and the dashboard read narrow rows (migration 0007, docs/decisions/0310).
 */
export interface RequestDeadlineCacheTable {
  request_id: string;
  /** JSON array of the deadlines (CONTRACTS.md shape, explained), or {"error": …} when unreadable. */
  deadlines: string;
  /** The same deadlines without explanation lines (lists with explain=false). */
  deadlines_brief: string;
  /**
   * The whole list item (CONTRACTS.md shape) with the explained / brief deadlines, rendered when the
   * request changes; null when something it shows changed since (triggers of migration 0011).
   */
  item: string | null;
  item_brief: string | null;
  /** The reading date and engine version the item was rendered for (lists re-read older ones). */
  item_as_of: string | null;
  item_version: string | null;
}

/** Requests per organisation, status and visibility, kept by triggers (migration 0007). */
export interface RequestStatusCountsTable {
  organisation_id: string;
  status: string;
  visibility: string;
  /** The creator of private requests ('' for the others): private ones count for their creator. */
  private_creator: string;
  n: number;
}

/** SQLite only: the `q` word index's content table (FTS5 `request_search_fts`, trigram). */
export interface RequestSearchTable {
  rowid: number;
  request_id: string;
  search_text: string;
}

export interface RequestEventsTable {
  id: string;
  request_id: string;
  /** 1, 2, 3… per request, in the order recorded. */
  seq: number;
  kind: string;
  /** The day it happened (YYYY-MM-DD), which is what the law counts from. */
  date: string;
  note: string;
  /** JSON object of kind-specific details (pages released, docket number…). */
  data: string;
  actor: string;
  source: string;
  created_at: string;
}

export interface RequestsTables {
  requests: RequestsTable;
  request_events: RequestEventsTable;
  request_status_counts: RequestStatusCountsTable;
  request_deadline_cache: RequestDeadlineCacheTable;
  request_search: RequestSearchTable;
}
