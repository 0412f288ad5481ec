// What needs attention: deadlines falling due in the next N days, requests overdue (by working
// days), those the requester may take to court, appeal windows closing, and counts by status.
// Served by indexed columns of the cache, so it stays fast with tens of thousands of requests.
import type { Executor } from '../../db/database';
import { addDaysIso } from '../../ids';
import { viewerOf } from './access';
import { deriveLenient } from './derive';
import { eventsOf, LIST_COLUMNS, scopedTo, visibleTo, type ListRow } from './repository';
import type { Actor } from '../accounts/actor';

export interface AgendaItem {
  id: string;
  title: string;
  status: string;
  jurisdiction: string;
  agency: { id: string; name: string } | null;
  deadline: { kind: string; due: string } | null;
  overdue_working_days?: number;
}

const item = (r: ListRow, kind: string | null, due: string | null): AgendaItem => ({
  id: r.id, title: r.title, status: r.derived_status, jurisdiction: r.jurisdiction,
  agency: r.agency_id ? { id: r.agency_id, name: r.agency_name ?? r.agency_id } : null,
  deadline: kind && due ? { kind, due } : null,
});

export async function agenda(db: Executor, actor: Actor, p: { today: string; days: number; limit: number; organisationId: string | null }) {
  const viewer = viewerOf(actor);
  const until = addDaysIso(p.today, p.days);
  const base = () => {
    const q = db.selectFrom('requests').leftJoin('agencies', 'agencies.id', 'requests.agency_id')
      .select(LIST_COLUMNS).select('agencies.name as agency_name')
      .where(p.organisationId ? scopedTo(viewer, p.organisationId) : visibleTo(viewer)).where('requests.derived_open', '=', 1);
    return q;
  };

  const [dueResponse, dueAppealDecision, overdue, maySue, appealClosing, counts] = await Promise.all([
    base().where('requests.derived_status', '=', 'awaiting-response').where('requests.derived_response_due', '>=', p.today).where('requests.derived_response_due', '<=', until)
      .orderBy('requests.derived_response_due').limit(p.limit).execute(),
    base().where('requests.derived_status', '=', 'in-appeal').where('requests.derived_appeal_decision_due', '>=', p.today).where('requests.derived_appeal_decision_due', '<=', until)
      .orderBy('requests.derived_appeal_decision_due').limit(p.limit).execute(),
    base().where('requests.derived_status', 'in', ['overdue', 'may-sue', 'appeal-overdue']).orderBy('requests.derived_response_due').limit(p.limit).execute(),
    base().where('requests.derived_status', '=', 'may-sue').where('requests.derived_may_sue_on', '<=', p.today).orderBy('requests.derived_may_sue_on', 'desc').limit(p.limit).execute(),
    base().where('requests.derived_status', '=', 'appeal-window-open').where('requests.derived_appeal_filing_due', '>=', p.today).where('requests.derived_appeal_filing_due', '<=', addDaysIso(p.today, Math.max(p.days, 14)))
      .orderBy('requests.derived_appeal_filing_due').limit(p.limit).execute(),
    (() => {
      return db.selectFrom('requests').select(['derived_status as status', (eb) => eb.fn.countAll<number>().as('n')])
        .where(p.organisationId ? scopedTo(viewer, p.organisationId) : visibleTo(viewer)).groupBy('derived_status').execute();
    })(),
  ]);

  // Working days late need the calendar: ask the engine for the few rows shown.
  const events = await eventsOf(db, overdue.map((r) => r.id));
  const overdueItems = overdue.map((r) => {
    const d = deriveLenient(r, events.get(r.id)!.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), p.today, false);
    const due = r.derived_status === 'appeal-overdue' ? r.derived_appeal_decision_due : r.derived_response_due;
    return { ...item(r, r.derived_status === 'appeal-overdue' ? 'appeal-decision' : 'response', due), overdue_working_days: d.overdue_working_days };
  }).sort((a, b) => (b.overdue_working_days ?? 0) - (a.overdue_working_days ?? 0));

  const due = [
    ...dueResponse.map((r) => item(r, 'response', r.derived_response_due)),
    ...dueAppealDecision.map((r) => item(r, 'appeal-decision', r.derived_appeal_decision_due)),
  ].sort((a, b) => (a.deadline!.due < b.deadline!.due ? -1 : 1)).slice(0, p.limit);

  const byStatus: Record<string, number> = {};
  for (const c of counts) byStatus[c.status] = Number(c.n);
  return {
    today: p.today,
    until,
    due,
    overdue: overdueItems,
    may_sue: maySue.map((r) => item(r, 'may-sue', r.derived_may_sue_on)),
    appeal_windows_closing: appealClosing.map((r) => item(r, 'appeal-filing', r.derived_appeal_filing_due)),
    counts: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), by_status: byStatus },
  };
}
