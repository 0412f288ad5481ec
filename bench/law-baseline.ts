// The baseline of bench/law.bench.ts: the same deadline rules as law/engine, but every period is
// counted one day at a time over plain day numbers with a Set of closure days (no Date objects,
// no index). It returns the due day of each deadline kind (-1 = no date, -2 = no such deadline).
import type { HistoryBatch } from '../law';
import { getCalendar } from '../law/calendars';
import { federalAgencyRules, type FederalAgencyRules } from '../law/agencies';
import type { PeriodRule } from '../law/jurisdictions/types';
import { daysFromCivil, tryParseIso } from '../law/engine/day-number';
import {
  EV_ADVERSE, EV_APPEAL_DECIDED, EV_APPEAL_RECEIVED, EV_CLAR_ANS, EV_CLAR_REQ, EV_DETERMINATION, EV_EXPEDITED,
  EV_FEE_NOTICE, EV_FEE_RESOLVED, EV_SUIT, EV_UNUSUAL,
} from '../law/engine/events';

export const KINDS = ['response', 'expedited-decision', 'appeal-filing', 'appeal-decision', 'may-sue'] as const;

const closureSets = new Map<string, Set<number>>();
function closuresOf(calendarId: string, fromYear: number, toYear: number): Set<number> {
  let set = closureSets.get(calendarId);
  if (!set) {
    set = new Set();
    const cal = getCalendar(calendarId)!;
    for (let y = fromYear; y <= toYear; y++) {
      for (const c of cal.closures(y)) if (c.kind !== 'executive-closure') set.add(tryParseIso(c.date));
    }
    closureSets.set(calendarId, set);
  }
  return set;
}

/** Build the closure sets before timing (the engine builds its index lazily inside its timing). */
export function prepareBaseline(calendarIds: string[], fromYear: number, toYear: number): void {
  for (const id of calendarIds) closuresOf(id, fromYear, toYear);
}

let closed: Set<number> = new Set();
const working = (d: number) => {
  const w = (d + 4) % 7;
  return w !== 0 && w !== 6 && !closed.has(d);
};
function addWorking(d: number, n: number): number {
  while (n > 0) {
    d++;
    if (working(d)) n--;
  }
  return d;
}
function countWorking(a: number, b: number): number {
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (working(d)) n++;
  return n;
}
function roll(d: number): number {
  while (!working(d)) d++;
  return d;
}
function period(p: PeriodRule, d0: number): number {
  if (p.days === null || p.dayKind === null || p.noFixedPeriod) return -1;
  if (p.dayKind === 'business') return addWorking(d0, p.days);
  return p.rollForward === false ? d0 + p.days : roll(d0 + p.days);
}

const clarQ = new Uint8Array(256), feeQ = new Uint8Array(256);
const agencyCache = new Map<string, FederalAgencyRules>();

/** Due days of history i by KINDS index into `out` (length 5), from the batch's plain day numbers. */
export function baselineDeadlines(batch: HistoryBatch, i: number, out: Int32Array): void {
  out.fill(-2);
  const plan = batch.plans[batch.plan[i]];
  const rules = plan.rules;
  closed = closuresOf(rules.calendar, 2000, 2060);
  let agency: FederalAgencyRules | null = null;
  if (rules.family === 'us-federal' && plan.agency) {
    agency = agencyCache.get(plan.agency) ?? federalAgencyRules(plan.agency);
    agencyCache.set(plan.agency, agency);
  }
  const r = batch.received[i];
  const resp = rules.response;
  const known = resp.days !== null && resp.dayKind !== null && !resp.noFixedPeriod;
  let business = resp.dayKind === 'business';
  let rawEnd = 0, due = -1, unknown = !known;
  if (known) {
    rawEnd = business ? addWorking(r, resp.days!) : r + resp.days!;
    due = business ? rawEnd : resp.rollForward === false ? rawEnd : roll(rawEnd);
  }
  const noRoll = resp.rollForward === false;
  let paused = false, since = 0, remaining = 0, pendingExt = 0, depth = 0, clarTolls = 0, feeTolls = 0, exts = 0;
  let ch = 0, ct = 0, fh = 0, ft = 0; // FIFO heads/tails in the scratch queues
  let determinedAt = -1, adverseAt = -1, expAt = -1, appealAt = -1, decidedAt = -1, suitAt = -1;
  const x = rules.extension;
  for (let ev = batch.evStart[i]; ev < batch.evStart[i + 1]; ev++) {
    const d = batch.evDay[ev];
    const kind = batch.evCode[ev];
    switch (kind) {
      case EV_CLAR_REQ:
      case EV_FEE_NOTICE: {
        const fee = kind === EV_FEE_NOTICE;
        const limit = fee ? rules.tolling.fee : rules.tolling.clarification;
        let tolls = false;
        if (known && determinedAt < 0 && (limit === 'unlimited' || (limit === 'once' && (fee ? feeTolls : clarTolls) === 0))) {
          if (paused) tolls = true;
          else if (d < due) {
            tolls = true;
            remaining = business ? countWorking(d, rawEnd) : rawEnd - d;
            paused = true;
            since = d;
          }
        }
        if (tolls) {
          depth++;
          if (fee) feeTolls++;
          else clarTolls++;
        }
        if (fee) feeQ[ft++] = tolls ? 1 : 0;
        else clarQ[ct++] = tolls ? 1 : 0;
        break;
      }
      case EV_CLAR_ANS:
      case EV_FEE_RESOLVED: {
        const tolled = kind === EV_FEE_RESOLVED ? feeQ[fh++] : clarQ[ch++];
        if (tolled && --depth === 0 && paused) {
          paused = false;
          rawEnd = business ? addWorking(d, remaining + pendingExt) : d + remaining + pendingExt;
          due = business ? rawEnd : (noRoll ? rawEnd : roll(rawEnd));
          pendingExt = 0;
        }
        break;
      }
      case EV_UNUSUAL:
        if (!known || determinedAt >= 0) break;
        if (x.available !== true || x.days === null || x.dayKind === null) {
          if (x.available !== false) unknown = true;
          break;
        }
        if (exts >= 1 && x.repeatable !== true) break;
        if (!paused && d > due && x.notice !== 'none-required') break;
        exts++;
        if (paused) {
          if (x.dayKind === (business ? 'business' : 'calendar')) pendingExt += x.days;
          else unknown = true;
          break;
        }
        if (x.dayKind === 'business') {
          rawEnd = due = addWorking(due, x.days);
          business = true;
        } else {
          rawEnd = due + x.days;
          business = false;
          due = (noRoll ? rawEnd : roll(rawEnd));
        }
        break;
      case EV_EXPEDITED: if (expAt < 0) expAt = d; break;
      case EV_ADVERSE:
      case EV_DETERMINATION:
        if (determinedAt < 0) {
          determinedAt = d;
          if (known && paused) {
            paused = false;
            rawEnd = business ? addWorking(d, remaining + pendingExt) : d + remaining + pendingExt;
            due = business ? rawEnd : (noRoll ? rawEnd : roll(rawEnd));
          }
        }
        if (kind === EV_ADVERSE) adverseAt = d;
        break;
      case EV_APPEAL_RECEIVED: appealAt = d; decidedAt = -1; break;
      case EV_APPEAL_DECIDED: decidedAt = d; break;
      case EV_SUIT: if (suitAt < 0) suitAt = d; break;
    }
  }
  // Non-clock facts come digested from compileHistories (the same input the kernel gets); only
  // clock events before the determination are in the event list.
  determinedAt = batch.determinedAt[i];
  adverseAt = batch.adverseAt[i];
  expAt = batch.expeditedAt[i];
  appealAt = batch.appealAt[i];
  decidedAt = batch.decidedAt[i];
  suitAt = batch.suitAt[i];
  if (known && paused && determinedAt >= 0) {
    paused = false;
    rawEnd = business ? addWorking(determinedAt, remaining + pendingExt) : determinedAt + remaining + pendingExt;
    due = business ? rawEnd : noRoll ? rawEnd : roll(rawEnd);
  }
  const responseDue = !known || unknown || paused ? -1 : due;
  out[0] = responseDue;
  if (expAt >= 0) out[1] = rules.expedited ? period(rules.expedited, expAt) : -1;
  if (adverseAt >= 0) out[2] = rules.appeal.exists === false ? -1 : period(agency ? agency.appealFilingWindow : rules.appeal.filingWindow, adverseAt);
  let decisionDue = -1;
  if (appealAt >= 0) out[3] = decisionDue = period(rules.appeal.decisionPeriod, appealAt);
  // may-sue (CONVENTIONS.md 17), as in law/engine/may-sue.ts
  const court = rules.court.suitOnMissedDeadline;
  if (decidedAt >= 0) out[4] = decidedAt;
  else if (appealAt >= 0) {
    if (decisionDue < 0 || court === 'unknown') out[4] = -1;
    else if (court === true) out[4] = decisionDue + 1;
  } else if (!paused) {
    if (responseDue < 0) {
      if (determinedAt < 0 && court !== false) out[4] = -1;
    } else if (!(determinedAt >= 0 && determinedAt <= responseDue) && court !== false) {
      out[4] = court === 'unknown' ? -1 : responseDue + 1;
    }
  }
}

export const BASELINE_YEARS = [2000, 2060] as const;
export const dayOf = (iso: string | null) => (iso === null ? -1 : tryParseIso(iso));
export { daysFromCivil };
