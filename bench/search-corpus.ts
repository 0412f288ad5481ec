// Synthetic released-records text for bench/search.bench.ts: a Zipf-distributed vocabulary of
// made-up words (s = 1.0) mixed with words from real FOIA releases, and one topic word
// ("biometric") on 86% of pages, as in a corpus about biometrics. Deterministic (seeded).

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words seen in the foia-release and govdocs corpora, placed at Zipf ranks among the synthetic ones.
const CORPUS_WORDS = `the of and to in a for is that on with by this from be are as or at was not an have it
records agency request released withheld exemption redacted page pages information federal department
subject sent received attachment email message response appeal privacy personal law enforcement
report flight investigation safety board recorder data aircraft accident officer security customs border
protection homeland program system entry exit facial comparison traveler passenger airport fingerprint
document documents memorandum director office policy procedure review date time meeting letter copy
public disclosure statute section pursuant determination fee waiver expedited processing search
contractor vendor contract award budget fiscal year annual internal draft final version staff`.split(/\s+/);

function syllableWords(count: number, random: () => number): string[] {
  const on = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'tr', 'st', 'pl', 'gr', 'ch'];
  const nu = ['a', 'e', 'i', 'o', 'u', 'ia', 'ea', 'ou'];
  const co = ['', 'n', 'r', 's', 'l', 'x', 'm', 'nd', 'rt'];
  const seen = new Set<string>(CORPUS_WORDS);
  seen.add('biometric');
  const out: string[] = [];
  while (out.length < count) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += on[Math.floor(random() * on.length)] + nu[Math.floor(random() * nu.length)] + (i === n - 1 ? co[Math.floor(random() * co.length)] : '');
    if (!seen.has(w)) { seen.add(w); out.push(w); }
  }
  return out;
}

/** Vose's alias method: O(1) sampling from the Zipf distribution. */
function aliasTable(weights: Float64Array): { prob: Float64Array; alias: Int32Array } {
  const n = weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = Float64Array.from(weights, (w) => (w * n) / sum);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!, l = large.pop()!;
    prob[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return { prob, alias };
}

export interface Corpus {
  vocabulary: string[];
  page(i: number): string;
}

export function makeCorpus(seed = 5735, vocabularySize = 60_000): Corpus {
  const random = rng(seed);
  const synthetic = syllableWords(vocabularySize - CORPUS_WORDS.length, random);
  // Corpus words take the top ranks spread over the first few hundred (they are the common ones).
  const vocabulary: string[] = [];
  let c = 0, s = 0;
  for (let r = 0; r < vocabularySize; r++) {
    const corpusTurn = c < CORPUS_WORDS.length && (r < 40 || r % 7 === 0);
    vocabulary.push(corpusTurn ? CORPUS_WORDS[c++] : synthetic[s++]);
  }
  const weights = Float64Array.from({ length: vocabularySize }, (_, r) => 1 / (r + 1));
  const { prob, alias } = aliasTable(weights);
  return {
    vocabulary,
    page(i: number) {
      const r = rng(seed * 1_000_003 + i);
      const length = 200 + Math.floor(r() * 100);
      const words: string[] = new Array(length);
      for (let k = 0; k < length; k++) {
        const j = Math.floor(r() * vocabularySize);
        words[k] = vocabulary[r() < prob[j] ? j : alias[j]];
      }
      if (r() < 0.86) {
        const tf = 1 + Math.floor(r() * 4);
        for (let k = 0; k < tf; k++) words[Math.floor(r() * length)] = 'biometric';
      }
      return words.join(' ');
    },
  };
}
