// Explanation lines, built only when asked (single requests, the CLI): each says what was counted
// and what was skipped, by name and date, so a person can check it with a wall calendar.
import { describeDay, weekday } from './day-number';
import type { WorkingDayIndex } from './working-days';
import type { PeriodRule } from '../jurisdictions/types';

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** What lies in (from, to]: weekend days, skipped closures by name, executive closures not skipped. */
function skippedIn(idx: WorkingDayIndex, from: number, to: number): string {
  let weekend = 0;
  const closed: string[] = [];
  const notSkipped: string[] = [];
  for (let d = from + 1; d <= to; d++) {
    const w = weekday(d);
    if (w === 0 || w === 6) {
      weekend++;
      continue;
    }
    const c = idx.skipped.get(d);
    if (c) {
      const why = c.kind === 'executive-closure' ? ' (executive-order closure, skipped by choice: CONVENTIONS.md 8)' : c.kind === 'custom' ? ' (organisation closure)' : '';
      closed.push(`${describeDay(d)} ${c.name}${why}`);
      continue;
    }
    const x = idx.notSkipped.get(d);
    if (x) notSkipped.push(`${describeDay(d)} ${x.name}`);
  }
  let s = `skipped ${plural(weekend, 'weekend day')}`;
  s += closed.length ? ` and ${plural(closed.length, 'closure')}: ${closed.join('; ')}` : ' and no closures';
  if (notSkipped.length) {
    s += `. Counted as working days: ${notSkipped.join('; ')} (executive-order closures are not legal public holidays, CONVENTIONS.md 8)`;
  }
  return s;
}

/** "Counted N working days: Mon X (day 1) to Tue Y (day N); skipped ..." */
export function countedWorking(idx: WorkingDayIndex, day0: number, n: number, end: number, label = ''): string {
  const first = idx.addWorking(day0, 1);
  return `Counted ${plural(n, 'working day')}${label}: ${describeDay(first)} (day 1) to ${describeDay(end)} (day ${n}); ${skippedIn(idx, day0, end)}.`;
}

/** Calendar-day count, with the roll-forward if the last day is not a working day. */
export function countedCalendar(idx: WorkingDayIndex, day0: number, n: number, rawEnd: number, rolled: number, rule: PeriodRule, label = ''): string {
  let s = `Counted ${plural(n, 'calendar day')}${label} after ${describeDay(day0)}: day ${n} is ${describeDay(rawEnd)}`;
  if (rolled === rawEnd) {
    s += idx.isWorking(rawEnd) ? ', a working day.' : '; the rule does not roll forward, so it stands although it is not a working day.';
  } else {
    s += `, not a working day; rolled forward to ${describeDay(rolled)} (CONVENTIONS.md 5): ${skippedIn(idx, rawEnd - 1, rolled - 1)}.`;
  }
  void rule;
  return s;
}

export function dayZero(idx: WorkingDayIndex, day0: number, what: string): string {
  let s = `Day 0: ${describeDay(day0)}, ${what} (CONVENTIONS.md 2).`;
  if (!idx.isWorking(day0)) {
    const c = idx.skipped.get(day0);
    s += ` It is not a working day (${c ? c.name : 'weekend'}), so the first working day after it, ${describeDay(idx.addWorking(day0, 1))}, is day 1.`;
  }
  return s;
}

export function ruleLine(what: string, rule: PeriodRule, source: string | undefined): string {
  const kind = rule.dayKind === 'business' ? 'working' : 'calendar';
  let s = `Rule: ${what}: ${rule.days} ${kind} days (${rule.citation || 'no citation recorded'}`;
  if (source) s += `; source: ${source}`;
  s += ')';
  if (rule.note) s += `. ${rule.note.replace(/[.]$/, '')}`;
  if (rule.basis === 'default') s += `. DEFAULT used: ${rule.defaultReason ?? 'no rule known'}`;
  if (!rule.verified) s += '. Not verified: check the source before relying on it.';
  return s;
}

export function dueLine(due: number, what = 'Due'): string {
  return `${what}: ${describeDay(due)}, by the end of that day; overdue from ${describeDay(due + 1)} (CONVENTIONS.md 4).`;
}

export function unknownLine(what: string, rule: { citation: string; note?: string; noFixedPeriod?: string }, source: string | undefined): string {
  if (rule.noFixedPeriod) {
    return `The law sets no number of days for the ${what}: ${rule.noFixedPeriod} (${rule.citation || 'no citation recorded'}). No date can be computed; check ${source ?? 'the law'}.`;
  }
  const note = rule.note ? ` ${rule.note}${/[.!?)]$/.test(rule.note) ? '' : '.'}` : '';
  return `The ${what} period is not known — check ${source ?? 'the law'}${rule.citation ? ` (${rule.citation})` : ''}.${note} No date is computed rather than a guess.`;
}
