// Bulk (re)indexing for SQLite: prepared statements in large transactions, term statistics and
// impact lists kept in memory and written once at the end. Used by `acceso search reindex` and
// by the benchmark; per-item indexing (./sqlite.ts) maintains the same tables incrementally.
import type SQLite from 'better-sqlite3';
import { IMPACT_K, IMPACT_MIN_DF } from './sqlite';
import { impactScore, termCounts } from './tokenize';
import type { SearchItemInput } from './types';

const TOTAL_ITEMS = '\u0000items';
const TOTAL_TOKENS = '\u0000tokens';

/** The K best (score, item) of one term: a small array with its minimum tracked. */
class TopK {
  ids: number[] = [];
  scores: number[] = [];
  low = 0;
  df = 0;
  offer(id: number, score: number) {
    this.df++;
    if (this.ids.length < IMPACT_K) {
      this.ids.push(id);
      this.scores.push(score);
      if (this.ids.length === IMPACT_K) this.findLow();
      return;
    }
    if (score <= this.scores[this.low]) return;
    this.ids[this.low] = id;
    this.scores[this.low] = score;
    this.findLow();
  }
  private findLow() {
    let low = 0;
    for (let i = 1; i < this.scores.length; i++) if (this.scores[i] < this.scores[low]) low = i;
    this.low = low;
  }
}

export interface BulkStats { items: number; tokens: number; terms: number; impactTerms: number; seconds: number }

export function bulkIndexSqlite(handle: SQLite.Database, items: Iterable<SearchItemInput>, options: { batch?: number; onProgress?: (n: number) => void } = {}): BulkStats {
  const started = Date.now();
  const batch = options.batch ?? 10_000;
  const insertItem = handle.prepare(`insert into search_items (kind, ref_id, page, document_id, request_id, agency_id, media_type, item_date, body)
    values (@kind, @refId, @page, @documentId, @requestId, @agencyId, @mediaType, @date, @body)`);
  const insertFts = handle.prepare('insert into search_fts (rowid, body) values (?, ?)');
  const totals = handle.prepare('select term, df from search_terms where term in (?, ?)').all(TOTAL_ITEMS, TOTAL_TOKENS) as { term: string; df: number }[];
  let itemCount = totals.find((t) => t.term === TOTAL_ITEMS)?.df ?? 0;
  let tokenCount = totals.find((t) => t.term === TOTAL_TOKENS)?.df ?? 0;
  const added = { items: 0, tokens: 0 };
  const terms = new Map<string, TopK>();

  const flush = handle.transaction((rows: SearchItemInput[]) => {
    for (const item of rows) {
      const id = Number(insertItem.run({
        kind: item.kind, refId: item.refId, page: item.page ?? null, documentId: item.documentId ?? null, requestId: item.requestId ?? null,
        agencyId: item.agencyId ?? null, mediaType: item.mediaType ?? null, date: item.date ?? null, body: item.body,
      }).lastInsertRowid);
      insertFts.run(id, item.body);
      const { counts, length } = termCounts(item.body);
      itemCount++; tokenCount += length; added.items++; added.tokens += length;
      const avg = tokenCount / itemCount;
      for (const [term, tf] of counts) {
        let top = terms.get(term);
        if (!top) { top = new TopK(); terms.set(term, top); }
        top.offer(id, impactScore(tf, length, avg));
      }
    }
  });

  let pending: SearchItemInput[] = [];
  for (const item of items) {
    pending.push(item);
    if (pending.length >= batch) { flush(pending); pending = []; options.onProgress?.(added.items); }
  }
  if (pending.length) flush(pending);

  let impactTerms = 0;
  handle.transaction(() => {
    const bump = handle.prepare('insert into search_terms (term, df) values (?, ?) on conflict (term) do update set df = df + excluded.df returning df');
    const impact = handle.prepare('insert into search_impact (term, item_id, score) values (?, ?, ?) on conflict (term, item_id) do update set score = excluded.score');
    for (const [term, top] of terms) {
      const df = (bump.get(term, top.df) as { df: number }).df;
      if (df < IMPACT_MIN_DF) continue;
      impactTerms++;
      for (let i = 0; i < top.ids.length; i++) impact.run(term, top.ids[i], top.scores[i]);
    }
    bump.run(TOTAL_ITEMS, added.items);
    bump.run(TOTAL_TOKENS, added.tokens);
    // Lists that already existed may now hold more than K rows: keep the best K.
    handle.prepare(`delete from search_impact where rowid in (select rowid from (
      select rowid, row_number() over (partition by term order by score desc, item_id desc) as n from search_impact) where n > ?)`).run(IMPACT_K);
  })();
  return { items: added.items, tokens: added.tokens, terms: terms.size, impactTerms, seconds: (Date.now() - started) / 1000 };
}
