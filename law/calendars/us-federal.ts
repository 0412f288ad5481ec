// US federal working-day calendar, hand-written from the statute (not date-holidays, which marks
// some observed days 'bank': CONVENTIONS.md 9). Facts: shared/reference/law/us-federal.md section 3.
//  - legal public holidays: 5 U.S.C. § 6103(a) (Juneteenth from 2021, Pub. L. 117-17);
//  - Saturday -> preceding Friday: 5 U.S.C. § 6103(b)(1); Sunday -> following Monday: EO 11582 § 3(a);
//  - Inauguration Day (§ 6103(c)) is local to the Washington area: not a closure day;
//  - an observed day belongs to the year it falls in (New Year's Day 2022 -> 2021-12-31).
// Executive-order closures (us-federal.md 3.3) are listed with kind 'executive-closure'.
import type { IsoDate } from '../contract';
import { cachedByYear, type CalendarClosure, type CalendarDefinition } from './definition';
import { addDays, isoOf, lastWeekday, MON, nthWeekday, SAT, SUN, THU, weekdayOf } from './dates';

const USC_6103 = 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section6103&num=0&edition=prelim';
const EO_11582 = 'Executive Order 11582 (1971-02-11) § 3(a)';

interface FederalHoliday {
  name: string;
  /** The holiday's own date in `year`, or null when the law did not provide it that year. */
  on(year: number): IsoDate | null;
}

const FEDERAL_HOLIDAYS: FederalHoliday[] = [
  { name: "New Year's Day", on: (y) => isoOf(y, 1, 1) },
  // Pub. L. 98-144 (1983), first observed 1986.
  { name: 'Birthday of Martin Luther King, Jr.', on: (y) => (y >= 1986 ? nthWeekday(y, 1, MON, 3) : null) },
  { name: "Washington's Birthday", on: (y) => nthWeekday(y, 2, MON, 3) },
  { name: 'Memorial Day', on: (y) => lastWeekday(y, 5, MON) },
  // Pub. L. 117-17, signed 2021-06-17: first observed Friday 2021-06-18.
  { name: 'Juneteenth National Independence Day', on: (y) => (y >= 2021 ? isoOf(y, 6, 19) : null) },
  { name: 'Independence Day', on: (y) => isoOf(y, 7, 4) },
  { name: 'Labor Day', on: (y) => nthWeekday(y, 9, MON, 1) },
  { name: 'Columbus Day', on: (y) => nthWeekday(y, 10, MON, 2) },
  // Uniform Monday Holiday Act: 4th Monday of October 1971-1977; November 11 again from 1978 (Pub. L. 94-97).
  { name: 'Veterans Day', on: (y) => (y >= 1978 ? isoOf(y, 11, 11) : nthWeekday(y, 10, MON, 4)) },
  { name: 'Thanksgiving Day', on: (y) => nthWeekday(y, 11, THU, 4) },
  { name: 'Christmas Day', on: (y) => isoOf(y, 12, 25) },
];

/** Closures by executive order: not legal public holidays (us-federal.md 3.3, CONVENTIONS.md 8). */
export const FEDERAL_EXECUTIVE_CLOSURES: readonly CalendarClosure[] = [
  {
    date: '2024-12-24',
    name: 'Christmas Eve (executive order of 2024-12-19)',
    kind: 'executive-closure',
    source: 'https://www.govexec.com/management/2024/12/biden-gives-federal-employees-christmas-eve/401795',
  },
  {
    date: '2025-01-09',
    name: 'National Day of Mourning for President Carter (EO 14133)',
    kind: 'executive-closure',
    source: 'https://regulations.justia.com/regulations/fedreg/2025/01/03/2024-31766.html',
  },
  {
    date: '2025-12-24',
    name: 'Christmas Eve (executive order of 2025-12-18)',
    kind: 'executive-closure',
    source: 'https://www.lcwlegal.com/news/executive-order-on-the-closure-of-executive-departments-and-agencies-on-december-24-and-26',
  },
  {
    date: '2025-12-26',
    name: 'Day after Christmas (executive order of 2025-12-18)',
    kind: 'executive-closure',
    source: 'https://www.directivewatch.com/article/presidential-actions-closure-of-federal-agencies-dec-24-26-2025-18-12-25',
  },
];

/** The observed day of a holiday under § 6103(b)(1) and EO 11582. */
function observed(date: IsoDate): { date: IsoDate; moved: string | null } {
  const w = weekdayOf(date);
  if (w === SAT) return { date: addDays(date, -1), moved: `falls on Saturday ${date}; observed the Friday before (5 U.S.C. § 6103(b)(1))` };
  if (w === SUN) return { date: addDays(date, 1), moved: `falls on Sunday ${date}; observed the Monday after (${EO_11582})` };
  return { date, moved: null };
}

function federalClosures(year: number): CalendarClosure[] {
  const out: CalendarClosure[] = [];
  // Holidays of the next year can be observed on December 31 of this one (New Year's Day on a Saturday).
  for (const y of [year, year + 1]) {
    for (const h of FEDERAL_HOLIDAYS) {
      const own = h.on(y);
      if (!own) continue;
      const o = observed(own);
      if (Number(o.date.slice(0, 4)) !== year) continue;
      out.push({
        date: o.date,
        name: o.moved ? `${h.name} (observed)` : h.name,
        kind: 'holiday',
        source: o.moved ? `5 U.S.C. § 6103(a); ${o.moved}` : '5 U.S.C. § 6103(a)',
      });
    }
  }
  for (const c of FEDERAL_EXECUTIVE_CLOSURES) if (Number(c.date.slice(0, 4)) === year) out.push({ ...c });
  return out;
}

export const usFederalCalendar: CalendarDefinition = {
  id: 'us-federal',
  name: 'United States federal government (legal public holidays)',
  source: `5 U.S.C. § 6103(a)-(b) (${USC_6103}); ${EO_11582}; observed dates checked against OPM tables 2022-2026 (shared/reference/law/us-federal.md 3.2)`,
  verified: true,
  closures: cachedByYear('us-federal', federalClosures),
};
