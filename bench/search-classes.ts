// The query classes of the search benchmarks (issue 5): a rare word (0.05–1% of pages), a medium
// word (5–20%), a very common word (over half; "biometric" first), a common word with a medium one,
// a common word with two medium ones, and a two-word phrase taken from a page (first word on over
// 5% of pages, second on over 1%). Deterministic for a given corpus and document counts.
import { rng, type Corpus } from './search-corpus';

export function queryClasses(terms: Array<{ term: string; df: number }>, pages: number, perClass: number, corpus: Corpus): Record<string, string[]> {
  const dfOf = new Map(terms.map((t) => [t.term, t.df]));
  const band = (lo: number, hi: number) => terms.filter((t) => t.df / pages >= lo && t.df / pages < hi && /^[a-z]+$/.test(t.term));
  const pick = <T>(list: T[], n: number, r: () => number) => Array.from({ length: n }, () => list[Math.floor(r() * list.length)]);
  const r = rng(42);
  const rare = band(0.0005, 0.01), medium = band(0.05, 0.2), common = band(0.5, 1.01);
  if (!rare.length || !medium.length || !common.length) throw new Error(`not enough terms per class at ${pages} pages (rare ${rare.length}, medium ${medium.length}, common ${common.length})`);
  const bigrams: string[] = [];
  for (let i = 0; bigrams.length < perClass; i++) {
    const words = corpus.page(Math.floor(r() * pages)).split(' ');
    const k = Math.floor(r() * (words.length - 1));
    const df = (w: string) => dfOf.get(w) ?? 0;
    if (df(words[k]) > pages * 0.05 && df(words[k + 1]) > pages * 0.01) bigrams.push(`"${words[k]} ${words[k + 1]}"`);
  }
  return {
    rare: pick(rare, perClass, r).map((t) => t.term),
    medium: pick(medium, perClass, r).map((t) => t.term),
    very_common: ['biometric', ...pick(common, perClass - 1, r).map((t) => t.term)],
    two_terms: pick(common, perClass, r).map((t, i) => `${t.term} ${medium[(i * 7) % medium.length].term}`),
    three_terms: pick(common, perClass, r).map((t, i) => `${t.term} ${medium[(i * 5) % medium.length].term} ${medium[(i * 11 + 3) % medium.length].term}`),
    phrase: bigrams,
  };
}
