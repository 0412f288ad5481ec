// Ranking and snippets in JavaScript for the bounded path (./sqlite.ts): the same BM25 as FTS5's
// bm25() (k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) / (n + 0.5)), floored at 1e-6), computed over
// a few hundred candidate bodies — FTS5's own bm25() first counts every row matching each phrase,
// which for a word on most pages is the very scan this path avoids. A phrase's n is estimated as
// the smallest n of its words (an upper bound; FTS5 counts the phrase itself).
import type { ParsedQuery } from './query';
import { normalize } from './tokenize';

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
export { tokenize as fastTokens } from './tokenize';

/** Occurrences of each clause in the tokens, or null when the item does not match the query. */
export function matchCounts(tokens: string[], query: ParsedQuery): number[] | null {
  const counts = query.must.map(() => 0);
  const excluded = new Set(query.not);
  // One map lookup per token: exact words and first words of phrases; prefixes are checked apart.
  const byWord = new Map<string, number[]>();
  const prefixes: Array<[string, number]> = [];
  query.must.forEach((c, k) => {
    if (c.type === 'term' && c.prefix) { prefixes.push([c.term, k]); return; }
    const w = c.type === 'term' ? c.term : c.terms[0];
    byWord.set(w, [...(byWord.get(w) ?? []), k]);
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (excluded.size && excluded.has(t)) return null;
    const ks = byWord.get(t);
    if (ks) {
      for (const k of ks) {
        const c = query.must[k];
        if (c.type === 'term') { counts[k]++; continue; }
        let ok = true;
        for (let j = 1; j < c.terms.length; j++) if (tokens[i + j] !== c.terms[j]) { ok = false; break; }
        if (ok) counts[k]++;
      }
    }
    for (const [p, k] of prefixes) if (t.startsWith(p)) counts[k]++;
  }
  return counts.every((n) => n > 0) ? counts : null;
}

export function bm25(counts: number[], docFreqs: number[], length: number, totalItems: number, avgLength: number): number {
  const k1 = 1.2, b = 0.75;
  let score = 0;
  counts.forEach((f, k) => {
    const n = docFreqs[k];
    const idf = Math.max(1e-6, Math.log((totalItems - n + 0.5) / (n + 0.5)));
    score += (idf * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * length) / avgLength));
  });
  return score;
}

/** About `width` words around the densest run of matches, with \u0002…\u0003 marks (as FTS5's snippet()). */
export function snippetOf(body: string, query: ParsedQuery, width = 16): string {
  const words: { start: number; end: number; norm: string }[] = [];
  for (const m of body.matchAll(WORD)) words.push({ start: m.index!, end: m.index! + m[0].length, norm: normalize(m[0]) });
  const hit = new Array(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    for (const c of query.must) {
      if (c.type === 'term' && (c.prefix ? words[i].norm.startsWith(c.term) : words[i].norm === c.term)) hit[i] = true;
      if (c.type === 'phrase' && c.terms.every((t, j) => words[i + j]?.norm === t)) for (let j = 0; j < c.terms.length; j++) hit[i + j] = true;
    }
  }
  let best = 0, bestCount = -1;
  for (let s = 0; s < Math.max(1, words.length - width + 1); s++) {
    let n = 0;
    for (let j = s; j < Math.min(words.length, s + width); j++) if (hit[j]) n++;
    if (n > bestCount) { best = s; bestCount = n; }
  }
  if (!words.length) return body.slice(0, 200);
  const last = Math.min(words.length, best + width) - 1;
  let out = best > 0 ? '…' : '';
  let pos = words[best].start;
  for (let i = best; i <= last; i++) {
    out += body.slice(pos, words[i].start);
    out += hit[i] ? `\u0002${body.slice(words[i].start, words[i].end)}\u0003` : body.slice(words[i].start, words[i].end);
    pos = words[i].end;
  }
  return out + (last < words.length - 1 ? '…' : '');
}
