// All SQL about requests and their timelines.
import { sql, type ExpressionBuilder } from 'kysely';
import { dialectOf, type Executor } from '../../db/database';
import type { Database } from '../../db/schema';
import type { RequestEventsTable, RequestsTable } from './tables';

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
  await db.insertInto('request_deadline_cache').values({ request_id: requestId, ...cached })
    .onConflict((oc) => oc.column('request_id').doUpdateSet(cached)).execute();
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

/**
 * The stored deadlines column, spliced into the page as it is. SQLite: as bytes (no UTF-8 decoding
 * here and no re-encoding on the socket). PostgreSQL: as text, which pg decodes once; bytes would
 * travel hex-encoded (twice the size on the wire, a hex string and a Buffer per row in memory:
 * measured, the server's peak RSS under bench:api fell when they went).
 */
function deadlinesBytes(db: Executor, explain: boolean) {
  const column = sql.ref(explain ? 'request_deadline_cache.deadlines' : 'request_deadline_cache.deadlines_brief');
  return dialectOf(db) === 'postgres'
    ? sql<string>`${column}`.as('deadlines_json')
    : sql<Buffer>`cast(${column} as blob)`.as('deadlines_json');
}

export async function listRequests(db: Executor, viewer: Viewer, f: ListFilters): Promise<ListRow[]> {
  const words = f.q ? f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8) : [];
  const query = (extra?: (q: ListQuery) => ListQuery) => {
    let q = filtered(db, viewer, f, words);
    if (extra) q = extra(q);
    return q.orderBy('requests.id', 'desc');
  };
  // Without `q`, or on PostgreSQL (pg_trgm serves LIKE there when installed), one query.
  const indexable = words.filter((w) => [...w].length >= 3);
  if (!words.length || !indexable.length || dialectOf(db) !== 'sqlite') return query().limit(f.limit).execute();

  // SQLite and `q`: newest first means walking the (organisation, id) index and testing each row,
  // which is quick when matches are common and a full scan when they are rare. So walk at most
  // SCAN_BUDGET rows (more for long pages); if the page is not full by then, take the rest from
  // the trigram index (every match older than the walked range), in id order. Both halves are exact.
  const boundary = await scopeOnly(db, viewer, f).select('requests.id').orderBy('requests.id', 'desc')
    .limit(1).offset(f.scanBudget ?? Math.max(SCAN_BUDGET, f.limit * 40)).executeTakeFirst();
  if (!boundary) return query().limit(f.limit).execute();
  const recent = await query((q) => q.where('requests.id', '>=', boundary.id)).limit(f.limit).execute();
  if (recent.length >= f.limit) return recent;
  const match = await ftsMatch(db, indexable);
  const older = await query((q) => q.where('requests.id', '<', boundary.id)
    .where('requests.id', 'in', (eb) => eb.selectFrom('request_search').select('request_search.request_id')
      .where('request_search.rowid', 'in', sql<number>`(select rowid from request_search_fts where request_search_fts match ${match})`)))
    .limit(f.limit - recent.length).execute();
  return [...recent, ...older];
}

/**
 * The FTS5 query for the words: all of them (AND), unless one is rare (fewer than PROBE matches),
 * in which case that one alone: intersecting a rare word with a very common one ("request") costs
 * far more than testing the few rows of the rare one (the LIKE conditions still test every word).
 */
async function ftsMatch(db: Executor, words: string[]): Promise<string> {
  const phrase = (w: string) => '"' + w.replaceAll('"', '""') + '"';
  if (words.length === 1) return phrase(words[0]);
  let rarest: { word: string; n: number } | null = null;
  for (const word of words) {
    const r = await sql<{ n: number }>`select count(*) as n from (select rowid from request_search_fts where request_search_fts match ${phrase(word)} limit ${PROBE})`.execute(db);
    const n = Number(r.rows[0]?.n ?? 0);
    if (!rarest || n < rarest.n) rarest = { word, n };
  }
  return rarest && rarest.n < PROBE ? phrase(rarest.word) : words.map(phrase).join(' AND ');
}
const PROBE = 64;

/** How many rows (at least; 40 per row asked for) a `q` search walks in id order before it asks the trigram index (SQLite). */
export const SCAN_BUDGET = 1000;

type ListQuery = ReturnType<typeof filtered>;

/** Visibility, the cursor and every filter, `q` as its words. */
function filtered(db: Executor, viewer: Viewer, f: ListFilters, words: string[]) {
  let q = scopeOnly(db, viewer, f).leftJoin('agencies', 'agencies.id', 'requests.agency_id')
    .leftJoin('request_deadline_cache', 'request_deadline_cache.request_id', 'requests.id')
    .select(LIST_COLUMNS)
    .select('agencies.name as agency_name')
    .select(deadlinesBytes(db, f.explain !== false));
  for (const word of words) q = q.where(sql<boolean>`requests.search_text like ${'%' + escapeLike(word) + '%'} escape '\\'`);
  return q;
}

/** Visibility, the cursor and the filters other than `q` (the rows a `q` search walks). */
function scopeOnly(db: Executor, viewer: Viewer, f: ListFilters) {
  let q = db.selectFrom('requests')
    .where(f.scope === 'organisation' && viewer.organisationId ? scopedTo(viewer, viewer.organisationId) : visibleTo(viewer));
  if (f.status?.length) q = q.where('requests.derived_status', 'in', f.status);
  // Written out literally (no bound values) so the partial index requests_org_overdue_id serves it.
  if (f.overdue === true) q = q.where(sql<boolean>`requests.derived_status in ('overdue', 'may-sue')`).where('requests.derived_open', '=', 1).where('requests.derived_response_due', '<', f.today);
  if (f.overdue === false) q = q.where((eb) => eb.not(eb.and([eb('requests.derived_open', '=', 1), eb('requests.derived_status', 'in', ['overdue', 'may-sue'])])));
  if (f.agency) q = q.where('requests.agency_id', '=', f.agency);
  if (f.jurisdiction) q = q.where('requests.jurisdiction', '=', f.jurisdiction);
  if (f.tag) q = q.where(sql<boolean>`requests.tags like ${'%' + escapeLike(JSON.stringify(f.tag)) + '%'} escape '\\'`);
  if (f.cursor) q = q.where('requests.id', '<', f.cursor);
  return q;
}

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

function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}
