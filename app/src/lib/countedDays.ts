// Which days a deadline counted and which it skipped, for the small month calendar beside a
// deadline's explanation. When the API sends the counts as data (`deadline.steps`, detail views)
// they are drawn as sent, tolled spans included; otherwise (older servers, list pages) the days are
// reconstructed from the received date, the due date and the dates the explanation names, and the
// UI says so.
import type { Deadline } from '../api/types';
import type { DeadlineStep } from '../../../law/contract';
import { addDays, isWeekend, daysBetween } from './dates';

export interface DayMark {
  date: string;
  state: 'start' | 'counted' | 'skipped' | 'tolled' | 'due';
  /** Running number of a counted day (1-based). */
  n?: number;
  /** Why a day was skipped or tolled, in the engine's words, or 'weekend'. */
  reason?: string;
}

export interface CountedDays { marks: DayMark[]; derived: boolean; dayKind: 'business' | 'calendar' | 'unknown' }

interface ApiDay { date: string; counted: boolean; n?: number; reason?: string }

const ISO = /\b(\d{4}-\d{2}-\d{2})\b/g;
const SKIP_WORDS = /skip|holiday|closed|closure|toll|weekend|observed|feriado|inh[aá]bil|omit|descans/i;

/**
 * Dates the explanation names as skipped, each with the name given to it. The engine writes e.g.
 * "…; skipped 8 weekend days and 2 closures: Mon 2022-12-26 Christmas Day (observed); Mon 2023-01-02
 * New Year's Day (observed)." — the part after the colon that follows the skip word, one day per
 * ';'. "2025-07-04 (Independence Day)" is read too.
 */
export function namedSkips(explanation: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of explanation) {
    const at = line.search(SKIP_WORDS);
    if (at < 0) continue;
    const rest = line.slice(at);
    const colon = rest.indexOf(':');
    const list = colon >= 0 ? rest.slice(colon + 1) : rest;
    for (const seg of list.split(';')) {
      const m = /(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(seg.trim());
      if (!m) continue;
      // Several dates in one segment, each with its name in parentheses.
      const inline = [...seg.matchAll(/(\d{4}-\d{2}-\d{2})\s*\(([^)]+)\)/g)].filter((x) => !/^day \d+$/i.test(x[2]));
      if (inline.length > 1) {
        for (const x of inline) out.set(x[1], x[2].trim());
        continue;
      }
      let name = m[2].replace(/[.,\s]+$/, '').trim();
      if (/^\(day \d+\)/i.test(name)) continue; // "(day 1)" marks a counted day, not a skipped one
      if (/^\(([^)]+)\)$/.test(name)) name = name.slice(1, -1);
      out.set(m[1], name || seg.trim());
    }
  }
  return out;
}

/**
 * The calendar from the engine's steps. Steps come in the explanation's order and a later step
 * replaces what an earlier one had counted after its day 0 (a clock stopped mid-count, then
 * resumed, makes the first count's tail hypothetical); counted days are numbered across steps.
 */
export function stepDays(steps: readonly DeadlineStep[], due: string | null): CountedDays | null {
  if (!steps.length) return null;
  const first = steps[0].from;
  const last = steps.reduce((m, s) => (s.to > m ? s.to : m), first);
  if (daysBetween(first, last) > 400) return null;
  let marks: DayMark[] = [{ date: first, state: 'start' }];
  for (const step of steps) {
    marks = marks.filter((m) => m.date <= step.from);
    let n = marks.filter((m) => m.state === 'counted').length;
    const skipped = new Map(step.skipped.map((k) => [k.date, k]));
    // The reason a stopped clock gives (the weekdays of the span carry it); weekends keep theirs.
    const tolledWhy = step.skipped.find((k) => k.why === 'tolled')?.name;
    for (let d = addDays(step.from, 1); d <= step.to; d = addDays(d, 1)) {
      const k = skipped.get(d);
      const reason = k ? (k.why === 'weekend' ? 'weekend' : k.name) : undefined;
      if (step.kind === 'tolled') marks.push({ date: d, state: 'tolled', reason: tolledWhy ?? reason });
      else if (k) marks.push({ date: d, state: 'skipped', reason });
      else marks.push({ date: d, state: 'counted', n: ++n });
    }
  }
  if (due) {
    const m = marks.find((x) => x.date === due && x.state === 'counted');
    if (m) m.state = 'due';
  }
  const counting = steps.find((s) => s.kind !== 'tolled');
  return { marks, derived: false, dayKind: counting?.kind === 'calendar' ? 'calendar' : counting ? 'business' : 'unknown' };
}

export function countedDays(deadline: Deadline & { days?: ApiDay[] }, start: string | null): CountedDays | null {
  if (Array.isArray(deadline.steps)) return stepDays(deadline.steps, deadline.due);
  if (Array.isArray(deadline.days) && deadline.days.length) {
    const marks: DayMark[] = deadline.days.map((d) => ({ date: d.date, state: d.counted ? 'counted' : 'skipped', n: d.n, reason: d.reason }));
    if (deadline.due) {
      const last = marks.find((m) => m.date === deadline.due);
      if (last) last.state = 'due';
    }
    return { marks, derived: false, dayKind: 'unknown' };
  }
  if (!deadline.due) return null;
  const mentioned = deadline.explanation.flatMap((l) => [...l.matchAll(ISO)].map((m) => m[1])).sort();
  const from = start ?? mentioned[0];
  if (!from || from >= deadline.due) return null;
  const span = daysBetween(from, deadline.due);
  if (span > 400) return null;
  const text = deadline.explanation.join(' ');
  const dayKind = /calendar day|días naturales|días corridos|días calendario/i.test(text)
    ? 'calendar'
    : /working day|business day|días hábiles/i.test(text)
      ? 'business'
      : 'unknown';
  const skips = namedSkips(deadline.explanation);
  const marks: DayMark[] = [{ date: from, state: 'start' }];
  let n = 0;
  for (let d = addDays(from, 1); d <= deadline.due; d = addDays(d, 1)) {
    const named = skips.get(d);
    if (named && d !== deadline.due) marks.push({ date: d, state: 'skipped', reason: named });
    else if (dayKind !== 'calendar' && isWeekend(d) && d !== deadline.due) marks.push({ date: d, state: 'skipped', reason: 'weekend' });
    else marks.push({ date: d, state: d === deadline.due ? 'due' : 'counted', n: ++n });
  }
  return { marks, derived: true, dayKind };
}
