// The sentences of explanations and warnings, one catalogue per language (en.ts, es.ts), as typed
// functions: the engine passes facts (day texts, counts, citations, the rule file's own words) and
// the catalogue words them. Facts are never translated: citations, statute and holiday names, ISO
// dates and the rule files' recorded text go through unchanged (Spanish quotes that text «…»).
import type { ClosureDay, DeadlineKind } from '../../contract';

export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** Which count a "Counted N days" line describes. */
export type CountLabel = '' | 'remaining' | 'more';
/** A question to the requester that may stop (toll) the clock. */
export type QuestionKind = 'clarification' | 'fee';
/** Events of the response clock named inside sentences. */
export type ClockEvent = 'clarification-requested' | 'fee-notice' | 'extension-notice';
/** What resumed a stopped clock. */
export type ResumeCause = 'clarification-answered' | 'fees-resolved' | 'determination-while-stopped';
/** Why a rule fell back to a default (joined into one "DEFAULT" line). */
export type DefaultReason = 'toll-unknown-clarification' | 'toll-unknown-fee' | 'late-extension-validity-unknown';

/** How a calendar-day count ends. */
export type CalendarEnd = { kind: 'working' } | { kind: 'no-roll' } | { kind: 'rolled'; to: string; skipped: string };

export interface RuleText {
  days: number;
  business: boolean;
  citation: string;
  source: string | undefined;
  note: string | undefined;
  isDefault: boolean;
  defaultReason: string | undefined;
  verified: boolean;
}

export interface Messages {
  readonly language: Language;
  /** A day as explanations show it: weekday + ISO date ("Fri 2025-06-13"). */
  day(day: number): string;
  /** Full weekday name, for weekend days in structured steps. */
  weekdayName(day: number): string;
  /** Name given to a day skipped because the clock was stopped. */
  tolledDayName(q: QuestionKind | 'determination'): string;

  // Counting (explain.ts)
  closureEntry(day: string, name: string, kind: ClosureDay['kind']): string;
  skipped(weekend: number, closures: string[], notSkipped: string[]): string;
  countedWorking(n: number, label: CountLabel, first: string, end: string, skipped: string): string;
  countedCalendar(n: number, label: CountLabel, day0: string, rawEnd: string, end: CalendarEnd): string;
  dayZero(day0: string, what: string, notWorking: { closureName: string | null; first: string } | null): string;
  rule(kind: DeadlineKind, r: RuleText): string;
  due(due: string, overdueFrom: string): string;
  noFixedPeriod(kind: DeadlineKind, words: string, citation: string, source: string | undefined): string;
  unknownPeriod(kind: DeadlineKind, citation: string, note: string | undefined, source: string | undefined): string;

  // What day 0 is
  day0Received(clockStartWords: string): string;
  day0Expedited(): string;
  day0AdverseDetermination(countedFrom: string): string;
  day0AppealReceived(): string;
  calendarNotVerified(id: string, source: string): string;

  // The response clock (response-clock.ts)
  afterDetermination(day: string, ev: ClockEvent, determined: string): string;
  questionTollUnknown(day: string, q: QuestionKind, source: string | undefined, citation: string): string;
  questionNoTolling(day: string, q: QuestionKind, citation: string): string;
  secondQuestion(day: string, q: QuestionKind, citation: string): string;
  secondQuestionWarning(day: string, q: QuestionKind, citation: string): string;
  questionWhileStopped(day: string, q: QuestionKind): string;
  questionAfterDeadline(day: string, q: QuestionKind, due: string): string;
  questionStops(day: string, q: QuestionKind, citation: string, remaining: number, business: boolean): string;
  answerNotTolled(day: string, q: QuestionKind): string;
  answerStillStopped(day: string, q: QuestionKind): string;
  resumed(day: string, cause: ResumeCause, from: string, to: string, tolled: number, business: boolean): string;
  extensionNone(day: string, citation: string): string;
  extensionNoneWarning(day: string, citation: string): string;
  extensionLengthUnknown(day: string, source: string | undefined, citation: string): string;
  extensionFurther(day: string, repeatable: false | 'unknown', citation: string): string;
  extensionFurtherWarning(day: string, repeatable: false | 'unknown', citation: string): string;
  extensionLate(day: string, due: string, citation: string): string;
  extensionLateWarning(day: string, due: string): string;
  extensionWhileStopped(day: string, days: number, business: boolean, citation: string): string;
  extensionOnTime(day: string, noticeWords: string, citation: string, counted: string): string;
  determinedOnTime(day: string, due: string): string;
  determinedLate(day: string, late: number, business: boolean, due: string): string;
  stoppedNoDue(since: string, remaining: number, business: boolean): string;
  defaultUsed(reasons: DefaultReason[]): string;

  // One request (compute.ts, period-deadline.ts)
  appliesOnly(lawName: string, note: string, received: string): string;
  noDate(why: string, source: string | undefined): string;
  noExpeditedPeriod(): string;
  noAdministrativeAppeal(route: string, courtRoute: string): string;
  defaultBecause(noAgencyGiven: boolean, reason: string | undefined): string;
  agencyInherits(id: string, name: string, parent: string | null): string;
  agencyNoRule(id: string, name: string): string;
  appealExistenceUnknown(route: string): string;
  appealFiledLate(received: string, closed: string): string;
  appealDecidedOn(day: string): string;

  // May sue (may-sue.ts)
  maySueAfterAppealDecision(decided: string, route: string, citation: string): string;
  appealDecisionPeriodUnknown(): string;
  noAppealDecisionBy(due: string): string;
  noDeterminationBy(due: string): string;
  maySueAfterMissedAppeal(what: string, from: string, citation: string): string;
  maySueAfterMissedResponse(what: string, from: string, citation: string): string;
  suitRightUnknown(what: string, source: string | undefined, route: string): string;
  maySueNoDate(noFixedPeriod: string | undefined, route: string, citation: string, source: string | undefined): string;
  oglesbyWarning(determined: string, due: string): string;
  oglesbyLine(determined: string): string;
  determinedLateNote(determined: string): string;
  suitBeforeLateDetermination(suit: string, determined: string): string;

  // Dated versions of a law (law/jurisdictions/versions.ts)
  versionApplied(chosenId: string, chosenLawName: string, requestedId: string, received: string, covers: string): string;
}
