// Whether each searched word was rare (fewer trigram-index matches than the probe's limit) when
// last probed, kept for a minute. It only chooses the order of a `q` search's probes and whether it
// probes at all: every path of the search is exact whatever this says (list-repository.ts), so a
// stale or foreign entry can cost time, never change a result. Without it, a query of a common and
// a rare word probed the common one first (~0.3 ms of FTS5 work per request, measured).
const TTL_MS = 60_000;
const MAX_WORDS = 10_000;

const seen = new Map<string, { rare: boolean; at: number }>();

/** true: rare when last probed; false: common; undefined: not probed in the last minute. */
export function wasRare(word: string, now = Date.now()): boolean | undefined {
  const e = seen.get(word);
  return e && now - e.at < TTL_MS ? e.rare : undefined;
}

export function rememberRarity(word: string, rare: boolean, now = Date.now()): void {
  if (seen.size >= MAX_WORDS) seen.clear();
  seen.set(word, { rare, at: now });
}
