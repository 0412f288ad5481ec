// All SQL about requests and their timelines.
import { sql, type ExpressionBuilder } from 'kysely';
import { dialectOf, type Executor } from '../../db/database';
import type { Database } from '../../db/schema';
import type { RequestDeadlineCacheTable, RequestEventsTable, RequestsTable } from './tables';

export type RequestRow = RequestsTable & { agency_name: string | null };

/** Who is looking, reduced to what the visibility rule needs (authorize.ts states the rule). */
export interface Viewer {
  /** null: sees every request (system actors). */
  all: boolean;
  organisationId: string | null;
  userId: string | null;
  isOwner: boolean;
}

export async function insertRequest(db: Executor, row: RequestsTable): Promise<void> {
  await db.insertInto('requests').values(row).execute();
}

export async function updateRequest(db: Executor, id: string, set: Partial<RequestsTable>): Promise<void> {
  await db.updateTable('requests').set(set).where('id', '=', id).execute();
}

/** The deadlines list pages send, beside the row (written with every change of the derived columns). */
export async function writeDeadlineCache(db: Executor, requestId: string, cached: { deadlines: string; deadlines_brief: string }): Promise<void> {
  await db.insertInto('request_deadline_cache').values({ request_id: requestId, ...cached, item: null, item_brief: null, item_as_of: null, item_version: null })
    .onConflict((oc) => oc.column('request_id').doUpdateSet({ ...cached, item: null, item_brief: null, item_as_of: null, item_version: null })).execute();
}

export async function writeListItem(db: Executor, requestId: string, rendered: Pick<RequestDeadlineCacheTable, 'item' | 'item_brief' | 'item_as_of' | 'item_version'>): Promise<void> {
  await db.updateTable('request_deadline_cache').set(rendered).where('request_id', '=', requestId).execute();
}

export async function insertEvent(db: Executor, row: RequestEventsTable): Promise<void> {
  await db.insertInto('request_events').values(row).execute();
}

export async function nextEventSeq(db: Executor, requestId: string): Promise<number> {
  const r = await db.selectFrom('request_events').select((eb) => eb.fn.max('seq').as('m')).where('request_id', '=', requestId).executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function findRequest(db: Executor, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('requests')
    .leftJoin('agencies', 'agencies.id', 'requests.agency_id')
    .selectAll('requests')
    .select('agencies.name as agency_name')
    .where('requests.id', '=', id)
    .executeTakeFirst();
}

/** Locks the request row for the rest of the transaction (PostgreSQL; SQLite's write lock does it). */
export async function lockRequest(db: Executor, id: string, postgres: boolean): Promise<void> {
  if (postgres) await sql`select id from requests where id = ${id} for update`.execute(db);
}

export async function listEvents(db: Executor, requestId: string): Promise<RequestEventsTable[]> {
  return db.selectFrom('request_events').selectAll().where('request_id', '=', requestId).orderBy('date').orderBy('seq').execute();
}

export async function agencyExists(db: Executor, id: string): Promise<{ id: string; jurisdiction: string; name: string } | undefined> {
  return db.selectFrom('agencies').select(['id', 'jurisdiction', 'name']).where('id', '=', id).executeTakeFirst();
}

export function visibleTo(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database, 'requests'>) => {
    if (viewer.all) return sql<boolean>`1 = 1`;
    const isPublic = eb('requests.visibility', '=', 'public');
    if (!viewer.organisationId) return isPublic;
    const own = eb('requests.organisation_id', '=', viewer.organisationId);
    const inOrg = viewer.isOwner
      ? own
      : eb.and([own, eb.or([eb('requests.visibility', '=', 'organisation'), eb('requests.created_by', '=', viewer.userId ?? '')])]);
    return eb.or([inOrg, isPublic]);
  };
}

/**
 * The same rule restricted to one organisation the viewer belongs to: a plain condition the
 * (organisation_id, …) indexes can serve, instead of visibleTo()'s OR across organisations.
 */
export function scopedTo(viewer: Viewer, organisationId: string) {
  return (eb: ExpressionBuilder<Database, 'requests'>) => {
    const inOrg = eb('requests.organisation_id', '=', organisationId);
    if (viewer.all || (viewer.organisationId === organisationId && viewer.isOwner)) return inOrg;
    if (viewer.organisationId !== organisationId) return eb.and([inOrg, eb('requests.visibility', '=', 'public')]);
    return eb.and([inOrg, eb.or([eb('requests.visibility', '!=', 'private'), eb('requests.created_by', '=', viewer.userId ?? '')])]);
  };
}

export interface ListFilters {
  status?: string[];
  overdue?: boolean;
  agency?: string;
  jurisdiction?: string;
  q?: string;
  tag?: string;
  /** Restrict to the viewer's organisation (the default for members), or include public requests of others. */
  scope: 'organisation' | 'visible';
  cursor?: string;
  limit: number;
  today: string;
  /** Include each deadline's explanation lines (default true, the CONTRACTS.md shape). */
  explain?: boolean;
  /** Rows a `q` search walks before it asks the word index (tests set it small; default SCAN_BUDGET). */
  scanBudget?: number;
  /** Matches below which a word is rare (tests set it small; default PROBE). */
  probeLimit?: number;
}

/** What a list item needs: no request text, notes or search text (they can be long). */
export const LIST_COLUMNS = [
  'requests.id', 'requests.title', 'requests.derived_status', 'requests.jurisdiction', 'requests.agency_id', 'requests.filed_on',
  'requests.visibility', 'requests.tags', 'requests.tracking_number', 'requests.derived_as_of', 'requests.derived_engine_version',
] as const;
export type ListRow = Pick<RequestRow, 'id' | 'title' | 'derived_status' | 'jurisdiction' | 'agency_id' | 'filed_on' | 'visibility' | 'tags'
  | 'tracking_number' | 'derived_as_of' | 'derived_engine_version' | 'agency_name'> & {
  /**
   * The cached deadlines (explained, or brief) as UTF-8 bytes, sent as they are (SQLite blob,
   * PostgreSQL bytea); null for a row without its cache row, which list pages re-read like stale rows.
   */
  deadlines_json: Buffer | string | null;
};

/** Requests whose cached status was computed for an earlier day or another engine version. */
export async function staleRequestIds(db: Executor, today: string, engineVersion: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('requests').select('id')
    .where((eb) => eb.or([eb('derived_as_of', '<', today), eb('derived_engine_version', '!=', engineVersion)]))
    .limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function eventsOf(db: Executor, requestIds: string[]): Promise<Map<string, RequestEventsTable[]>> {
  const out = new Map<string, RequestEventsTable[]>(requestIds.map((id) => [id, []]));
  if (!requestIds.length) return out;
  const rows = await db.selectFrom('request_events').selectAll().where('request_id', 'in', requestIds).orderBy('request_id').orderBy('date').orderBy('seq').execute();
  for (const r of rows) out.get(r.request_id)!.push(r);
  return out;
}

export async function requestFacts(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.selectFrom('requests').select(['id', 'jurisdiction', 'agency_id']).where('id', 'in', ids).execute();
}
