// The closure days of a calendar for one year (CONTRACTS.md `law calendar`).
import { LawInputError, type ClosureDay } from '../contract';
import { getCalendarLike } from './calendar-registry';
import { MAX_YEAR, MIN_YEAR, parseIso, weekday } from './day-number';

export interface CalendarClosureOptions {
  /** Also list executive-order closures (kind 'executive-closure'); off by default (CONVENTIONS.md 8). */
  includeExecutiveClosures?: boolean;
  /** An organisation's own closures (kind 'custom'), merged in. */
  extraClosures?: { date: string; name: string }[];
}

export function calendarClosures(calendarId: string, year: number, options: CalendarClosureOptions = {}): ClosureDay[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new LawInputError('year-out-of-range', `year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}; got ${String(year)}`);
  }
  const cal = getCalendarLike(calendarId);
  const out: ClosureDay[] = cal
    .closures(year)
    .filter((c) => options.includeExecutiveClosures === true || c.kind !== 'executive-closure')
    .map((c) => ({ date: c.date, name: c.name, kind: c.kind }));
  const prefix = `${year}-`;
  for (const e of options.extraClosures ?? []) {
    const wd = weekday(parseIso(e.date, 'extra closure date'));
    if (wd === 0 || wd === 6) continue; // weekends are never listed
    if (e.date.startsWith(prefix) && !out.some((c) => c.date === e.date)) out.push({ date: e.date, name: e.name, kind: 'custom' });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
