// The law engine's reading of a timeline: deadline set, status today, and the cache columns the
// lists and dashboard filter on. Pure (no I/O): the same timeline and day give the same answer.
import {
  computeDeadlines, computeDeadlinesMany, ENGINE_VERSION, getFederalAgency, LawInputError, requestStatus,
  type DeadlineSet, type LegalEvent,
} from '../../../law/index';
import { getJurisdiction, versionForLanguage, type Language } from '../../../law/index';
import { isLegalKind } from './kinds';

/**
 * The cache key stored in `derived_engine_version`: the engine's version plus the layout of what
 * this file caches (bump the suffix when the cached columns or their meaning change, and every
 * row is re-read by the refresh sweep, and on display by list pages).
 */
export const DERIVED_VERSION = `${ENGINE_VERSION}+cache.2`;

export interface TimelineEvent {
  kind: string;
  date: string;
  seq: number;
}

export interface RequestFacts {
  jurisdiction: string;
  agency_id: string | null;
}

/** Statuses beyond the engine's: not yet filed, withdrawn, or not computable (shown as such). */
export type DerivedStatus = string;

export interface Derived {
  status: DerivedStatus;
  open: boolean;
  received: string | null;
  overdue_working_days: number;
  set: DeadlineSet | null;
  /** Why the engine could not read the timeline, when it could not. */
  error: { code: string; message: string } | null;
  columns: {
    derived_status: string;
    derived_open: number;
    derived_response_due: string | null;
    derived_may_sue_on: string | null;
    derived_appeal_filing_due: string | null;
    derived_appeal_decision_due: string | null;
    derived_engine_version: string;
    derived_as_of: string;
    derived_overdue_days: number;
  };
  /** What list pages send as the deadlines (request_deadline_cache), explained and brief. */
  cached: { deadlines: string; deadlines_brief: string };
}

/** How a reading is worded: explanation/warning language, and the counted days as data (detail views). */
export interface DeriveOptions {
  language?: Language;
  steps?: boolean;
}

/** The one warning the server words itself (the engine words all others), per language. */
const NO_AGENCY_RULES: Record<Language, (agency: string) => string> = {
  en: (a) => `The law engine has no agency-specific rules for '${a}'; the federal defaults apply.`,
  es: (a) => `El motor de plazos no tiene reglas propias de la agencia '${a}'; se aplican las reglas federales supletorias.`,
};

/** Engine agency id: only federal agencies the engine knows have agency-specific rules. */
export function engineAgency(facts: RequestFacts, language: Language = 'en'): { agency: string | null; warning: string | null } {
  if (!facts.agency_id) return { agency: null, warning: null };
  let family: string | undefined;
  try {
    family = getJurisdiction(facts.jurisdiction).family;
  } catch {
    return { agency: null, warning: null };
  }
  if (family !== 'us-federal') return { agency: null, warning: null };
  if (getFederalAgency(facts.agency_id)) return { agency: facts.agency_id, warning: null };
  return { agency: null, warning: NO_AGENCY_RULES[language](facts.agency_id) };
}

export function sortTimeline<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
}

/** The engine's input: received = the latest `received` event, else the `filed` date. */
export function engineInput(facts: RequestFacts, events: readonly TimelineEvent[]): { received: string | null; legal: LegalEvent[] } {
  const sorted = sortTimeline(events);
  let filed: string | null = null;
  let received: string | null = null;
  for (const e of sorted) {
    if (e.kind === 'filed' && filed === null) filed = e.date;
    if (e.kind === 'received') received = e.date;
  }
  const legal = sorted.filter((e) => isLegalKind(e.kind)).map((e) => ({ kind: e.kind, date: e.date }) as LegalEvent);
  return { received: received ?? filed, legal };
}

/**
 * Throws LawInputError when the timeline cannot be read (strict: used when events are added, so a
 * bad event is refused). `deriveLenient` records the error instead (used when refreshing).
 */
export function deriveStrict(facts: RequestFacts, events: readonly TimelineEvent[], today: string, explain = true, options: DeriveOptions = {}): Derived {
  const language = options.language ?? 'en';
  const { received, legal } = engineInput(facts, events);
  const withdrawn = events.some((e) => e.kind === 'withdrawn');
  if (received === null) return build(withdrawn ? 'withdrawn' : 'draft', !withdrawn, null, 0, null, null, today);
  const { agency, warning } = engineAgency(facts, language);
  // A law with dated versions (mx-2015 / mx): the received date picks the rule file, and says so.
  const version = versionForLanguage(facts.jurisdiction, received, language);
  // English without steps passes no options, so the cached (CONTRACTS.md) JSON stays as it was.
  const engineOptions = language !== 'en' || options.steps ? { options: { language, ...(options.steps && explain ? { steps: true } : {}) } } : {};
  const input = { jurisdiction: version.id, agency, received, events: legal, ...engineOptions };
  // Without explanation lines the engine is several times faster (dashboards need dates only).
  const set = explain ? computeDeadlines(input) : computeDeadlinesMany([input])[0];
  if (version.reason) {
    set.warnings.unshift(version.reason);
    if (explain) for (const d of set.deadlines) d.explanation.unshift(version.reason);
  }
  if (warning) set.warnings.push(warning);
  if (withdrawn) return build('withdrawn', false, received, 0, set, null, today);
  const st = requestStatus(set, legal, today);
  return build(st.status, st.status !== 'closed', received, st.overdueWorkingDays, set, null, today);
}

export function deriveLenient(facts: RequestFacts, events: readonly TimelineEvent[], today: string, explain = true, options: DeriveOptions = {}): Derived {
  try {
    return deriveStrict(facts, events, today, explain, options);
  } catch (e) {
    if (!(e instanceof LawInputError)) throw e;
    const { received } = engineInput(facts, events);
    return build('unknown', true, received, 0, null, { code: e.code, message: e.message }, today);
  }
}

function build(status: string, open: boolean, received: string | null, overdue: number, set: DeadlineSet | null, error: Derived['error'], today: string): Derived {
  const due = (k: string) => set?.deadlines.find((d) => d.kind === k)?.due ?? null;
  return {
    status, open, received, overdue_working_days: overdue, set, error,
    columns: {
      derived_status: status,
      derived_open: open ? 1 : 0,
      derived_response_due: due('response'),
      derived_may_sue_on: due('may-sue'),
      derived_appeal_filing_due: due('appeal-filing'),
      derived_appeal_decision_due: due('appeal-decision'),
      derived_engine_version: DERIVED_VERSION,
      derived_as_of: today,
      derived_overdue_days: overdue,
    },
    // The list shows the deadlines as stored (spliced into the response without re-parsing).
    cached: {
      deadlines: error ? JSON.stringify({ error }) : JSON.stringify(set?.deadlines ?? []),
      deadlines_brief: error ? '[]' : JSON.stringify((set?.deadlines ?? []).map(({ explanation: _e, ...brief }) => brief)),
    },
  };
}
