// Builds a calendar from the date-holidays library plus our own corrections. The library is a base,
// not an authority (CONVENTIONS.md 9): it files some observed days as 'bank' or 'observance', and it
// applies federal weekend rules to states that do not use them. So each calendar says which library
// types are closure days, which weekend rule applies, and what to drop or add (with the reason).
import Holidays from 'date-holidays';
import type { IsoDate } from '../contract';
import { cachedByYear, type CalendarClosure, type CalendarDefinition } from './definition';
import { addDays, isWeekend, SAT, SUN, weekdayOf } from './dates';

/** How a holiday falling on a weekend is observed. */
export type WeekendRule =
  /** keep the library's own substitute days (it encodes the local rule); 'bank' substitutes count too */
  | 'library'
  /** Saturday -> the Friday before, Sunday -> the Monday after (US federal style) */
  | 'sat-fri-sun-mon'
  /** Sunday -> the Monday after; a Saturday holiday is not moved */
  | 'sun-mon'
  /** Saturday or Sunday -> the next weekday that is not already a holiday (Canada, UK style) */
  | 'next-weekday'
  /** a weekend holiday is not moved to a weekday */
  | 'none';

type LibraryType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

export interface AddedHoliday {
  name: string;
  /** The holiday's own date(s) in `year` (a list for multi-day closures), or null when none that year. */
  on(year: number): IsoDate | IsoDate[] | null;
  /** Why we add it (law and source). */
  reason: string;
  /** Weekend rule for this holiday when it differs from the calendar's (or from `addedWeekend`). */
  weekend?: Exclude<WeekendRule, 'library'>;
  /** 'executive-closure' for offices closed by order on a day that is not a legal holiday
   *  (CONVENTIONS.md 8: the engine skips these only when asked). Default 'holiday'. */
  kind?: 'holiday' | 'executive-closure';
}

export interface DroppedHoliday {
  /** Matches the library's holiday name (also its '(substitute day)' entries). */
  name: RegExp;
  reason: string;
  /** Drop only in the years for which this returns true (e.g. a holiday moved by a later law). */
  when?(year: number): boolean;
}

/** A year's full list of weekday closures as published by the government (used instead of rules for
 *  jurisdictions whose closures are designated year by year, e.g. by the governor). */
export interface OfficialYear {
  source: string;
  days: { date: IsoDate; name: string }[];
}

export interface LibraryCalendarSpec {
  id: string;
  name: string;
  source: string;
  verified: boolean;
  country: string;
  /** Library regions whose holidays are all closure days (union); omitted = the national list. */
  regions?: string[];
  /** Library types that are closure days here. */
  types: LibraryType[];
  weekend: WeekendRule;
  /** Weekend rules for single holidays that differ from the calendar's rule (not with 'library'). */
  weekendFor?: { name: RegExp; rule: Exclude<WeekendRule, 'library'> }[];
  drop?: DroppedHoliday[];
  add?: AddedHoliday[];
  /** Our rule applied to added holidays when `weekend` is 'library'. Default 'none'. */
  addedWeekend?: Exclude<WeekendRule, 'library'>;
  /** Years whose closures are taken verbatim from an official list (weekend dates dropped). */
  officialYears?: Record<number, OfficialYear>;
}

interface Candidate {
  date: IsoDate;
  name: string;
  rule: Exclude<WeekendRule, 'library'>;
  source?: string;
  kind?: 'holiday' | 'executive-closure';
}

function libraryInstances(spec: LibraryCalendarSpec): Holidays[] {
  // No `types` option: it would also hide the 'bank' substitute days we need to see.
  if (!spec.regions) return [new Holidays(spec.country)];
  return spec.regions.map((r) => new Holidays(spec.country, r));
}

/** Candidates of one library year: whole-day entries of the chosen types, before weekend rules. */
function fromLibrary(spec: LibraryCalendarSpec, libs: Holidays[], year: number): Candidate[] {
  const out: Candidate[] = [];
  const keepSubstitutes = spec.weekend === 'library';
  for (const lib of libs) {
    for (const h of lib.getHolidays(year)) {
      // A holiday starting after midnight (e.g. '2025-12-24 12:00:00') is a half day: offices open
      // in the morning, so it is a working day for counting.
      if (!h.date.endsWith('00:00:00')) continue;
      if (spec.drop?.some((d) => d.name.test(h.name) && (!d.when || d.when(year)))) continue;
      const wanted = (spec.types as string[]).includes(h.type);
      if (h.substitute) {
        // The library files the Friday of a Saturday Veterans Day as 'bank' (CONVENTIONS.md 9).
        if (keepSubstitutes && (wanted || h.type === 'bank')) out.push({ date: h.date.slice(0, 10), name: h.name, rule: 'none' });
        continue;
      }
      if (!wanted) continue;
      const rule = keepSubstitutes ? 'none' : (spec.weekendFor?.find((w) => w.name.test(h.name))?.rule ?? spec.weekend);
      out.push({ date: h.date.slice(0, 10), name: h.name, rule: rule as Exclude<WeekendRule, 'library'> });
    }
  }
  return out;
}

/** Applies weekend rules; returns weekday closures. Moved holidays never land on another holiday
 *  under 'next-weekday' (Christmas on Saturday and Boxing Day on Sunday -> Monday and Tuesday). */
function observe(cands: Candidate[]): CalendarClosure[] {
  const taken = new Map<IsoDate, CalendarClosure>();
  const put = (date: IsoDate, name: string, source?: string, kind: 'holiday' | 'executive-closure' = 'holiday') => {
    const prev = taken.get(date);
    if (prev) {
      if (!prev.name.split(' / ').includes(name)) prev.name = `${prev.name} / ${name}`;
      // A legal holiday on the same day as an executive closure makes the day a holiday.
      if (kind === 'holiday') prev.kind = 'holiday';
    } else taken.set(date, { date, name, kind, ...(source ? { source } : {}) });
  };
  for (const c of cands) if (!isWeekend(c.date)) put(c.date, c.name, c.source, c.kind);
  const weekendOnes = cands.filter((c) => isWeekend(c.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const c of weekendOnes) {
    const w = weekdayOf(c.date);
    if (c.rule === 'sat-fri-sun-mon') put(addDays(c.date, w === SAT ? -1 : 1), `${c.name} (observed)`, c.source, c.kind);
    else if (c.rule === 'sun-mon' && w === SUN) put(addDays(c.date, 1), `${c.name} (observed)`, c.source, c.kind);
    else if (c.rule === 'next-weekday') {
      let d = addDays(c.date, w === SAT ? 2 : 1);
      while (taken.has(d) || isWeekend(d)) d = addDays(d, 1);
      put(d, `${c.name} (observed)`, c.source, c.kind);
    }
  }
  return [...taken.values()];
}

export function libraryCalendar(spec: LibraryCalendarSpec): CalendarDefinition {
  let libs: Holidays[] | undefined;
  // The library is slow (milliseconds a year) and each year is read for three calendar years.
  const libraryYears = new Map<number, Candidate[]>();
  const libraryYear = (y: number): Candidate[] => {
    let c = libraryYears.get(y);
    if (!c) {
      libs ??= libraryInstances(spec);
      c = fromLibrary(spec, libs, y);
      libraryYears.set(y, c);
    }
    return c;
  };
  const compute = (year: number): CalendarClosure[] => {
    const official = spec.officialYears?.[year];
    if (official) {
      return official.days
        .filter((d) => !isWeekend(d.date))
        .map((d) => ({ date: d.date, name: d.name, kind: 'holiday' as const, source: official.source }));
    }
    const cands: Candidate[] = [];
    // Neighbouring years too: a holiday of January 1 can be observed on December 31 before.
    for (const y of [year - 1, year, year + 1]) {
      cands.push(...libraryYear(y).map((c) => ({ ...c })));
      for (const a of spec.add ?? []) {
        const on = a.on(y);
        if (!on) continue;
        const rule = a.weekend ?? (spec.weekend === 'library' ? (spec.addedWeekend ?? 'none') : spec.weekend);
        for (const date of Array.isArray(on) ? on : [on]) {
          cands.push({ date, name: a.name, rule, source: a.reason, ...(a.kind ? { kind: a.kind } : {}) });
        }
      }
    }
    // Observe the three years together so that moves across New Year are seen, then keep `year`.
    return observe(cands).filter((c) => Number(c.date.slice(0, 4)) === year);
  };
  return { id: spec.id, name: spec.name, source: spec.source, verified: spec.verified, closures: cachedByYear(spec.id, compute) };
}
