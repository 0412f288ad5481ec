// PostgreSQL full-text search: a generated tsvector column ('simple' configuration) with a GIN
// index; queries are tsquery built from the parsed clauses (phrases with <->, prefixes with :*),
// ranked by ts_rank_cd, snippets by ts_headline with the same <mark> markers as SQLite.
import { sql } from 'kysely';
import type { Executor } from '../db/database';
import { parseQuery, toTsquery, type ParsedQuery } from './query';
import type { SearchHit, SearchItemInput, SearchOptions, SearchResult } from './types';
import { andAll, conditions, markSnippet, needsRequestJoin } from './visibility';

export async function searchPostgres(db: Executor, input: string | ParsedQuery, options: SearchOptions): Promise<SearchResult> {
  const parsed = typeof input === 'string' ? parseQuery(input) : input;
  const filters = options.filters ?? {};
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const offset = Math.max(options.offset ?? 0, 0);
  const join = needsRequestJoin(options.scope, filters) ? sql`left join requests r on r.id = i.request_id` : sql``;
  const where = andAll(conditions(options.scope, filters));
  const rows = await sql<{ kind: SearchHit['kind']; ref_id: string; document_id: string | null; request_id: string | null; page: number | null; snip: string; score: number }>`
    with q as (select to_tsquery('simple', ${toTsquery(parsed)}) as query),
    hits as (
      select i.id, i.kind, i.ref_id, i.document_id, i.request_id, i.page, i.body, ts_rank_cd(i.tsv, q.query) as score
      from search_items i cross join q ${join}
      where i.tsv @@ q.query ${where}
      order by score desc, i.id desc limit ${limit} offset ${offset}
    )
    select hits.kind, hits.ref_id, hits.document_id, hits.request_id, hits.page, hits.score,
      ts_headline('simple', translate(hits.body, '<>', '  '), q.query, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snip
    from hits cross join q order by hits.score desc, hits.id desc`.execute(db);
  return {
    items: rows.rows.map((r) => ({ kind: r.kind, ref_id: r.ref_id, document_id: r.document_id, request_id: r.request_id, page: r.page, snippet: markSnippet(r.snip ?? ''), score: Number(r.score) })),
    strategy: 'exact',
  };
}

export async function indexItemPostgres(db: Executor, item: SearchItemInput): Promise<number> {
  await removeItemsPostgres(db, item.kind, item.refId, item.page ?? null);
  const r = await sql<{ id: number }>`insert into search_items (kind, ref_id, page, document_id, request_id, agency_id, media_type, item_date, body)
    values (${item.kind}, ${item.refId}, ${item.page ?? null}, ${item.documentId ?? null}, ${item.requestId ?? null}, ${item.agencyId ?? null}, ${item.mediaType ?? null}, ${item.date ?? null}, ${item.body.replace(/\u0000/g, '')})
    returning id`.execute(db);
  return Number(r.rows[0].id);
}

export async function removeItemsPostgres(db: Executor, kind: string, refId: string, page: number | null | 'all'): Promise<void> {
  await sql`delete from search_items where kind = ${kind} and ref_id = ${refId}
    ${page === 'all' ? sql`` : page === null ? sql`and page is null` : sql`and page = ${page}`}`.execute(db);
}
