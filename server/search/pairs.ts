// Best-page lists for pairs of common words (docs/decisions/0504): a phrase of two words that are
// both on many pages has no list of its own as a single word has, and raw FTS5 walks both position
// lists to rank it (about a second on a million pages). Pairs are kept in the same tables as words
// — `search_terms` (df = pages holding the pair adjacent, which is the phrase's exact n for BM25)
// and `search_impact` (its IMPACT_K best pages by BM25's tf part) — under the key "w1 w2".
import type SQLite from 'better-sqlite3';
import { impactScore, tokenize } from './tokenize';

/** Both words of a pair must be on at least this many items (EXACT_MAX_DF: phrases rarer go exact). */
export const PAIR_MIN_DF = 20_000;
/**
 * At most this many pair lists are built per pass (memory: the bench's 256 MB heap ran out at
 * 1,000,000 pages without a cap; 41,615 pairs at 200,000 pages fit). A pair first seen after the
 * cap gets no row, so its phrase takes the old candidate path (approximate, never wrong counts).
 */
export const MAX_PAIRS = 60_000;
/** Same as sqlite.ts's IMPACT_K (kept here to avoid an import cycle with the bulk indexer). */
const K = 100;

export const pairKey = (a: string, b: string) => `${a} ${b}`;

/** Adjacent pairs of a text with their counts (all pairs; callers keep those with a list). */
export function pairCounts(text: string): { counts: Map<string, number>; length: number } {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = pairKey(tokens[i], tokens[i + 1]);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { counts, length: tokens.length };
}

/**
 * Rebuilds every pair list from all indexed items (a second pass after the bulk load: which words
 * are common is only known once every page has been counted). Replaces earlier pair rows.
 */
export function buildPairLists(handle: SQLite.Database, minDf = PAIR_MIN_DF): { pairs: number; rows: number; dropped: number; seconds: number } {
  const started = Date.now();
  const common = handle.prepare(`select term from search_terms where df >= ? and substr(term, 1, 1) <> char(0) and instr(term, ' ') = 0`).pluck().all(minDf) as string[];
  const index = new Map(common.map((w, i) => [w, i]));
  const n = common.length;
  const totals = handle.prepare('select term, df from search_terms where term in (char(0) || \'items\', char(0) || \'tokens\')').all() as { term: string; df: number }[];
  const items = Math.max(1, Number(totals.find((t) => t.term === '\u0000items')?.df ?? 0));
  const avg = Number(totals.find((t) => t.term === '\u0000tokens')?.df ?? 0) / items;
  // Pair id = i * n + j; per pair its df and a top-K (ids ascending on ties: FTS5's order).
  const df = new Map<number, number>();
  const tops = new Map<number, { ids: Int32Array; scores: Float32Array; size: number; low: number }>();
  const offer = (p: number, id: number, score: number) => {
    let t = tops.get(p);
    // Most pairs are on few pages: lists start small and grow to K.
    if (!t) { t = { ids: new Int32Array(4), scores: new Float32Array(4), size: 0, low: 0 }; tops.set(p, t); }
    if (t.size < K) {
      if (t.size === t.ids.length) {
        const grow = Math.min(K, t.size * 2), ids = new Int32Array(grow), scores = new Float32Array(grow);
        ids.set(t.ids); scores.set(t.scores); t.ids = ids; t.scores = scores;
      }
      t.ids[t.size] = id; t.scores[t.size++] = score; if (t.size === K) findLow(t); return;
    }
    if (score <= t.scores[t.low]) return;
    t.ids[t.low] = id; t.scores[t.low] = score; findLow(t);
  };
  const dropped = new Set<number>();
  if (n) {
    const local = new Map<number, number>();
    for (const row of handle.prepare('select id, body from search_items order by id').iterate() as Iterable<{ id: number; body: string }>) {
      const tokens = tokenize(row.body);
      local.clear();
      let prev = index.get(tokens[0] ?? '');
      for (let i = 1; i < tokens.length; i++) {
        const cur = index.get(tokens[i]);
        if (prev !== undefined && cur !== undefined) { const p = prev * n + cur; local.set(p, (local.get(p) ?? 0) + 1); }
        prev = cur;
      }
      for (const [p, tf] of local) {
        const seen = df.get(p);
        if (seen === undefined && df.size >= MAX_PAIRS) { dropped.add(p); continue; }
        df.set(p, (seen ?? 0) + 1);
        offer(p, Number(row.id), impactScore(tf, tokens.length, avg));
      }
    }
  }
  let rows = 0;
  handle.transaction(() => {
    handle.exec(`delete from search_impact where instr(term, ' ') > 0; delete from search_terms where instr(term, ' ') > 0`);
    const term = handle.prepare('insert into search_terms (term, df) values (?, ?)');
    const impact = handle.prepare('insert into search_impact (term, item_id, score) values (?, ?, ?)');
    for (const [p, count] of df) {
      const key = pairKey(common[Math.floor(p / n)], common[p % n]);
      term.run(key, count);
      const t = tops.get(p)!;
      for (let i = 0; i < t.size; i++) { impact.run(key, t.ids[i], t.scores[i]); rows++; }
    }
  })();
  return { pairs: df.size, rows, dropped: dropped.size, seconds: (Date.now() - started) / 1000 };
}

function findLow(t: { scores: Float32Array; size: number; low: number }) {
  let low = 0;
  for (let i = 1; i < t.size; i++) if (t.scores[i] < t.scores[low]) low = i;
  t.low = low;
}
