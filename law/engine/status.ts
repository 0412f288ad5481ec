// A request's status on a given day, derived from its events and deadline set (never stored as
// the source of truth: ARCHITECTURE.md "Data flow"). The latest stage reached decides:
//   in-litigation        a suit was filed
//   closed               the appeal was decided, a non-adverse determination was made, or the
//                        appeal window after an adverse determination has passed unused
//   appeal-overdue       appeal received, its decision deadline has passed
//   in-appeal            appeal received, within the decision period (or period unknown)
//   appeal-window-open   adverse determination, appeal window still open (or its length unknown)
//   may-sue              no determination, response deadline passed, court is open (may-sue <= today)
//   overdue              no determination, response deadline passed (court not (yet) open)
//   clock-stopped        the response clock is stopped waiting for the requester
//   awaiting-response    no determination, deadline not passed, or no date is known
import { type DeadlineKind, type DeadlineSet, type DeadlineOptions, type IsoDate, type LegalEvent } from '../contract';
import { getJurisdiction } from './jurisdictions';
import { workingDayIndex } from './calendar-registry';
import { parseIso } from './day-number';
import { parseEvents, EV_ADVERSE, EV_APPEAL_DECIDED, EV_APPEAL_RECEIVED, EV_DETERMINATION, EV_SUIT } from './events';

export type RequestStatusKind =
  | 'awaiting-response'
  | 'clock-stopped'
  | 'overdue'
  | 'may-sue'
  | 'appeal-window-open'
  | 'in-appeal'
  | 'appeal-overdue'
  | 'closed'
  | 'in-litigation';

export interface RequestStatus {
  status: RequestStatusKind;
  /** Working days past the deadline that matters now (response or appeal decision), else 0. */
  overdueWorkingDays: number;
  /** The deadline that matters now, when it has a date. */
  current: { kind: DeadlineKind; due: IsoDate } | null;
}

export function requestStatus(set: DeadlineSet, events: LegalEvent[], today: IsoDate, options?: DeadlineOptions): RequestStatus {
  const rules = getJurisdiction(set.jurisdiction);
  const idx = workingDayIndex(rules.calendar, options);
  const received = parseIso(set.received, 'received date');
  const now = parseIso(today, 'today');
  const ev = parseEvents(events, received, set.received);
  let suit = false, decided = false, appealed = false, adverse = false, determined = false;
  for (let i = 0; i < ev.n; i++) {
    if (ev.days[i] > now) break; // events after `today` have not happened yet
    switch (ev.codes[i]) {
      case EV_SUIT: suit = true; break;
      case EV_APPEAL_DECIDED: decided = true; break;
      case EV_APPEAL_RECEIVED: appealed = true; decided = false; break;
      case EV_ADVERSE: adverse = true; determined = true; break;
      case EV_DETERMINATION: determined = true; break;
    }
  }
  const find = (k: DeadlineKind) => set.deadlines.find((d) => d.kind === k);
  const current = (k: DeadlineKind) => {
    const d = find(k);
    return d && d.due ? { kind: k, due: d.due } : null;
  };
  const late = (due: string) => idx.countWorking(parseIso(due, 'due date'), now);

  if (suit) return { status: 'in-litigation', overdueWorkingDays: 0, current: null };
  if (decided) return { status: 'closed', overdueWorkingDays: 0, current: null };
  if (appealed) {
    const c = current('appeal-decision');
    if (c && c.due < today) return { status: 'appeal-overdue', overdueWorkingDays: late(c.due), current: c };
    return { status: 'in-appeal', overdueWorkingDays: 0, current: c };
  }
  if (adverse) {
    const c = current('appeal-filing');
    const d = find('appeal-filing');
    if (c && c.due < today) return { status: 'closed', overdueWorkingDays: 0, current: null };
    if (!d || (d.due === null && d.basis === 'law')) return { status: 'closed', overdueWorkingDays: 0, current: null }; // no administrative appeal
    return { status: 'appeal-window-open', overdueWorkingDays: 0, current: c };
  }
  if (determined) return { status: 'closed', overdueWorkingDays: 0, current: null };
  const r = current('response');
  if (!r) {
    const stopped = find('response')?.basis === 'law' && set.deadlines.some((d) => d.kind === 'response' && d.due === null) && hasOpenQuestion(events, today);
    return { status: stopped ? 'clock-stopped' : 'awaiting-response', overdueWorkingDays: 0, current: null };
  }
  if (r.due >= today) return { status: 'awaiting-response', overdueWorkingDays: 0, current: r };
  const sue = current('may-sue');
  return { status: sue && sue.due <= today ? 'may-sue' : 'overdue', overdueWorkingDays: late(r.due), current: r };
}

function hasOpenQuestion(events: LegalEvent[], today: string): boolean {
  let clar = 0, fee = 0;
  for (const e of events) {
    if (e.date > today) break;
    if (e.kind === 'clarification-requested') clar++;
    else if (e.kind === 'clarification-answered') clar--;
    else if (e.kind === 'fee-notice') fee++;
    else if (e.kind === 'fee-resolved') fee--;
  }
  return clar > 0 || fee > 0;
}
