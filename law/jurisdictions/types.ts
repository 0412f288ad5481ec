// The structured rule file of one jurisdiction. Every fact carries its citation and whether it is
// confirmed. A `?` in the reference CSVs is written as `null` (unknown) together with `source`
// saying where to check it: the engine then answers `due: null, basis: 'unknown'` with
// "not known — check <source>", never a guessed number (CONVENTIONS.md 18, README "Product rule").
// Keep this file free of logic: the engine (law/engine/) reads it, the calendars engineer writes
// the state and country files against it.

import type { IsoDate } from '../contract';

/** Whether a period counts working days (weekends and the calendar's closures skipped) or all days. */
export type DayKind = 'business' | 'calendar';

/** A yes/no fact that may not be known (a `?` in the source). */
export type Tri = true | false | 'unknown';

/** What every rule (and every field group) says about where it comes from. */
export interface RuleFacts {
  /** Statute/regulation section, e.g. "5 U.S.C. § 552(a)(6)(A)(i)". Empty string when none is known. */
  citation: string;
  /** Where a person checks this rule (URL, or a named document). Defaults to the jurisdiction's first source. */
  source?: string;
  /** false when this rule rests on an unconfirmed or secondary source, a `?`, or a policy choice of ours. */
  verified: boolean;
  /** Anything a reader should know (e.g. "day kind inferred", "UNVERIFIED amendment"). */
  note?: string;
}

/**
 * A number of days. Exactly one of three shapes:
 * - known: `days` a number and `dayKind` set;
 * - unknown: `days: null` (a `?`), or `dayKind: null` when the number is known but the day kind is
 *   not (e.g. Honduras "10 days", kind `?`): the engine then does not compute a date;
 * - no fixed period: `noFixedPeriod` holds the law's words ("'promptly'"), `days: null`.
 */
export interface PeriodRule extends RuleFacts {
  days: number | null;
  dayKind: DayKind | null;
  /** The law's words when it sets no number of days ('promptly', 'reasonable time'). */
  noFixedPeriod?: string;
  /** Calendar-day periods that end on a non-working day roll forward to the next working day
   *  (CONVENTIONS.md 5) unless this is false because the rule says otherwise. Default true. */
  rollForward?: boolean;
  /** 'default' when this is a fallback (e.g. the 90-calendar-day federal appeal floor), with the reason. */
  basis?: 'law' | 'default';
  defaultReason?: string;
}

export interface ClockStartRule extends RuleFacts {
  /** In words: what starts the clock (e.g. "receipt by the appropriate component"). */
  words: string;
}

export interface ExtensionRule extends RuleFacts {
  /** Whether the law allows an extension at all. */
  available: Tri;
  /** Length of one extension; null when unknown (or not available). */
  days: number | null;
  dayKind: DayKind | null;
  /** When the notice must be given for the extension to work. 'before-deadline': notice given after
   *  the deadline extends nothing (CONVENTIONS.md 13). */
  notice: 'before-deadline' | 'none-required' | 'unknown';
  /** The notice requirement in words ("written notice stating the unusual circumstances..."). */
  noticeWords: string;
  /** Whether a further notice adds another period (Alabama: 15-business-day increments). */
  repeatable: Tri;
}

/** How often a kind of tolling can stop the clock. */
export type TollingLimit = 'once' | 'unlimited' | 'none' | 'unknown';

export interface TollingRule extends RuleFacts {
  /** Waiting for the requester's answer to a clarification (C < d <= D not counted). */
  clarification: TollingLimit;
  /** Waiting for the requester on fees. */
  fee: TollingLimit;
  /** Other tolling the law provides, in words. */
  other?: string;
}

export interface AppealRule extends RuleFacts {
  /** The route in words ("appeal to the agency's FOIA appeals officer", "recurso de revisión ..."). */
  route: string;
  /** true: there is an administrative appeal; false: sources say there is none
   *  ('none (no administrative appeal)'); 'unknown': none seen but not confirmed. */
  exists: Tri;
  /** Whether the requester must appeal before going to court (exhaustion); 'unknown' when not known. */
  requiredBeforeCourt: Tri;
  /** Time to file the appeal, counted from `filingCountedFrom`. `days: null` when unknown. */
  filingWindow: PeriodRule;
  /** What day 0 of the filing window is, in words ("the date of the adverse determination"). */
  filingCountedFrom: string;
  /** Time for the appeal body to decide, counted from receipt of the appeal. */
  decisionPeriod: PeriodRule;
}

export interface CourtRule extends RuleFacts {
  /** The court route in words. */
  route: string;
  /** Whether a missed deadline lets the requester go to court (constructive exhaustion or deemed
   *  denial). The `may-sue` deadline is only computed when this is true. */
  suitOnMissedDeadline: Tri;
  /** Whether a determination made late but before suit forces an appeal first (Oglesby, D.C. Cir.). */
  lateDeterminationRequiresAppeal?: Tri;
}

/** A per-agency override inside one jurisdiction (federal: DHS 90 working days to appeal...). */
export interface AgencyOverride {
  /** Lowercase agency id (a parent department; its components inherit, see law/agencies.ts). */
  agency: string;
  appealFilingWindow?: PeriodRule;
  /** What day 0 of that window is, in words. */
  appealFilingCountedFrom?: string;
}

export interface JurisdictionRules {
  /** `us-federal`, `us-` + postal code (`us-ny`), or ISO alpha-2 (`mx`, `gb`), `mx-2015`. */
  id: string;
  name: string;
  /** ISO 3166 alpha-2, upper case ('US', 'MX', 'GB'). */
  country: string;
  family: 'us-federal' | 'us-state' | 'international';
  language: 'en' | 'es' | 'pt' | 'fr';
  /** Calendar id (law/calendars). Usually the jurisdiction id. */
  calendar: string;
  /** The law's name ("Freedom of Information Act"). */
  lawName: string;
  /** The main citation of the law. */
  citation: string;
  /** Public sources, main first. */
  sources: string[];
  confidence: 'high' | 'medium' | 'low';
  /** false when any rule of this jurisdiction rests on an unconfirmed source. */
  verified: boolean;
  /**
   * When this file is one dated version of a jurisdiction's law: that jurisdiction's id, the one
   * agencies are filed under (`mx-2015` and `mx` are both versions of `mx`). The received date
   * picks the version through `appliesTo` (law/jurisdictions/versions.ts).
   */
  versionOf?: string;
  /** Requests received in this window only (e.g. mx-2015 for requests before 2025-03-21). */
  appliesTo?: { receivedFrom?: IsoDate; receivedBefore?: IsoDate; note: string };

  clockStart: ClockStartRule;
  response: PeriodRule;
  extension: ExtensionRule;
  tolling: TollingRule;
  /** Decision on a request for expedited processing; absent when the law has none. */
  expedited?: PeriodRule;
  appeal: AppealRule;
  court: CourtRule;
  agencyOverrides?: AgencyOverride[];
  /** Where the rules come from in our reference data (e.g. "shared/reference/law/us-states.csv, row NY"). */
  referenceRow: string;
}
