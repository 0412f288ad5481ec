// What needs attention: deadlines falling due in the next N days, requests overdue (by working
// days), those the requester may take to court, appeal windows closing, and counts by status.
// Each section is one indexed query on the cached columns (agenda-repository.ts); the totals come
// from the trigger-kept counts table, and the working days late from the cache of the same day
// (rows whose cache is from an earlier day or engine are re-read, as list pages do).
import type { Executor } from '../../db/database';
import { addDaysIso } from '../../ids';
import { viewerOf } from './access';
import { agendaSections, statusCounts, type AgendaRow } from './agenda-repository';
import { DERIVED_VERSION, deriveLenient } from './derive';
import { eventsOf } from './repository';
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

const item = (r: AgendaRow, kind: string | null, due: string | null): AgendaItem => ({
  id: r.id, title: r.title, status: r.derived_status, jurisdiction: r.jurisdiction,
  agency: r.agency_id ? { id: r.agency_id, name: r.agency_name ?? r.agency_id } : null,
  deadline: kind && due ? { kind, due } : null,
});

const OVERDUE_STATUSES = ['overdue', 'may-sue', 'appeal-overdue'] as const;

export async function agenda(db: Executor, actor: Actor, p: { today: string; days: number; limit: number; organisationId: string | null }) {
  const viewer = viewerOf(actor);
  const until = addDaysIso(p.today, p.days);

  const [[dueResponse, dueAppealDecision, maySue, appealClosing, ...overdueByStatus], counts] = await Promise.all([
    agendaSections(db, viewer, p.organisationId, [
      { status: 'awaiting-response', by: 'derived_response_due', direction: 'asc', from: p.today, to: until },
      { status: 'in-appeal', by: 'derived_appeal_decision_due', direction: 'asc', from: p.today, to: until },
      { status: 'may-sue', by: 'derived_may_sue_on', direction: 'desc', to: p.today },
      { status: 'appeal-window-open', by: 'derived_appeal_filing_due', direction: 'asc', from: p.today, to: addDaysIso(p.today, Math.max(p.days, 14)) },
      // One query per overdue status (each walks its own index in due-date order), merged below.
      ...OVERDUE_STATUSES.map((status) => ({ status, by: 'derived_response_due' as const, direction: 'asc' as const })),
    ], p.limit),
    statusCounts(db, viewer, p.organisationId),
  ]);
  const overdue = overdueByStatus.flat()
    .sort((a, b) => cmpNullsFirst(a.derived_response_due, b.derived_response_due) || (a.id < b.id ? -1 : 1))
    .slice(0, p.limit);

  // Working days late are cached for the day; rows cached on an earlier day are re-read here.
  const stale = overdue.filter((r) => r.derived_as_of !== p.today || r.derived_engine_version !== DERIVED_VERSION);
  const events = stale.length ? await eventsOf(db, stale.map((r) => r.id)) : new Map();
  const overdueItems = overdue.map((r) => {
    const days = stale.includes(r)
      ? deriveLenient(r, events.get(r.id)!.map((e: { kind: string; date: string; seq: number }) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), p.today, false).overdue_working_days
      : Number(r.derived_overdue_days);
    const due = r.derived_status === 'appeal-overdue' ? r.derived_appeal_decision_due : r.derived_response_due;
    return { ...item(r, r.derived_status === 'appeal-overdue' ? 'appeal-decision' : 'response', due), overdue_working_days: days };
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

/** The order SQLite gives `order by x` (nulls first); the sections are merged in that order. */
function cmpNullsFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
