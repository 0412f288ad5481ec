// Explanation lines, built only when asked (single requests, the CLI): each says what was counted
// and what was skipped, by name and date, so a person can check it with a wall calendar. The
// wording comes from the language's catalogue (messages/); the same walk also yields the counts as
// data (`steps`) when a caller asks for them.
import type { DeadlineKind, DeadlineStep, SkipReason } from '../contract';
import { weekday } from './day-number';
import type { Messages } from './messages';
import type { CountLabel, QuestionKind } from './messages/types';
import type { WorkingDayIndex } from './working-days';
import type { PeriodRule } from '../jurisdictions/types';

/** How one deadline is narrated: the catalogue, and where its steps go (null: not asked for). */
export interface Narration {
  m: Messages;
  steps: DeadlineStep[] | null;
}

/** What lies in (from, to]: weekend days, skipped closures by name, executive closures not skipped. */
function skippedIn(idx: WorkingDayIndex, from: number, to: number, m: Messages, out: DeadlineStep['skipped'] | null): string {
  let weekend = 0;
  const closed: string[] = [];
  const notSkipped: string[] = [];
  for (let d = from + 1; d <= to; d++) {
    const w = weekday(d);
    if (w === 0 || w === 6) {
      weekend++;
      out?.push({ date: idx.iso(d), name: m.weekdayName(d), why: 'weekend' });
      continue;
    }
    const c = idx.skipped.get(d);
    if (c) {
      closed.push(m.closureEntry(m.day(d), c.name, c.kind));
      out?.push({ date: idx.iso(d), name: c.name, why: c.kind === 'holiday' ? 'holiday' : 'closure' });
      continue;
    }
    const x = idx.notSkipped.get(d);
    if (x) notSkipped.push(`${m.day(d)} ${x.name}`);
  }
  return m.skipped(weekend, closed, notSkipped);
}

/** "Counted N working days: Mon X (day 1) to Tue Y (day N); skipped ..." */
export function countedWorking(idx: WorkingDayIndex, day0: number, n: number, end: number, x: Narration, label: CountLabel = ''): string {
  const first = idx.addWorking(day0, 1);
  const skipped: DeadlineStep['skipped'] | null = x.steps ? [] : null;
  const s = x.m.countedWorking(n, label, x.m.day(first), x.m.day(end), skippedIn(idx, day0, end, x.m, skipped));
  if (x.steps) x.steps.push({ kind: 'working', from: idx.iso(day0), to: idx.iso(end), counted: n, skipped: skipped! });
  return s;
}

/** Calendar-day count, with the roll-forward if the last day is not a working day. */
export function countedCalendar(idx: WorkingDayIndex, day0: number, n: number, rawEnd: number, rolled: number, x: Narration, label: CountLabel = ''): string {
  const m = x.m;
  const skipped: DeadlineStep['skipped'] | null = x.steps ? [] : null;
  const s =
    rolled === rawEnd
      ? m.countedCalendar(n, label, m.day(day0), m.day(rawEnd), { kind: idx.isWorking(rawEnd) ? 'working' : 'no-roll' })
      : m.countedCalendar(n, label, m.day(day0), m.day(rawEnd), { kind: 'rolled', to: m.day(rolled), skipped: skippedIn(idx, rawEnd - 1, rolled - 1, m, skipped) });
  if (x.steps) x.steps.push({ kind: 'calendar', from: idx.iso(day0), to: idx.iso(rolled), counted: n, skipped: skipped! });
  return s;
}

/** The stopped span (since, day] as a step: nothing counted, each day named. */
export function tolledStep(idx: WorkingDayIndex, since: number, day: number, x: Narration, cause: QuestionKind | 'determination'): void {
  if (!x.steps) return;
  const skipped: DeadlineStep['skipped'] = [];
  const label = x.m.tolledDayName(cause);
  for (let d = since + 1; d <= day; d++) {
    const w = weekday(d);
    const c = w === 0 || w === 6 ? null : idx.skipped.get(d);
    const why: SkipReason = w === 0 || w === 6 ? 'weekend' : c ? (c.kind === 'holiday' ? 'holiday' : 'closure') : 'tolled';
    skipped.push({ date: idx.iso(d), name: why === 'weekend' ? x.m.weekdayName(d) : c ? c.name : label, why });
  }
  x.steps.push({ kind: 'tolled', from: idx.iso(since), to: idx.iso(day), counted: 0, skipped });
}

export function dayZero(idx: WorkingDayIndex, day0: number, what: string, m: Messages): string {
  if (idx.isWorking(day0)) return m.dayZero(m.day(day0), what, null);
  const c = idx.skipped.get(day0);
  return m.dayZero(m.day(day0), what, { closureName: c ? c.name : null, first: m.day(idx.addWorking(day0, 1)) });
}

export function ruleLine(kind: DeadlineKind, rule: PeriodRule, source: string | undefined, m: Messages): string {
  return m.rule(kind, {
    days: rule.days as number,
    business: rule.dayKind === 'business',
    citation: rule.citation,
    source,
    note: rule.note,
    isDefault: rule.basis === 'default',
    defaultReason: rule.defaultReason,
    verified: rule.verified,
  });
}

export function dueLine(due: number, m: Messages): string {
  return m.due(m.day(due), m.day(due + 1));
}

export function unknownLine(kind: DeadlineKind, rule: { citation: string; note?: string; noFixedPeriod?: string }, source: string | undefined, m: Messages): string {
  if (rule.noFixedPeriod) return m.noFixedPeriod(kind, rule.noFixedPeriod, rule.citation, source);
  return m.unknownPeriod(kind, rule.citation, rule.note, source);
}
