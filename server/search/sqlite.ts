// SQLite FTS5 search. Ranking: BM25 (FTS5's bm25()). Plain `ORDER BY rank` scores every match,
// which costs about a second for a word on most of a million pages, so queries whose every clause
// is common are ranked over a bounded candidate set instead (docs/decisions/0501-search-ranking.md):
// the precomputed top pages of each common word (impact lists) plus the newest matches.
import { sql } from 'kysely';
import type { Executor } from '../db/database';
import { parseQuery, toFts5, type Clause, type ParsedQuery } from './query';
import type { SearchHit, SearchItemInput, SearchOptions, SearchResult } from './types';
import { andAll, conditions, markSnippet, needsRequestJoin } from './visibility';
import { impactScore, termCounts } from './tokenize';
import { bm25, fastTokens, matchCounts, snippetOf } from './rank';
import { pairCounts, pairKey } from './pairs';

/** A clause matching at most this many items is ranked exactly (about 20 ms of bm25 at worst). */
export const EXACT_MAX_DF = 20_000;
/** A word in at least this many items keeps an impact list of its best items. */
export const IMPACT_MIN_DF = 500;
/** Length of each impact list. */
export const IMPACT_K = 100;
/** How many of the newest matches join the candidates of a bounded query. */
export const SCAN_CANDIDATES = 300;
/** Ids (only) fetched by the scan: when fewer match, the candidate set is complete. */
export const COMPLETE_SCAN = 1000;

const TOTAL_ITEMS = '\u0000items';
const TOTAL_TOKENS = '\u0000tokens';

async function dfOf(db: Executor, clause: Clause): Promise<number> {
  if (clause.type === 'term' && !clause.prefix) {
    const r = await sql<{ df: number }>`select df from search_terms where term = ${clause.term}`.execute(db);
    return r.rows[0]?.df ?? 0;
  }
  if (clause.type === 'term') {
    const r = await sql<{ df: number }>`select coalesce(sum(df), 0) as df from (select df from search_terms where term >= ${clause.term} and term < ${clause.term + '\uffff'} and instr(term, ' ') = 0 limit 5000)`.execute(db);
    return r.rows[0]?.df ?? 0;
  }
  let min = Infinity;
  for (const t of clause.terms) min = Math.min(min, await dfOf(db, { type: 'term', term: t, prefix: false }));
  return min;
}

export async function searchSqlite(db: Executor, input: string | ParsedQuery, options: SearchOptions): Promise<SearchResult> {
  const parsed = typeof input === 'string' ? parseQuery(input) : input;
  const match = toFts5(parsed);
  const filters = options.filters ?? {};
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const offset = Math.max(options.offset ?? 0, 0);
  const needsJoin = needsRequestJoin(options.scope, filters);
  const join = needsJoin ? sql`left join requests r on r.id = i.request_id` : sql``;
  const conds = conditions(options.scope, filters);
  const where = andAll(conds);
  const unfiltered = !needsJoin && conds.length === 0;

  // What each clause costs FTS5 (a phrase: its rarest word's doclist, which its walk follows), and
  // each clause's n for BM25 (a listed pair's exact count: ./pairs.ts).
  const docFreqs: number[] = [];
  for (const c of parsed.must) docFreqs.push(await dfOf(db, c));
  const rarest = Math.min(...docFreqs);
  const pairs = new Map<number, string>();
  for (const [k, c] of parsed.must.entries()) if (c.type === 'phrase' && c.terms.length === 2) pairs.set(k, pairKey(c.terms[0], c.terms[1]));
  const pairDf = new Map<string, number>();
  if (pairs.size) {
    const r = await sql<{ term: string; df: number }>`select term, df from search_terms where term in (${sql.join([...pairs.values()])})`.execute(db);
    for (const x of r.rows) pairDf.set(x.term, Number(x.df));
    for (const [k, key] of pairs) if (pairDf.has(key)) docFreqs[k] = pairDf.get(key)!;
  }
  // A lone phrase with a pair list: the list is its exact top (checked against the text below),
  // whatever its words cost FTS5.
  const lonePair = options.force !== 'exact' && parsed.must.length === 1 && pairDf.has(pairs.get(0) ?? '') && !parsed.not.length && unfiltered && offset + limit <= IMPACT_K;

  // Reduced (docs/decisions/0504, 0507): words on at least half the items get BM25's floored idf
  // (1e-6), so they change no ranking beyond ties; FTS5 ranks the query without them — skipping the
  // walk that counts their matches and the scoring of every row that has them — and they are
  // checked in the candidates' text. Exact but for pages whose scores differ by less than 2.2e-6
  // each. Before the exact path too: "stavart the" cost FTS5 73 ms there, for the count of "the".
  const stats = await corpusStats(db);
  const floor = parsed.must.map((c, k) => c.type === 'term' && !c.prefix && idf(docFreqs[k], stats.items) <= 1e-6);
  const rest = parsed.must.filter((_, k) => !floor[k]);
  const reducible = options.force !== 'exact' && !lonePair && rest.length > 0 && rest.length < parsed.must.length && rest.every((c) => c.type === 'phrase' || !c.prefix);
  // One clause left with an impact list (a word, or a listed pair): its list, verified on the
  // bounded path below, already holds the answer, and costs less than FTS5.
  const k0 = parsed.must.indexOf(rest[0]);
  const restListed = reducible && rest.length === 1 && unfiltered && offset + limit <= IMPACT_K
    && (rest[0].type === 'term' ? docFreqs[k0] >= IMPACT_MIN_DF : pairDf.has(pairs.get(k0) ?? ''));
  if (reducible && !restListed) {
    // Share of items holding every floor word, if independent (each is on at least half of them).
    const share = parsed.must.reduce((p, _, k) => (floor[k] ? p * Math.min(1, docFreqs[k] / stats.items) : p), 1);
    const reduced = await rankReduced(db, parsed, { must: rest, not: parsed.not }, { join, where, limit, offset, unfiltered, share });
    if (reduced) return { items: reduced, strategy: 'reduced' };
  }

  if (!lonePair && !restListed && (options.force === 'exact' || (options.force !== 'bounded' && rarest <= EXACT_MAX_DF))) {
    const rows = await sql<Row>`
      select i.id, i.kind, i.ref_id, i.document_id, i.request_id, i.page,
        snippet(search_fts, 0, char(2), char(3), '…', 16) as snip, search_fts.rank as rank
      from search_fts join search_items i on i.id = search_fts.rowid ${join}
      where search_fts match ${match} ${where}
      order by search_fts.rank limit ${limit} offset ${offset}`.execute(db);
    return { items: rows.rows.map(toHit), strategy: 'exact' };
  }

  // Bounded: candidates = the newest matches ∪ the impact lists of the query's words (verified
  // against the whole query), scored in JavaScript with BM25 (./rank.ts). No scan when one clause
  // with a list is all that counts — a lone word, a lone listed pair (./pairs.ts), or such a clause
  // beside floor words: its list holds its best items already (checked for the floor words; when
  // fewer than a page of a full list passes, the scan comes back). Paging past the list's length
  // brings the scan back too.
  const loneRest = restListed && !parsed.not.length;
  const loneWord = parsed.must.length === 1 && parsed.must[0].type === 'term' && !parsed.must[0].prefix
    && !parsed.not.length && unfiltered && rarest >= IMPACT_MIN_DF && offset + limit <= IMPACT_K;
  const lone = lonePair || loneRest || loneWord;
  const keyOf = (k: number) => { const c = parsed.must[k]; return c.type === 'term' ? c.term : pairs.get(k)!; };
  const listKeys = lonePair || loneWord ? [keyOf(0)]
    : loneRest ? [keyOf(k0)]
    : [...new Set([...parsed.must.flatMap((c) => (c.type === 'term' ? (c.prefix ? [] : [c.term]) : c.terms)), ...pairDf.keys()])];
  const first = await rankCandidates(lone);
  if (!lone || first.passed >= offset + limit || first.listed < IMPACT_K) return { items: first.items, strategy: 'bounded' };
  return { items: (await rankCandidates(false)).items, strategy: 'bounded' };

  async function rankCandidates(listOnly: boolean): Promise<{ items: SearchHit[]; passed: number; listed: number }> {
    const scanned = listOnly ? { rows: [] as { id: number }[] } : await sql<{ id: number }>`
      select search_fts.rowid as id from search_fts ${unfiltered ? sql`` : sql`join search_items i on i.id = search_fts.rowid ${join}`}
      where search_fts match ${match} ${where}
      order by search_fts.rowid desc limit ${COMPLETE_SCAN}`.execute(db);
    // Fewer matches than COMPLETE_SCAN: every match is a candidate and the ranking is exact BM25.
    const complete = !listOnly && scanned.rows.length < COMPLETE_SCAN;
    const ids = new Set<number>(scanned.rows.slice(0, complete ? COMPLETE_SCAN : SCAN_CANDIDATES).map((r) => Number(r.id)));
    let listed = 0;
    if (listKeys.length && !complete) {
      const impact = await sql<{ item_id: number }>`select item_id from search_impact where term in (${sql.join(listKeys)})`.execute(db);
      for (const r of impact.rows) ids.add(Number(r.item_id));
      listed = impact.rows.length;
    }
    if (!ids.size) return { items: [], passed: 0, listed };
    const bodies = await sql<Row & { body: string }>`
      select i.id, i.kind, i.ref_id, i.document_id, i.request_id, i.page, i.body from search_items i ${join}
      where i.id in (select value from json_each(${JSON.stringify([...ids])})) ${where}`.execute(db);
    // A lone phrase whose scan ended early has had every match counted: that is its exact n.
    if (unfiltered && complete && parsed.must.length === 1 && parsed.must[0].type === 'phrase' && !parsed.not.length) docFreqs[0] = scanned.rows.length;
    const scored: Array<{ row: Row & { body: string }; score: number }> = [];
    for (const row of bodies.rows) {
      const tokens = fastTokens(row.body);
      const counts = matchCounts(tokens, parsed);
      if (counts) scored.push({ row, score: bm25(counts, docFreqs, tokens.length, stats.items, stats.avgLength) });
    }
    // Ties in the order FTS5 leaves them (lowest rowid first), so equal scores list the same pages.
    scored.sort((a, b) => b.score - a.score || Number(a.row.id) - Number(b.row.id));
    const items = scored.slice(offset, offset + limit).map(({ row, score }) => ({
      kind: row.kind, ref_id: row.ref_id, document_id: row.document_id, request_id: row.request_id, page: row.page,
      snippet: markSnippet(snippetOf(row.body, parsed)), score,
    }));
    return { items, passed: scored.length, listed };
  }
}

/** BM25's idf as FTS5 computes it (floored at 1e-6). */
export function idf(df: number, items: number): number {
  return Math.max(1e-6, Math.log((items - df + 0.5) / (df + 0.5)));
}

/** The fewest of the reduced query's best rows fetched on the first try. */
export const REDUCED_FIRST = 30;
const REDUCED_TRIES = 3;

/**
 * FTS5's own ranking of the query without its floor words, then those words verified in each
 * row's text; more rows are fetched (×4) while too few pass. Null when even the last try leaves
 * fewer than offset + limit rows although more exist (the caller then ranks by candidates).
 */
async function rankReduced(db: Executor, full: ParsedQuery, reduced: ParsedQuery, q: { join: ReturnType<typeof sql>; where: ReturnType<typeof sql>; limit: number; offset: number; unfiltered: boolean; share: number }): Promise<SearchHit[] | null> {
  const want = q.offset + q.limit;
  // Enough rows that, at the floor words' share, `want` of them pass with room to spare: each row
  // fetched costs reading and tokenising its text (~45 µs when not cached, measured on the bench's
  // million pages), and 100 were fetched for a word on 99% of the pages.
  let take = Math.max(REDUCED_FIRST, Math.ceil((want / Math.max(q.share, 0.25)) * 1.5) + 10);
  for (let attempt = 0; attempt < REDUCED_TRIES; attempt++, take *= 4) {
    // Unfiltered, FTS5 ranks alone (ORDER BY rank LIMIT inside the virtual table) and only the
    // winners are joined; with filters the join has to come first, as on the exact path.
    const rows = q.unfiltered
      ? await sql<Row & { body: string }>`
        select i.id, i.kind, i.ref_id, i.document_id, i.request_id, i.page, i.body, top.rank as rank
        from (select rowid, rank from search_fts where search_fts match ${toFts5(reduced)} order by rank limit ${take}) top
        join search_items i on i.id = top.rowid order by top.rank`.execute(db)
      : await sql<Row & { body: string }>`
        select i.id, i.kind, i.ref_id, i.document_id, i.request_id, i.page, i.body, search_fts.rank as rank
        from search_fts join search_items i on i.id = search_fts.rowid ${q.join}
        where search_fts match ${toFts5(reduced)} ${q.where}
        order by search_fts.rank limit ${take}`.execute(db);
    // Rows come best first: check them in order and stop once enough have passed.
    const kept: typeof rows.rows = [];
    for (const r of rows.rows) {
      if (matchCounts(fastTokens(r.body), full) !== null) kept.push(r);
      if (kept.length >= want) break;
    }
    if (kept.length >= want || rows.rows.length < take) {
      return kept.slice(q.offset, want).map((r) => ({
        kind: r.kind, ref_id: r.ref_id, document_id: r.document_id, request_id: r.request_id, page: r.page,
        snippet: markSnippet(snippetOf(r.body, full)), score: -Number(r.rank),
      }));
    }
  }
  return null;
}

async function corpusStats(db: Executor): Promise<{ items: number; avgLength: number }> {
  const r = await sql<{ term: string; df: number }>`select term, df from search_terms where term in (${TOTAL_ITEMS}, ${TOTAL_TOKENS})`.execute(db);
  const get = (k: string) => Number(r.rows.find((x) => x.term === k)?.df ?? 0);
  const items = Math.max(1, get(TOTAL_ITEMS));
  return { items, avgLength: Math.max(1, get(TOTAL_TOKENS) / items) };
}

interface Row { id: number; kind: SearchHit['kind']; ref_id: string; document_id: string | null; request_id: string | null; page: number | null; snip: string; rank: number }

function toHit(r: Row): SearchHit {
  return { kind: r.kind, ref_id: r.ref_id, document_id: r.document_id, request_id: r.request_id, page: r.page, snippet: markSnippet(r.snip ?? ''), score: -Number(r.rank) };
}

// ---------------------------------------------------------------- indexing

async function bump(db: Executor, term: string, by: number): Promise<number> {
  const r = await sql<{ df: number }>`insert into search_terms (term, df) values (${term}, ${by})
    on conflict (term) do update set df = search_terms.df + ${by} returning df`.execute(db);
  return Number(r.rows[0].df);
}

async function averageLength(db: Executor): Promise<number> {
  return (await corpusStats(db)).avgLength;
}

export async function indexItemSqlite(db: Executor, item: SearchItemInput): Promise<number> {
  await removeItemsSqlite(db, item.kind, item.refId, item.page ?? null);
  const inserted = await sql<{ id: number }>`insert into search_items (kind, ref_id, page, document_id, request_id, agency_id, media_type, item_date, body)
    values (${item.kind}, ${item.refId}, ${item.page ?? null}, ${item.documentId ?? null}, ${item.requestId ?? null}, ${item.agencyId ?? null}, ${item.mediaType ?? null}, ${item.date ?? null}, ${item.body})
    returning id`.execute(db);
  const id = Number(inserted.rows[0].id);
  await sql`insert into search_fts (rowid, body) values (${id}, ${item.body})`.execute(db);
  const { counts, length } = termCounts(item.body);
  await bump(db, TOTAL_ITEMS, 1);
  await bump(db, TOTAL_TOKENS, length);
  const avg = await averageLength(db);
  for (const [term, tf] of counts) {
    const df = await bump(db, term, 1);
    if (df < IMPACT_MIN_DF) continue;
    if (df === IMPACT_MIN_DF) { await buildImpactList(db, term, avg); continue; }
    await offerImpact(db, term, id, impactScore(tf, length, avg));
  }
  // Pairs that have a list (./pairs.ts) are kept up to date; a pair without one stays without.
  for (const [key, tf] of await listedPairs(db, item.body)) {
    await bump(db, key, 1);
    await offerImpact(db, key, id, impactScore(tf, length, avg));
  }
  return id;
}

/** The item enters the term's list when the list is short or the item beats its weakest. */
async function offerImpact(db: Executor, term: string, id: number, score: number): Promise<void> {
  const state = await sql<{ n: number; low: number | null }>`select count(*) as n, min(score) as low from search_impact where term = ${term}`.execute(db);
  const { n, low } = state.rows[0];
  if (Number(n) < IMPACT_K) {
    await sql`insert into search_impact (term, item_id, score) values (${term}, ${id}, ${score})`.execute(db);
  } else if (low !== null && score > Number(low)) {
    await sql`delete from search_impact where term = ${term} and item_id = (select item_id from search_impact where term = ${term} order by score, item_id limit 1)`.execute(db);
    await sql`insert into search_impact (term, item_id, score) values (${term}, ${id}, ${score})`.execute(db);
  }
}

/** The text's adjacent pairs that have a row in search_terms, with their counts in the text. */
async function listedPairs(db: Executor, body: string): Promise<Array<[string, number]>> {
  const { counts } = pairCounts(body);
  if (!counts.size) return [];
  const r = await sql<{ term: string }>`select term from search_terms where term in (select value from json_each(${JSON.stringify([...counts.keys()])}))`.execute(db);
  return r.rows.map((x) => [x.term, counts.get(x.term)!]);
}

/** A word has just become common: its best items come from FTS5 once, then stay maintained. */
async function buildImpactList(db: Executor, term: string, avg: number): Promise<void> {
  const rows = await sql<{ id: number; body: string }>`select i.id, i.body from search_fts join search_items i on i.id = search_fts.rowid
    where search_fts match ${'"' + term.replace(/"/g, '""') + '"'} order by search_fts.rank limit ${IMPACT_K}`.execute(db);
  for (const r of rows.rows) {
    const { counts, length } = termCounts(r.body);
    await sql`insert into search_impact (term, item_id, score) values (${term}, ${r.id}, ${impactScore(counts.get(term) ?? 0, length, avg)})
      on conflict (term, item_id) do nothing`.execute(db);
  }
}

export async function removeItemsSqlite(db: Executor, kind: string, refId: string, page: number | null | 'all'): Promise<void> {
  const rows = await sql<{ id: number; body: string }>`select id, body from search_items where kind = ${kind} and ref_id = ${refId}
    ${page === 'all' ? sql`` : page === null ? sql`and page is null` : sql`and page = ${page}`}`.execute(db);
  for (const r of rows.rows) {
    await sql`insert into search_fts (search_fts, rowid, body) values ('delete', ${r.id}, ${r.body})`.execute(db);
    const { counts, length } = termCounts(r.body);
    for (const term of counts.keys()) await bump(db, term, -1);
    for (const [key] of await listedPairs(db, r.body)) await bump(db, key, -1);
    await bump(db, TOTAL_ITEMS, -1);
    await bump(db, TOTAL_TOKENS, -length);
    await sql`delete from search_impact where item_id = ${r.id}`.execute(db);
    await sql`delete from search_items where id = ${r.id}`.execute(db);
  }
}
