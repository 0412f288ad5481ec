// Custom closure calendars imported by an organisation (CONVENTIONS.md 19: guarantor bodies publish
// their own closure days). Both formats give ClosureDay[] of kind 'custom', sorted, one entry per
// weekday (weekend dates are dropped: they are never working days, so they change no count).
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { LawInputError, type ClosureDay, type IsoDate } from '../contract';
import { addDays, isValidIsoDate, isWeekend } from './dates';
import { MAX_YEAR } from './definition';

/** A file that expands to more days than this is refused (a runaway RRULE, or not a closure list). */
const MAX_DAYS = 20_000;
const LAST_DAY = `${MAX_YEAR}-12-31`;

const bad = (what: string) => new LawInputError('invalid-calendar-file', what);

function collect(entries: { date: IsoDate; name: string }[]): ClosureDay[] {
  const byDate = new Map<IsoDate, ClosureDay>();
  for (const e of entries) {
    if (isWeekend(e.date)) continue;
    const prev = byDate.get(e.date);
    if (!prev) byDate.set(e.date, { date: e.date, name: e.name, kind: 'custom' });
    else if (!prev.name.split(' / ').includes(e.name)) prev.name = `${prev.name} / ${e.name}`;
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** CSV with a header row naming the columns `date` and `name` (other columns are ignored). */
export function parseClosuresCsv(text: string): ClosureDay[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { info: true, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as unknown as typeof rows;
  } catch (e) {
    throw bad(`CSV: ${(e as Error).message}`);
  }
  if (rows.length === 0) throw bad('CSV: the file is empty; expected a header row "date,name" and one row per closure day');
  const header = rows[0].record.map((h) => h.toLowerCase());
  const dateCol = header.indexOf('date');
  const nameCol = header.indexOf('name');
  if (dateCol < 0 || nameCol < 0) {
    throw bad(`CSV line ${rows[0].info.lines}: the header must name the columns "date" and "name"; found "${rows[0].record.join(',')}"`);
  }
  const entries = rows.slice(1).map(({ record, info }) => {
    const date = record[dateCol] ?? '';
    const name = record[nameCol] ?? '';
    if (!isValidIsoDate(date)) throw bad(`CSV line ${info.lines}: "${date}" is not a date in the form YYYY-MM-DD`);
    if (!name) throw bad(`CSV line ${info.lines}: the closure on ${date} has no name`);
    return { date, name };
  });
  if (entries.length > MAX_DAYS) throw bad(`CSV: ${entries.length} rows; at most ${MAX_DAYS} closure days are accepted`);
  return collect(entries);
}

/** iCalendar (RFC 5545): every all-day VEVENT is a closure for each day from DTSTART up to (not
 *  including) DTEND; RRULE/RDATE/EXDATE recurrences are expanded up to the last supported year. */
export function parseClosuresICal(text: string): ClosureDay[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    throw bad(`iCalendar: ${(e as Error).message}`);
  }
  if (root.name !== 'vcalendar') throw bad(`iCalendar: the file must start with BEGIN:VCALENDAR, found BEGIN:${root.name.toUpperCase()}`);
  const entries: { date: IsoDate; name: string }[] = [];
  root.getAllSubcomponents('vevent').forEach((ve, i) => {
    const ev = new ICAL.Event(ve);
    const label = `event ${i + 1}${ev.summary ? ` ("${ev.summary}")` : ''}${ev.uid ? ` UID ${ev.uid}` : ''}`;
    if (!ev.startDate) throw bad(`iCalendar ${label}: no DTSTART`);
    if (!ev.startDate.isDate) throw bad(`iCalendar ${label}: DTSTART has a time of day; only all-day events (DTSTART;VALUE=DATE) can be closure days`);
    const name = ev.summary?.trim() || 'Closure';
    const span = ev.endDate ? Math.max(1, Math.round(ev.endDate.subtractDate(ev.startDate).toSeconds() / 86400)) : 1;
    const starts: string[] = [];
    if (ev.isRecurring()) {
      const it = ev.iterator();
      for (let next = it.next(); next; next = it.next()) {
        const s = next.toString().slice(0, 10);
        if (s > LAST_DAY) break;
        starts.push(s);
        if (starts.length * span > MAX_DAYS) throw bad(`iCalendar ${label}: the recurrence expands to more than ${MAX_DAYS} days`);
      }
    } else starts.push(ev.startDate.toString().slice(0, 10));
    for (const s of starts) for (let d = 0; d < span; d++) entries.push({ date: addDays(s, d), name });
    if (entries.length > MAX_DAYS) throw bad(`iCalendar: more than ${MAX_DAYS} closure days`);
  });
  return collect(entries);
}
