// Resolves calendar ids to calendars (owned by law/calendars) and caches one working-day index
// per (calendar, options). Indexes for organisation-specific extra closures are cached by the
// identity of the options object, then by content, so bulk recompute builds each index once.
import { LawInputError, type DeadlineOptions } from '../contract';
import { getCalendar } from '../calendars';
import { WorkingDayIndex, type CalendarLike } from './working-days';

function lookupCalendar(id: string): CalendarLike | undefined {
  return getCalendar(id);
}

export function getCalendarLike(id: string): CalendarLike {
  const cal = lookupCalendar(id);
  if (!cal) throw new LawInputError('unknown-calendar', `unknown calendar '${id}': see 'acceso law jurisdictions' for calendar ids`);
  return cal;
}

const plain = new Map<string, WorkingDayIndex>();
const withExtra = new Map<string, WorkingDayIndex>();
const byOptions = new WeakMap<DeadlineOptions, Map<string, WorkingDayIndex>>();

/** The working-day index of a calendar under the given options. */
export function workingDayIndex(calendarId: string, options?: DeadlineOptions): WorkingDayIndex {
  const skipExec = options?.skipExecutiveClosures === true;
  const extra = options?.extraClosures;
  if (!extra || extra.length === 0) {
    const key = skipExec ? calendarId + '|exec' : calendarId;
    let idx = plain.get(key);
    if (!idx) {
      idx = new WorkingDayIndex(getCalendarLike(calendarId), { skipExecutiveClosures: skipExec, extraClosures: [] });
      plain.set(key, idx);
    }
    return idx;
  }
  let perOptions = byOptions.get(options!);
  const hit = perOptions?.get(calendarId);
  if (hit) return hit;
  for (const e of extra) validateExtra(e);
  const key = `${calendarId}|${skipExec}|${extra.map((e) => e.date + '=' + e.name).sort().join('\n')}`;
  let idx = withExtra.get(key);
  if (!idx) {
    idx = new WorkingDayIndex(getCalendarLike(calendarId), { skipExecutiveClosures: skipExec, extraClosures: extra.slice() });
    if (withExtra.size > 1000) withExtra.clear(); // bound memory if every request brings its own list
    withExtra.set(key, idx);
  }
  if (!perOptions) {
    perOptions = new Map();
    byOptions.set(options!, perOptions);
  }
  perOptions.set(calendarId, idx);
  return idx;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
function validateExtra(e: { date: string; name: string }): void {
  if (!e || typeof e.date !== 'string' || !ISO.test(e.date) || Number.isNaN(Date.parse(e.date + 'T00:00:00Z')) ||
      new Date(e.date + 'T00:00:00Z').toISOString().slice(0, 10) !== e.date) {
    throw new LawInputError('invalid-date', `extra closure date '${String(e?.date)}' is not a real calendar date in the form YYYY-MM-DD`);
  }
  if (typeof e.name !== 'string' || e.name.trim() === '') {
    throw new LawInputError('invalid-calendar-file', `extra closure on ${e.date} has no name`);
  }
}
