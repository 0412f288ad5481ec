// The SQL of request lists: visibility, filters, `q`, cursor pages. Every list page runs here, so
// the queries are prepared once per shape (server/db/prepared.ts): building and compiling the
// join through Kysely on each call cost about as much as SQLite running it.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { dialectOf, type Executor } from '../../db/database';
import { prepared, type Placeholders } from '../../db/prepared';
import type { Database } from '../../db/schema';
import { rememberRarity, wasRare } from './word-rarity';
import { LIST_COLUMNS, scopedTo, visibleTo, type ListFilters, type ListRow, type Viewer } from './repository';

/** A row of a page read with `rendered`: its item's JSON bytes, null when it must be built again. */
export interface RenderedRow { id: string; item: Buffer | string | null; item_as_of: string | null; item_version: string | null }

/** Every value a list query may bind; a shape uses some of them. */
type ListValues = Record<string, unknown> & {
  org: string; user: string; today: string; agency: string; jurisdiction: string; tag: string; cursor: string;
  limit: number; offset: number; boundary: string; match: string;
};

/** What changes the SQL of a list query (never a value). */
interface ListShape {
  who: 'all' | 'public' | 'member' | 'owner';
  /** The viewer's organisation only (scopedTo), or everything visible (visibleTo). */
  own: boolean;
  statuses: number;
  overdue: boolean | null;
  agency: boolean;
  jurisdiction: boolean;
  tag: boolean;
  cursor: boolean;
  words: number;
  explain: boolean;
  /** Each row's rendered item (and when it was rendered) instead of its columns. */
  rendered: boolean;
  /** `q` on SQLite: rows from the walked boundary on, rows older than it among the trigram matches, or the matches alone. */
  part: 'all' | 'recent' | 'older' | 'matches';
}

// Literal values the builders bind themselves (visibility rule and filters), allowed as constants.
const CONSTANTS = ['public', 'organisation', 'private', 'overdue', 'may-sue', 1];

function viewerFor(p: Placeholders<ListValues>, s: ListShape): Viewer {
  return { all: s.who === 'all', organisationId: s.who === 'public' ? null : p.org, userId: p.user, isOwner: s.who === 'owner' };
}

/** Visibility, the cursor and the filters other than `q` (the rows a `q` search walks). */
function scopeOnly(db: Executor, p: Placeholders<ListValues>, s: ListShape) {
  const viewer = viewerFor(p, s);
  let q = db.selectFrom('requests').where(s.own ? scopedTo(viewer, p.org) : visibleTo(viewer));
  if (s.statuses) q = q.where('requests.derived_status', 'in', Array.from({ length: s.statuses }, (_, i) => p[`status${i}`] as string));
  // The statuses written out literally (no bound values) so the partial index requests_org_overdue_id
  // (organisation, id) serves it, newest first. `|| ''` (NULL stays NULL) keeps the due-date range
  // off the (organisation, status, response due) index: with it, SQLite's planner (without
  // per-value statistics, planner-statistics.ts) read every overdue row and sorted them, 0.5 s.
  if (s.overdue === true) q = q.where(sql<boolean>`requests.derived_status in ('overdue', 'may-sue')`).where(sql<boolean>`requests.derived_open = 1`).where(sql<boolean>`requests.derived_response_due || '' < ${p.today}`);
  if (s.overdue === false) q = q.where((eb) => eb.not(eb.and([eb('requests.derived_open', '=', 1), eb('requests.derived_status', 'in', ['overdue', 'may-sue'])])));
  if (s.agency) q = q.where('requests.agency_id', '=', p.agency);
  if (s.jurisdiction) q = q.where('requests.jurisdiction', '=', p.jurisdiction);
  if (s.tag) q = q.where(sql<boolean>`requests.tags like ${p.tag} escape '\\'`);
  if (s.cursor) q = q.where('requests.id', '<', p.cursor);
  return q;
}

/**
 * A stored JSON column, spliced into the page as it is. SQLite: as bytes (no UTF-8 decoding here
 * and no re-encoding on the socket). PostgreSQL: as text, which pg decodes once; bytes would
 * travel hex-encoded (twice the size on the wire, a hex string and a Buffer per row in memory:
 * measured, the server's peak RSS under bench:api fell when they went).
 */
function storedJson(db: Executor, column: string, as: string) {
  const ref = sql.ref(column);
  return dialectOf(db) === 'postgres' ? sql<string>`${ref}`.as(as) : sql<Buffer>`cast(${ref} as blob)`.as(as);
}

/** What a page shows of each row: its rendered item (migration 0011), or the columns to build it from. */
function selected(db: Executor, q: ReturnType<typeof scopeOnly>, s: ListShape): PageQuery {
  const cached = q.leftJoin('request_deadline_cache', 'request_deadline_cache.request_id', 'requests.id');
  if (s.rendered) {
    return cached.select(['requests.id', 'request_deadline_cache.item_as_of', 'request_deadline_cache.item_version'])
      .select(storedJson(db, s.explain ? 'request_deadline_cache.item' : 'request_deadline_cache.item_brief', 'item')) as unknown as PageQuery;
  }
  return cached.leftJoin('agencies', 'agencies.id', 'requests.agency_id')
    .select(LIST_COLUMNS)
    .select('agencies.name as agency_name')
    .select(storedJson(db, s.explain ? 'request_deadline_cache.deadlines' : 'request_deadline_cache.deadlines_brief', 'deadlines_json')) as unknown as PageQuery;
}
type PageQuery = SelectQueryBuilder<Database, 'requests' | 'request_deadline_cache', Record<string, unknown>>;

const page = prepared((db, p: Placeholders<ListValues>, s: ListShape) => {
  let q = selected(db, scopeOnly(db, p, s), s);
  for (let i = 0; i < s.words; i++) q = q.where(sql<boolean>`requests.search_text like ${p[`like${i}`]} escape '\\'`);
  if (s.part === 'recent') q = q.where('requests.id', '>=', p.boundary);
  if (s.part === 'older') q = q.where('requests.id', '<', p.boundary);
  if (s.part === 'older' || s.part === 'matches') q = q.where('requests.id', 'in', (eb: ExpressionBuilder<Database, 'requests'>) => eb.selectFrom('request_search').select('request_search.request_id')
    .where('request_search.rowid', 'in', sql<number>`(select rowid from request_search_fts where request_search_fts match ${p.match})`));
  return q.orderBy('requests.id', 'desc').limit(p.limit);
}, undefined, CONSTANTS);

/** Requests whose deadlines are cached but whose list item is not (it was forgotten by a change). */
export async function requestsWithoutListItem(db: Executor, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('request_deadline_cache').select('request_id').where('item', 'is', null).limit(limit).execute();
  return rows.map((r) => r.request_id);
}

/** The rows a page could not take rendered, with the columns to build their items from. */
export async function listRowsByIds(db: Executor, ids: string[], explain: boolean): Promise<ListRow[]> {
  if (!ids.length) return [];
  return selected(db, db.selectFrom('requests').where('requests.id', 'in', ids), { ...NO_FILTERS, explain, rendered: false }).execute() as Promise<ListRow[]>;
}

/** The id `offset` rows down the walk (the end of what a `q` search tests row by row). */
const walkBoundary = prepared((db, p: Placeholders<ListValues>, s: ListShape) =>
  scopeOnly(db, p, s).select('requests.id').orderBy('requests.id', 'desc').limit(1).offset(p.offset), undefined, CONSTANTS);

const NO_FILTERS: ListShape = { who: 'all', own: false, statuses: 0, overdue: null, agency: false, jurisdiction: false, tag: false, cursor: false, words: 0, explain: true, rendered: false, part: 'all' };

/** A page of rows with their rendered items (`rendered`), or with their columns. */
export async function listRequests(db: Executor, viewer: Viewer, f: ListFilters & { rendered: true }): Promise<RenderedRow[]>;
export async function listRequests(db: Executor, viewer: Viewer, f: ListFilters): Promise<ListRow[]>;
export async function listRequests(db: Executor, viewer: Viewer, f: ListFilters & { rendered?: boolean }): Promise<(ListRow | RenderedRow)[]> {
  const words = f.q ? f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8) : [];
  const values: ListValues = {
    org: viewer.organisationId ?? '', user: viewer.userId ?? '', today: f.today, agency: f.agency ?? '', jurisdiction: f.jurisdiction ?? '',
    tag: '%' + escapeLike(JSON.stringify(f.tag ?? '')) + '%', cursor: f.cursor ?? '', limit: f.limit, offset: 0, boundary: '', match: '',
  };
  (f.status ?? []).forEach((st, i) => { values[`status${i}`] = st; });
  words.forEach((w, i) => { values[`like${i}`] = '%' + escapeLike(w) + '%'; });
  const shape: ListShape = {
    who: viewer.all ? 'all' : !viewer.organisationId ? 'public' : viewer.isOwner ? 'owner' : 'member',
    own: f.scope === 'organisation' && !!viewer.organisationId,
    statuses: f.status?.length ?? 0, overdue: f.overdue ?? null, agency: !!f.agency, jurisdiction: !!f.jurisdiction, tag: !!f.tag,
    cursor: !!f.cursor, words: words.length, explain: f.explain !== false, rendered: f.rendered === true, part: 'all',
  };
  const run = (part: ListShape['part'], extra: Partial<ListValues> = {}) =>
    page.execute(db, { ...values, ...extra }, { ...shape, part }) as Promise<(ListRow | RenderedRow)[]>;

  // Without `q`, or on PostgreSQL (pg_trgm serves LIKE there when installed), one query.
  const indexable = words.filter((w) => [...w].length >= 3);
  if (!words.length || !indexable.length || dialectOf(db) !== 'sqlite') return run('all');

  // SQLite and `q`. When one word is rare, its few trigram matches are the candidates: test them
  // and stop. Otherwise (every word common) newest first means walking the (organisation, id)
  // index and testing each row, quick because matches are common; walk at most SCAN_BUDGET rows
  // (more for long pages), and if the page is not full by then, take the rest from the trigram
  // index (every match older than the walked range), in id order. Every path is exact (the LIKE
  // conditions test every word; the index only narrows), so cursor pages neither skip nor repeat.
  const match = await ftsMatch(db, indexable, f.probeLimit ?? PROBE);
  if (match.rare) return run('matches', { match: match.query });
  const boundary = (await walkBoundary.execute(db, { ...values, offset: f.scanBudget ?? Math.max(SCAN_BUDGET, f.limit * 40) }, shape))[0] as { id: string } | undefined;
  if (!boundary) return run('all');
  const recent = await run('recent', { boundary: boundary.id });
  if (recent.length >= f.limit) return recent;
  const older = await run('older', { boundary: boundary.id, match: match.query, limit: f.limit - recent.length });
  return [...recent, ...older];
}

/**
 * The FTS5 query for the words: all of them (AND), unless one is rare (fewer than PROBE matches),
 * in which case that one alone: intersecting a rare word with a very common one ("request") costs
 * far more than testing the few rows of the rare one (the LIKE conditions still test every word).
 * Words last seen rare are probed first and words last seen common not at all (word-rarity.ts):
 * a probe of a word on most rows costs ~0.3 ms even with its limit.
 */
async function ftsMatch(db: Executor, words: string[], probeLimit: number): Promise<{ query: string; rare: boolean }> {
  const phrase = (w: string) => '"' + w.replaceAll('"', '""') + '"';
  const rank = (w: string) => { const rare = wasRare(w); return rare === true ? 0 : rare === undefined ? 1 : 2; };
  for (const word of [...words].sort((a, b) => rank(a) - rank(b))) {
    if (wasRare(word) === false) continue;
    const n = Number((await probe.execute(db, { match: phrase(word), limit: probeLimit }, null))[0]?.n ?? 0);
    rememberRarity(word, n < probeLimit);
    if (n < probeLimit) return { query: phrase(word), rare: true }; // its few matches are the candidates
  }
  return { query: words.map(phrase).join(' AND '), rare: false };
}
const probe = prepared((_db, p: Placeholders<{ match: string; limit: number }>) =>
  sql<{ n: number }>`select count(*) as n from (select rowid from request_search_fts where request_search_fts match ${p.match} limit ${p.limit})`, () => '');

/** Fewer trigram-index matches than this and a word is rare: its matches are a `q` search's candidates. */
export const PROBE = 64;

/** How many rows (at least; 40 per row asked for) a `q` search walks in id order before it asks the trigram index (SQLite). */
export const SCAN_BUDGET = 1000;

function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}
