// The public shape of the law engine, fixed first so that the server, the CLI and the web app can
// be built against it while the engine grows. CONTRACTS.md ("law deadlines") is the JSON form of
// DeadlineSet. Keep this file free of logic.

/** A calendar date in the agency's jurisdiction, `YYYY-MM-DD`. Times of day are never used. */
export type IsoDate = string;

/** Events the engine understands. The first nine are the fixed CLI vocabulary (CONTRACTS.md). */
export type LegalEventKind =
  | 'unusual-circumstances'
  | 'clarification-requested'
  | 'clarification-answered'
  | 'fee-notice'
  | 'fee-resolved'
  | 'expedited-requested'
  | 'adverse-determination'
  | 'appeal-received'
  | 'appeal-decided'
  // Beyond the CLI vocabulary: a determination that is not adverse (full grant, records released
  // in full) stops the response clock; a suit ends the administrative stage (Oglesby check).
  | 'determination'
  | 'suit-filed';

export interface LegalEvent {
  kind: LegalEventKind;
  date: IsoDate;
}

export type DeadlineKind = 'response' | 'expedited-decision' | 'appeal-filing' | 'appeal-decision' | 'may-sue';

export interface Deadline {
  kind: DeadlineKind;
  /** null when the law sets no number of days or the number is not known; `explanation` says which. */
  due: IsoDate | null;
  citation: string;
  /** One line per step a person can check: days counted, days skipped by name, tolled spans, rule used. */
  explanation: string[];
  /** false when any rule behind this deadline rests on an unconfirmed source or is a default. */
  verified: boolean;
  /** 'law': computed from a stated rule; 'default': a fallback (e.g. the 90-day federal appeal
   *  floor), labelled with the reason; 'unknown': the law's number is not known, `due` is null. */
  basis: 'law' | 'default' | 'unknown';
  /** Where a person checks the rule (first source URL). */
  source?: string;
  /** The counts behind the explanation as data (a calendar view): only with `options.steps` on an
   *  explained call. One entry per count or tolled span, in the order the explanation gives them. */
  steps?: DeadlineStep[];
}

/** Why a day inside a count was not counted. */
export type SkipReason = 'weekend' | 'holiday' | 'closure' | 'tolled';

/** One count of days: after `from` (day 0, not counted) up to and including `to`. */
export interface DeadlineStep {
  /** 'working': working days counted; 'calendar': every day counted (skipped = the roll-forward
   *  days); 'tolled': the clock was stopped (counted is 0, skipped lists the span). */
  kind: 'working' | 'calendar' | 'tolled';
  from: IsoDate;
  to: IsoDate;
  counted: number;
  /** Days in (from, to] not counted, with the calendar's name (holidays keep their source language)
   *  or a weekday / tolling label in the requested language. */
  skipped: { date: IsoDate; name: string; why: SkipReason }[];
}

export interface DeadlineSet {
  jurisdiction: string;
  agency: string | null;
  received: IsoDate;
  deadlines: Deadline[];
  /** Timeline warnings (Oglesby, notice after deadline, unverified rules...). */
  warnings: string[];
  /** Bumped whenever a rule or calendar changes, so cached results can be recomputed. */
  engine_version: string;
}

export interface DeadlineOptions {
  /** Skip executive-order closure days too (CONVENTIONS.md 8). Off by default. */
  skipExecutiveClosures?: boolean;
  /** Extra closure days of an organisation (imported iCalendar/CSV), as ISO dates with names. */
  extraClosures?: { date: IsoDate; name: string }[];
  /** Language of explanation lines and warnings (default 'en'). Facts (citations, statute and
   *  holiday names, ISO dates, the rule files' recorded words) are not translated. */
  language?: 'en' | 'es';
  /** Add `steps` (counted and skipped days as data) to each deadline of an explained call. */
  steps?: boolean;
}

export interface DeadlineInput {
  jurisdiction: string;
  agency?: string | null;
  received: IsoDate;
  events: LegalEvent[];
  options?: DeadlineOptions;
}

export interface JurisdictionSummary {
  id: string;
  name: string;
  verified: boolean;
  calendar: string;
  country: string;
  family: 'us-federal' | 'us-state' | 'international';
  language: 'en' | 'es' | 'pt' | 'fr';
  citation: string;
  sources: string[];
  confidence: 'high' | 'medium' | 'low';
}

/** A weekday on which a calendar's offices are closed (weekends are never listed). */
export interface ClosureDay {
  date: IsoDate;
  name: string;
  /** 'holiday': a legal/public holiday; 'executive-closure': closed by order, not a legal holiday
   *  (off by default, CONVENTIONS.md 8); 'custom': imported by an organisation. */
  kind: 'holiday' | 'executive-closure' | 'custom';
}

/** Errors for bad input carry a stable code and a message a person can act on. */
export class LawInputError extends Error {
  constructor(
    public readonly code:
      | 'unknown-jurisdiction'
      | 'unknown-agency'
      | 'unknown-calendar'
      | 'invalid-date'
      | 'invalid-event'
      | 'event-before-receipt'
      | 'events-out-of-order'
      | 'year-out-of-range'
      | 'invalid-calendar-file'
      | 'invalid-option',
    message: string,
  ) {
    super(message);
    this.name = 'LawInputError';
  }
}
