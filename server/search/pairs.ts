// Best-page lists for pairs of common words (docs/decisions/0504): a phrase of two words that are
// both on many pages has no list of its own as a single word has, and raw FTS5 walks both position
// lists to rank it (about a second on a million pages). Pairs are kept in the same tables as words
// — `search_terms` (df = pages holding the pair adjacent, which is the phrase's exact n for BM25)
// and `search_impact` (its IMPACT_K best pages by BM25's tf part) — under the key "w1 w2".
import type SQLite from 'better-sqlite3';
import { impactScore, tokenize } from './tokenize';

/**
 * Both words of a pair must be on at least this many items. A phrase with a rarer word is ranked
 * exactly by FTS5, whose cost follows that word's doclist (about 25 ms at 10,000 pages beside "the",
 * measured on the bench's 1,000,000 pages; docs/decisions/0507).
 */
export const PAIR_MIN_DF = 10_000;
/**
 * At most this many pairs get a list: the ones on the most pages, whose phrases cost FTS5 the
 * most (memory: MAX_PAIRS × IMPACT_K entries). A pair left out is on few pages, so the newest-matches
 * scan of ./sqlite.ts finds all of them and ranks them exactly.
 */
export const MAX_PAIRS = 60_000;
/** At most this many common words take part (the pass counts MAX_WORDS² pairs in typed arrays). */
export const MAX_WORDS = 3_000;
/** SQLite's page cache while the lists are written (KiB; the default 2 MB makes every index insert a read). */
const WRITE_CACHE_KB = 128 * 1024;
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
 * Rebuilds every pair list from all indexed items (after the bulk load: which words are common is
 * only known once every page has been counted). Replaces earlier pair rows. Two passes over the
 * pages: the first counts every pair of common words, the second keeps the best pages of the
 * MAX_PAIRS pairs on the most pages.
 */
export function buildPairLists(handle: SQLite.Database, options: { minDf?: number; maxPairs?: number } = {}): { pairs: number; rows: number; dropped: number; seconds: number } {
  const started = Date.now();
  const maxPairs = options.maxPairs ?? MAX_PAIRS;
  const common = handle.prepare(`select term from search_terms where df >= ? and substr(term, 1, 1) <> char(0) and instr(term, ' ') = 0
    order by df desc, term limit ?`).pluck().all(options.minDf ?? PAIR_MIN_DF, MAX_WORDS) as string[];
  const index = new Map(common.map((w, i) => [w, i]));
  const n = common.length;
  const totals = handle.prepare('select term, df from search_terms where term in (char(0) || \'items\', char(0) || \'tokens\')').all() as { term: string; df: number }[];
  const items = Math.max(1, Number(totals.find((t) => t.term === '\u0000items')?.df ?? 0));
  const avg = Number(totals.find((t) => t.term === '\u0000tokens')?.df ?? 0) / items;
  const pages = handle.prepare('select id, body from search_items order by id');
  // Calls back once per page with each pair (id = i * n + j) of adjacent common words, as often
  // as the pair occurs; `page` counts pages from 1 (a stamp for "first time on this page").
  const walk = (each: (pair: number, page: number) => void, done: (id: number, length: number, page: number) => void) => {
    let page = 0;
    for (const row of pages.iterate() as Iterable<{ id: number; body: string }>) {
      page++;
      const tokens = tokenize(row.body);
      let prev = index.get(tokens[0] ?? '');
      for (let i = 1; i < tokens.length; i++) {
        const cur = index.get(tokens[i]);
        if (prev !== undefined && cur !== undefined) each(prev * n + cur, page);
        prev = cur;
      }
      done(Number(row.id), tokens.length, page);
    }
  };

  // Pass 1: pages per pair.
  const df = new Uint32Array(n * n);
  const seenOn = new Uint32Array(n * n);
  if (n) walk((p, page) => { if (seenOn[p] !== page) { seenOn[p] = page; df[p]++; } }, () => {});
  const { chosen, observed } = mostFrequent(df, maxPairs);
  const chosenDf = chosen.map((p) => df[p]);

  // Pass 2: each chosen pair's K best pages by BM25's tf part (ties: lowest id first, as FTS5).
  const slotOf = new Int32Array(df.buffer).fill(-1); // df's memory, no longer needed as counts
  chosen.forEach((p, slot) => { slotOf[p] = slot; });
  const lists = new TopLists(chosen.length, K);
  const tf = new Uint16Array(chosen.length);
  const touched: number[] = [];
  seenOn.fill(0);
  if (chosen.length) {
    walk((p, page) => {
      const slot = slotOf[p];
      if (slot < 0) return;
      if (seenOn[p] !== page) { seenOn[p] = page; tf[slot] = 0; touched.push(slot); }
      if (tf[slot] < 65535) tf[slot]++;
    }, (id, length) => {
      for (const slot of touched) lists.offer(slot, id, impactScore(tf[slot], length, avg));
      touched.length = 0;
    });
  }

  let rows = 0;
  // Written in key order, each list by page id, with a larger page cache: the indexes' b-trees then
  // grow at a few places instead of everywhere (3.6 million rows at 200,000 pages: 12.8 s, about
  // twice that in the pairs' own order with the default 2 MB cache).
  const keyed = chosen.map((p, slot) => ({ key: pairKey(common[Math.floor(p / n)], common[p % n]), slot }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cacheSize = handle.pragma('cache_size', { simple: true });
  handle.pragma(`cache_size = ${-WRITE_CACHE_KB}`);
  try {
    handle.transaction(() => {
      handle.exec(`delete from search_impact where instr(term, ' ') > 0; delete from search_terms where instr(term, ' ') > 0`);
      const term = handle.prepare('insert into search_terms (term, df) values (?, ?)');
      const impact = handle.prepare('insert into search_impact (term, item_id, score) values (?, ?, ?)');
      for (const { key, slot } of keyed) {
        term.run(key, chosenDf[slot]);
        for (const [id, score] of lists.sorted(slot)) { impact.run(key, id, score); rows++; }
      }
    })();
  } finally {
    handle.pragma(`cache_size = ${cacheSize}`);
  }
  return { pairs: chosen.length, rows, dropped: observed - chosen.length, seconds: (Date.now() - started) / 1000 };
}

/**
 * The (at most) `max` pairs on the most pages, most first (ties: lower pair id first), and how
 * many pairs occur at all. A histogram of counts finds the cut, so the millions of pairs seen once
 * or twice are never listed or sorted.
 */
function mostFrequent(df: Uint32Array, max: number): { chosen: number[]; observed: number } {
  const histogram = new Map<number, number>();
  let observed = 0;
  for (let p = 0; p < df.length; p++) if (df[p]) { observed++; histogram.set(df[p], (histogram.get(df[p]) ?? 0) + 1); }
  // The lowest count that still fits whole: pairs above it all go in, then ties at the cut by id.
  let cut = 0, above = 0;
  for (const count of [...histogram.keys()].sort((a, b) => b - a)) {
    if (above + histogram.get(count)! > max) { cut = count; break; }
    above += histogram.get(count)!;
  }
  const chosen: number[] = [];
  for (let p = 0; p < df.length; p++) if (df[p] > cut) chosen.push(p);
  for (let p = 0; p < df.length && chosen.length < max; p++) if (cut > 0 && df[p] === cut) chosen.push(p);
  chosen.sort((a, b) => df[b] - df[a] || a - b);
  return { chosen, observed };
}

/** Fixed-size top-K lists in flat typed arrays, each a min-heap on score (memory: lists × K × 8 bytes). */
class TopLists {
  private readonly ids: Int32Array;
  private readonly scores: Float32Array;
  private readonly sizes: Uint8Array;
  constructor(lists: number, private readonly k: number) {
    this.ids = new Int32Array(lists * k);
    this.scores = new Float32Array(lists * k);
    this.sizes = new Uint8Array(lists);
  }

  /** Ids come in ascending order, so a tie with the weakest never displaces it. */
  offer(list: number, id: number, score: number): void {
    const base = list * this.k;
    const size = this.sizes[list];
    if (size < this.k) {
      let i = size;
      this.sizes[list] = size + 1;
      while (i > 0) { // sift up
        const parent = (i - 1) >> 1;
        if (this.scores[base + parent] <= score) break;
        this.scores[base + i] = this.scores[base + parent]; this.ids[base + i] = this.ids[base + parent];
        i = parent;
      }
      this.scores[base + i] = score; this.ids[base + i] = id;
      return;
    }
    if (score <= this.scores[base]) return;
    let i = 0; // replace the root, sift down
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const c = l + 1 < this.k && this.scores[base + l + 1] < this.scores[base + l] ? l + 1 : l;
      if (this.scores[base + c] >= score) break;
      this.scores[base + i] = this.scores[base + c]; this.ids[base + i] = this.ids[base + c];
      i = c;
    }
    this.scores[base + i] = score; this.ids[base + i] = id;
  }

  /** The list's entries, by id. */
  sorted(list: number): Array<[number, number]> {
    const base = list * this.k;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.sizes[list]; i++) out.push([this.ids[base + i], this.scores[base + i]]);
    return out.sort((a, b) => a[0] - b[0]);
  }
}
