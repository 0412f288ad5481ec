// The shape every working-day calendar has, and the per-year cache they share.
import { LawInputError, type ClosureDay } from '../contract';

/** A closure day with where it comes from (executive orders, overrides). Extra fields are allowed
 *  on ClosureDay consumers, so this is still a ClosureDay. */
export interface CalendarClosure extends ClosureDay {
  /** Legal basis or document of this closure, when it differs from the calendar's `source`. */
  source?: string;
}

export interface CalendarDefinition {
  /** Calendar id; equal to the jurisdiction id that uses it (`us-federal`, `us-ny`, `mx`, `gb`). */
  id: string;
  name: string;
  /** What the calendar is based on (statute, official list), in words with URLs. */
  source: string;
  /** true only when at least one year was checked against an official list (see README.md). */
  verified: boolean;
  /** Weekdays of `year` on which offices are closed (observed dates), sorted; never weekends. */
  closures(year: number): ClosureDay[];
}

/** Years every calendar answers for: EO 11582 (1971) is the oldest rule we model. */
export const MIN_YEAR = 1971;
export const MAX_YEAR = 2199;

export function checkYear(calendarId: string, year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new LawInputError(
      'year-out-of-range',
      `calendar '${calendarId}' covers the years ${MIN_YEAR}-${MAX_YEAR}; got ${String(year)}`,
    );
  }
}

/** Wraps a year function with a range check and a per-year cache of frozen results (the engine
 *  builds its day index from these, so they must not be mutated by a caller). */
export function cachedByYear(
  calendarId: string,
  compute: (year: number) => CalendarClosure[],
): (year: number) => ClosureDay[] {
  const cache = new Map<number, ClosureDay[]>();
  return (year: number) => {
    checkYear(calendarId, year);
    let days = cache.get(year);
    if (!days) {
      days = compute(year)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((d) => Object.freeze(d));
      Object.freeze(days);
      cache.set(year, days);
    }
    return days;
  };
}
