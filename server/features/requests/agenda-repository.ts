// The dashboard's SQL: one indexed query per section, each on (organisation, status, the date it
// sorts by) so it reads only the rows it shows; totals from the trigger-kept counts table.
import type { Executor } from '../../db/database';
import { scopedTo, visibleTo, type Viewer } from './repository';

export const AGENDA_COLUMNS = [
  'requests.id', 'requests.title', 'requests.derived_status', 'requests.jurisdiction', 'requests.agency_id', 'requests.derived_response_due',
  'requests.derived_may_sue_on', 'requests.derived_appeal_filing_due', 'requests.derived_appeal_decision_due', 'requests.derived_overdue_days',
  'requests.derived_as_of', 'requests.derived_engine_version',
] as const;

export type AgendaRow = Awaited<ReturnType<typeof sectionQuery>>[number];

type DateColumn = 'derived_response_due' | 'derived_may_sue_on' | 'derived_appeal_filing_due' | 'derived_appeal_decision_due';

export interface Section {
  status: string;
  /** The column it is ordered by (and, with from/to, filtered on). */
  by: DateColumn;
  direction: 'asc' | 'desc';
  from?: string;
  to?: string;
}

function sectionQuery(db: Executor, viewer: Viewer, organisationId: string | null, s: Section, limit: number) {
  let q = db.selectFrom('requests').leftJoin('agencies', 'agencies.id', 'requests.agency_id')
    .select(AGENDA_COLUMNS).select('agencies.name as agency_name')
    .where(organisationId ? scopedTo(viewer, organisationId) : visibleTo(viewer))
    .where('requests.derived_status', '=', s.status)
    .where('requests.derived_open', '=', 1);
  if (s.from !== undefined) q = q.where(`requests.${s.by}`, '>=', s.from);
  if (s.to !== undefined) q = q.where(`requests.${s.by}`, '<=', s.to);
  return q.orderBy(`requests.${s.by}`, s.direction).orderBy('requests.id').limit(limit).execute();
}

/** One section of the dashboard: the first `limit` open requests in `status`, ordered by `by`. */
export async function agendaSection(db: Executor, viewer: Viewer, organisationId: string | null, s: Section, limit: number): Promise<AgendaRow[]> {
  return sectionQuery(db, viewer, organisationId, s, limit);
}

/** Requests by status that the viewer may see in the organisation (or everywhere, for system actors). */
export async function statusCounts(db: Executor, viewer: Viewer, organisationId: string | null): Promise<{ status: string; n: number }[]> {
  if (!organisationId && !viewer.all) {
    // Across organisations (public requests of others): no counts table for that rule; count rows.
    return db.selectFrom('requests').select(['derived_status as status', (eb) => eb.fn.countAll<number>().as('n')])
      .where(visibleTo(viewer)).groupBy('derived_status').execute();
  }
  let q = db.selectFrom('request_status_counts').select(['status', (eb) => eb.fn.sum<number>('n').as('n')]).where('n', '>', 0);
  if (organisationId) {
    q = q.where('organisation_id', '=', organisationId);
    const seesEverything = viewer.all || (viewer.organisationId === organisationId && viewer.isOwner);
    if (!seesEverything) {
      q = viewer.organisationId === organisationId
        ? q.where((eb) => eb.or([eb('visibility', '!=', 'private'), eb('private_creator', '=', viewer.userId ?? '')]))
        : q.where('visibility', '=', 'public');
    }
  }
  const rows = await q.groupBy('status').execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) })).filter((r) => r.n > 0);
}
