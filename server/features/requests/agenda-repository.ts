// The dashboard's SQL: one indexed query per section, each on (organisation, status, the date it
// sorts by) so it reads only the rows it shows; totals from the trigger-kept counts table.
import { sql, type RawBuilder } from 'kysely';
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

/**
 * Every section in one statement (UNION ALL of the same indexed queries), for one organisation:
 * one round trip and one statement to build instead of one per section; the rows come back
 * tagged with their section's position. Across organisations (CLI), one query per section.
 */
export async function agendaSections(db: Executor, viewer: Viewer, organisationId: string | null, sections: Section[], limit: number): Promise<AgendaRow[][]> {
  if (!organisationId) return Promise.all(sections.map((s) => sectionQuery(db, viewer, organisationId, s, limit)));
  const columns = sql.raw(AGENDA_COLUMNS.join(', ') + ', agencies.name as agency_name');
  const scope = scopeSql(viewer, organisationId);
  const parts = sections.map((s, k) => {
    const by = sql.ref(`requests.${s.by}`);
    const from = s.from !== undefined ? sql` and ${by} >= ${s.from}` : sql``;
    const to = s.to !== undefined ? sql` and ${by} <= ${s.to}` : sql``;
    return sql`select * from (select ${sql.lit(k)} as section, ${columns} from requests left join agencies on agencies.id = requests.agency_id
      where ${scope} and requests.derived_status = ${s.status} and requests.derived_open = 1${from}${to}
      order by ${by} ${sql.raw(s.direction)}, requests.id limit ${limit}) as s${sql.raw(String(k))}`;
  });
  const rows = (await sql<AgendaRow & { section: number }>`${sql.join(parts, sql` union all `)}`.execute(db)).rows;
  const out: AgendaRow[][] = sections.map(() => []);
  for (const { section, ...row } of rows) out[Number(section)].push(row);
  // UNION ALL keeps each part's order in both databases, but SQL does not promise it: re-sort.
  return out.map((part, k) => part.sort(sectionOrder(sections[k])));
}

/** A section's ORDER BY in JS (nulls first ascending, as SQLite sorts). */
function sectionOrder(s: Section) {
  return (a: AgendaRow, b: AgendaRow): number => {
    const x = a[s.by];
    const y = b[s.by];
    const byDate = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return (s.direction === 'asc' ? byDate : -byDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** scopedTo() as an SQL fragment (the same rule: repository.ts). */
function scopeSql(viewer: Viewer, organisationId: string): RawBuilder<boolean> {
  const inOrg = sql<boolean>`requests.organisation_id = ${organisationId}`;
  if (viewer.all || (viewer.organisationId === organisationId && viewer.isOwner)) return inOrg;
  if (viewer.organisationId !== organisationId) return sql<boolean>`${inOrg} and requests.visibility = 'public'`;
  return sql<boolean>`${inOrg} and (requests.visibility != 'private' or requests.created_by = ${viewer.userId ?? ''})`;
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
