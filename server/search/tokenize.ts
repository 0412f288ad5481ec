// Tokens as SQLite's unicode61 tokenizer (remove_diacritics 2) makes them: NFKD, marks removed,
// lower case, runs of letters/digits. Used to parse queries and to score pages for the impact
// lists, so both agree with what FTS5 indexed.
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(text: string): string[] {
  // Plain ASCII needs no Unicode normalisation: the same tokens, several times faster.
  return (ASCII.test(text) ? text.toLowerCase().match(/[a-z0-9]+/g) : normalize(text).match(WORD)) ?? [];
}

/** Term frequencies of one text, and its length in tokens. */
export function termCounts(text: string): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  const tokens = tokenize(text);
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { counts, length: tokens.length };
}

/** The BM25 term-frequency part (k1 = 1.2, b = 0.75, FTS5's defaults): ranks pages for one term. */
export function impactScore(tf: number, length: number, avgLength: number): number {
  const k1 = 1.2, b = 0.75;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / Math.max(1, avgLength)));
}
