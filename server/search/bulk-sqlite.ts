// Bulk (re)indexing for SQLite: prepared statements in large transactions, term statistics and
// impact lists kept in memory and written once at the end. Used by `acceso search reindex` and
// by the benchmark; per-item indexing (./sqlite.ts) maintains the same tables incrementally.
import type SQLite from 'better-sqlite3';
import { IMPACT_K, IMPACT_MIN_DF } from './sqlite';
import { buildPairLists, PAIR_MIN_DF } from './pairs';
import { impactScore, termCounts } from './tokenize';
import type { SearchItemInput } from './types';

const TOTAL_ITEMS = '\u0000items';
const TOTAL_TOKENS = '\u0000tokens';

/** The K best (score, item) of one term, in typed arrays (60,000 terms × K stay small). */
class TopK {
  ids: Int32Array | null = null;
  scores: Float32Array | null = null;
  size = 0;
  low = 0;
  df = 0;
  offer(id: number, score: number) {
    this.df++;
    if (!this.ids) { this.ids = new Int32Array(4); this.scores = new Float32Array(4); }
    if (this.size < IMPACT_K) {
      if (this.size === this.ids.length) {
        const grow = Math.min(IMPACT_K, this.size * 2);
        const ids = new Int32Array(grow), scores = new Float32Array(grow);
        ids.set(this.ids); scores.set(this.scores!);
        this.ids = ids; this.scores = scores;
      }
      this.ids[this.size] = id;
      this.scores![this.size++] = score;
      if (this.size === IMPACT_K) this.findLow();
      return;
    }
    const scores = this.scores!;
    if (score <= scores[this.low]) return;
    this.ids[this.low] = id;
    scores[this.low] = score;
    this.findLow();
  }
  private findLow() {
    const scores = this.scores!;
    let low = 0;
    for (let i = 1; i < this.size; i++) if (scores[i] < scores[low]) low = i;
    this.low = low;
  }
}

export interface BulkStats { items: number; tokens: number; terms: number; impactTerms: number; pairs: number; pairRows: number; pairsDropped: number; pairSeconds: number; seconds: number }

export function bulkIndexSqlite(handle: SQLite.Database, items: Iterable<SearchItemInput>, options: { batch?: number; onProgress?: (n: number) => void; pairMinDf?: number } = {}): BulkStats {
  const started = Date.now();
  const batch = options.batch ?? 5_000;
  // A rebuild can be redone after a crash, so the bulk load trades per-commit durability for speed;
  // the previous setting comes back at the end.
  const synchronous = handle.pragma('synchronous', { simple: true });
  handle.pragma('synchronous = OFF');
  // FTS5 writes a new segment whenever its in-memory term hash passes `hashsize` (1 MB by default),
  // then merges segments; 16 MB makes far fewer, larger segments (a third less indexing time)
  // while keeping the hash (several times its nominal size in memory) well inside the RSS budget.
  handle.exec(`insert into search_fts (search_fts, rank) values ('hashsize', ${16 * 1024 * 1024})`);
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
      for (let i = 0; i < top.size; i++) impact.run(term, top.ids![i], top.scores![i]);
    }
    bump.run(TOTAL_ITEMS, added.items);
    bump.run(TOTAL_TOKENS, added.tokens);
    // Lists that already existed may now hold more than K rows: keep the best K.
    handle.prepare(`delete from search_impact where rowid in (select rowid from (
      select rowid, row_number() over (partition by term order by score desc, item_id desc) as n from search_impact) where n > ?)`).run(IMPACT_K);
  })();
  const termTotal = terms.size;
  terms.clear(); // free the word lists before the pair pass
  // Pairs of common words (./pairs.ts): a second pass, since commonness is known only now.
  const pairs = buildPairLists(handle, { minDf: options.pairMinDf ?? PAIR_MIN_DF });
  handle.exec(`insert into search_fts (search_fts, rank) values ('hashsize', ${1024 * 1024})`);
  handle.pragma(`synchronous = ${synchronous}`);
  return { items: added.items, tokens: added.tokens, terms: termTotal, impactTerms, pairs: pairs.pairs, pairRows: pairs.rows, pairsDropped: pairs.dropped, pairSeconds: pairs.seconds, seconds: (Date.now() - started) / 1000 };
}
