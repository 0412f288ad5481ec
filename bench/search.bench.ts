// npm run bench:search [-- --pages N] [-- --queries N] [-- --no-record] [-- --db FILE] — full-text
// search at scale (CONTRACTS.md "Benchmarks"); --no-record prints the JSON without appending to
// RESULTS.md. --db FILE keeps the index in FILE, and a later run with the same FILE and --pages
// reuses it and times only the queries (for working on the query side; such runs are not recorded).
// Indexes N synthetic pages (default 1,000,000, ~250 words, Zipf vocabulary; ./search-corpus.ts)
// with the production bulk indexer, then times every query class through the production search
// (server/search/sqlite.ts) beside raw FTS5 (`MATCH ? ORDER BY rank LIMIT 20` with a snippet) on
// the same table in the same run, and PDF text extraction beside poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile, sqliteHandleOf } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { bulkIndexSqlite } from '../server/search/bulk-sqlite';
import { parseQuery, toFts5 } from '../server/search/query';
import { searchSqlite } from '../server/search/sqlite';
import { queryClasses } from './search-classes';
import { makeCorpus } from './search-corpus';

// The bulk indexer makes a lot of short-lived garbage; a capped heap keeps V8 from letting it pile
// up towards the 500 MB peak-RSS target. Re-run this file in a child with the cap.
if (!process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) {
  const { spawnSync } = await import('node:child_process');
  const child = spawnSync(process.execPath, ['--max-old-space-size=256', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PAGES = arg('pages', 1_000_000);
const PER_CLASS = arg('queries', 40);
const dbArg = process.argv.indexOf('--db');
const KEEP = dbArg > 0 ? process.argv[dbArg + 1] : null;
const REUSE = KEEP !== null && existsSync(KEEP);
const RECORD = !process.argv.includes('--no-record') && !REUSE;
const tmp = join(import.meta.dirname, 'tmp');
mkdirSync(tmp, { recursive: true });
const file = KEEP ?? join(tmp, `search-${PAGES}.sqlite`);
if (!REUSE) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

const log = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
// Peak memory is the kernel's high-water mark of this process (getrusage), not a sample: the bulk
// indexer is synchronous, so a timer would never see its peak.
let peakRss = 0;
const sample = () => { peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024); };

// ------------------------------------------------------------------ index
const db = openSqliteFile(file);
await migrateToLatest(db);
const handle = sqliteHandleOf(db)!;
const corpus = makeCorpus();
function* pages() {
  for (let i = 0; i < PAGES; i++) yield { kind: 'page' as const, refId: `doc${Math.floor(i / 50)}`, documentId: `doc${Math.floor(i / 50)}`, page: (i % 50) + 1, mediaType: 'application/pdf', body: corpus.page(i) };
}
const indexed = Number(handle.prepare("select coalesce(max(df), 0) from search_terms where term = char(0) || 'items'").pluck().get());
if (REUSE && indexed !== PAGES) throw new Error(`${file} holds ${indexed} pages, not ${PAGES}: pass the --pages it was built with, or another --db`);
log(REUSE ? `reusing the index in ${file} (not recorded)` : `indexing ${PAGES} pages into ${file}`);
const stats = REUSE
  ? { items: PAGES, seconds: NaN, terms: NaN, impactTerms: NaN, pairs: NaN, pairRows: NaN, pairsDropped: NaN, pairSeconds: NaN }
  : bulkIndexSqlite(handle, pages(), { batch: 10_000, onProgress: (n) => { if (n % 100_000 === 0) log(`  ${n} pages`); } });
const indexPerSecond = Math.round(stats.items / stats.seconds);
log(`indexed ${stats.items} pages in ${stats.seconds.toFixed(1)} s (${indexPerSecond} pages/s), ${stats.terms} terms, ${stats.impactTerms} with impact lists; pair lists ${stats.pairs} pairs, ${stats.pairRows} rows, ${stats.pairsDropped} pairs over the cap, ${stats.pairSeconds.toFixed(1)} s of it`);
const rowsOf = (where: string) => Number(handle.prepare(`select count(*) from search_impact where ${where}`).pluck().get());
const pairRows = rowsOf("instr(term, ' ') > 0"), wordRows = rowsOf("instr(term, ' ') = 0");
log(`impact rows: words ${wordRows}, pairs ${pairRows}; database ${Math.round(Number(handle.pragma('page_count', { simple: true })) * Number(handle.pragma('page_size', { simple: true })) / 1024 / 1024)} MB`);
handle.pragma('wal_checkpoint(TRUNCATE)');
sample();
log(`peak RSS after indexing ${Math.round(peakRss / 1024 / 1024)} MB`);

// ------------------------------------------------------------------ queries
const terms = handle.prepare("select term, df from search_terms where term not like char(0) || '%'").all() as { term: string; df: number }[];
const classes = queryClasses(terms, PAGES, PER_CLASS, corpus);

const raw = handle.prepare("select rowid, rank, snippet(search_fts, 0, '<mark>', '</mark>', '…', 16) as s from search_fts where search_fts match ? order by rank limit 20");
const rawTies = handle.prepare('select rowid from (select rowid, rank from search_fts where search_fts match ? order by rank limit 2000) where rank = ?');
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const round = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 1000) / 1000;
const results: Record<string, { p50_ms: number; p95_ms: number; raw_p50_ms: number; raw_p95_ms: number; recall_at_20: number; recall_at_20_ties: number; overlap_at_10: number; ndcg_at_10: number; strategy: string; queries: number }> = {};
for (const [name, queries] of Object.entries(classes)) {
  const ours: number[] = [], base: number[] = [], recall: number[] = [], recallTies: number[] = [], overlap: number[] = [], ndcg: number[] = [];
  const strategies = new Set<string>();
  // warm-up: one of each, untimed (page cache)
  for (const q of queries.slice(0, 3)) { raw.all(toFts5(parseQuery(q))); await searchSqlite(db, q, { scope: { kind: 'all' }, limit: 20 }); }
  for (const [i, q] of queries.entries()) {
    const match = toFts5(parseQuery(q));
    const timeRaw = () => { const t = performance.now(); const rows = raw.all(match) as { rowid: number; rank: number }[]; base.push(performance.now() - t); return rows; };
    const timeOurs = async () => { const t = performance.now(); const res = await searchSqlite(db, q, { scope: { kind: 'all' }, limit: 20 }); ours.push(performance.now() - t); return res; };
    let rawRows, res;
    if (i % 2) { rawRows = timeRaw(); res = await timeOurs(); } else { res = await timeOurs(); rawRows = timeRaw(); }
    strategies.add(res.strategy);
    // Relevance kept, against raw FTS5's exact BM25 order (its top 20, compared on pages):
    //  recall@20  = |ours top 20 ∩ raw top 20| / |raw top 20|;
    //  overlap@10 = |ours top 10 ∩ raw top 10| / |raw top 10|;
    //  NDCG@10    = DCG(ours top 10) / DCG(raw top 10), a page's gain being 20 − its raw rank
    //               (0 outside raw's top 20), discount log2(position + 1).
    //  recall@20 (ties) = the same, counting as found any page of ours whose exact BM25 equals raw's
    //               20th score: raw FTS5 lists the lowest rowids among equal scores, and for a word on
    //               most pages hundreds of pages can share the best score (any 20 of them are exact).
    const ours20 = res.items.map((h) => `${h.ref_id}:${h.page}`);
    const byId = new Map((handle.prepare(`select id, ref_id, page from search_items where id in (${rawRows.map((x) => Number(x.rowid)).join(',') || 'null'})`).all() as { id: number; ref_id: string; page: number }[]).map((x) => [Number(x.id), `${x.ref_id}:${x.page}`]));
    const raw20 = rawRows.map((x) => byId.get(Number(x.rowid))!);
    if (raw20.length) {
      const set20 = new Set(ours20);
      recall.push(raw20.filter((x) => set20.has(x)).length / raw20.length);
      // Raw's rows tied with its 20th score (untimed; up to 2,000 rows with the same ranking query).
      // Only needed when ours missed one of raw's pages (it costs a second full ranking).
      const last = rawRows[rawRows.length - 1].rank;
      const missed = raw20.some((x) => !set20.has(x));
      const tiedIds = rawRows.length < 20 || !missed ? [] : (rawTies.all(match, last) as { rowid: number }[]).map((x) => Number(x.rowid));
      const tied = new Set(tiedIds.length ? (handle.prepare(`select ref_id || ':' || page as k from search_items where id in (${tiedIds.join(',')})`).pluck().all() as string[]) : []);
      const found = new Set([...raw20.filter((x) => set20.has(x)), ...ours20.filter((x) => tied.has(x))]);
      recallTies.push(Math.min(1, found.size / raw20.length));
      const raw10 = raw20.slice(0, 10), ours10 = new Set(ours20.slice(0, 10));
      overlap.push(raw10.filter((x) => ours10.has(x)).length / raw10.length);
      const gain = new Map(raw20.map((x, k) => [x, 20 - k]));
      const dcg = (list: string[]) => list.slice(0, 10).reduce((a, x, k) => a + (gain.get(x) ?? 0) / Math.log2(k + 2), 0);
      ndcg.push(dcg(ours20) / dcg(raw20));
    }
    sample();
  }
  results[name] = {
    p50_ms: round(pct(ours, 50)), p95_ms: round(pct(ours, 95)), raw_p50_ms: round(pct(base, 50)), raw_p95_ms: round(pct(base, 95)),
    recall_at_20: mean(recall), recall_at_20_ties: mean(recallTies), overlap_at_10: mean(overlap), ndcg_at_10: mean(ndcg), strategy: [...strategies].join('+'), queries: queries.length,
  };
  log(`${name.padEnd(12)} ours p50 ${results[name].p50_ms} p95 ${results[name].p95_ms} ms | raw p50 ${results[name].raw_p50_ms} p95 ${results[name].raw_p95_ms} ms | recall@20 ${results[name].recall_at_20} (ties ${results[name].recall_at_20_ties}) overlap@10 ${results[name].overlap_at_10} NDCG@10 ${results[name].ndcg_at_10} (${results[name].strategy}) | peak RSS so far ${Math.round(peakRss / 1024 / 1024)} MB, now ${Math.round(process.memoryUsage.rss() / 1024 / 1024)} MB`);
}
await db.destroy();

// ------------------------------------------------------------------ PDF text extraction
// In its own process (./search-pdf.ts), so pdf.js's memory is not counted against search's RSS,
// run as production runs the reader (dist/server/sandbox-child.mjs): an esbuild bundle under plain
// node. Under tsx its loader thread transforms pdf.js's modules and keeps their source maps, about
// 420 MB of resident memory production never has (decision 0505).
sample();
const pdfBundle = join(tmp, 'search-pdf.mjs');
await (await import('esbuild')).build({ entryPoints: [join(import.meta.dirname, 'search-pdf.ts')], outfile: pdfBundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
const pdfFixtures = join(import.meta.dirname, '..', 'server', 'ingest', 'fixtures', 'pdf', 'govdocs-errors');
const pdfRun = JSON.parse(execFileSync(process.execPath, [pdfBundle, pdfFixtures], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!) as
  { pdfs: number; pages: number; ours_pages_per_second: number | null; pdftotext_pages_per_second: number | null; pdftotext_missing?: string; rounds: number; peak_rss_mb: number; pdftotext_peak_rss_mb: number | null; runtime: string };
rmSync(pdfBundle, { force: true });

const worst = Object.entries(results).sort((a, b) => b[1].p95_ms - a[1].p95_ms)[0];
const overall50 = Math.max(...Object.values(results).map((c) => c.p50_ms));
const summary = {
  pages: PAGES,
  p50_ms: overall50,
  p95_ms: worst[1].p95_ms,
  raw_fts_p95_ms: worst[1].raw_p95_ms,
  worst_class: worst[0],
  index_pages_per_second: indexPerSecond,
  pair_lists: stats.pairs,
  pair_impact_rows: pairRows,
  pairs_over_cap: stats.pairsDropped,
  word_impact_rows: wordRows,
  pair_pass_seconds: Math.round(stats.pairSeconds * 10) / 10,
  peak_rss_mb: Math.round(peakRss / 1024 / 1024),
  classes: results,
  pdf_pages_per_second: pdfRun.ours_pages_per_second,
  pdftotext_pages_per_second: pdfRun.pdftotext_pages_per_second,
  pdf_files: pdfRun.pdfs,
  pdf_pages: pdfRun.pages,
  pdf_peak_rss_mb: pdfRun.peak_rss_mb,
  pdftotext_peak_rss_mb: pdfRun.pdftotext_peak_rss_mb,
  pdf_process: pdfRun.runtime,
  ...(pdfRun.pdftotext_missing ? { pdftotext_missing: pdfRun.pdftotext_missing } : {}),
};

const machine = (() => {
  let model = cpus()[0]?.model ?? 'unknown';
  try { model = execFileSync('sh', ['-c', "lscpu | grep 'Model name' | sed 's/.*: *//'"]).toString().trim() || model; } catch { /* keep os.cpus() */ }
  return `${cpus().length} cores (nproc), ${model}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, node ${process.version}`;
})();
const lines = [
  `\n## search — ${new Date().toISOString()}`,
  `Machine: ${machine}. Command: \`npm run bench:search -- --pages ${PAGES}\`.`,
  `Indexed ${PAGES} pages in ${stats.seconds.toFixed(1)} s (${indexPerSecond} pages/s, bulk indexer incl. impact lists and the pair pass: ${stats.pairSeconds.toFixed(1)} s for ${stats.pairs} pair lists, ${pairRows} rows beside ${wordRows} word rows). Peak RSS ${summary.peak_rss_mb} MB. Load (uptime) at the end: ${execFileSync('uptime').toString().trim().replace(/.*load/, 'load')}.`,
  '',
  '| class | ours p50 | ours p95 | raw FTS5 p50 | raw FTS5 p95 | recall@20 vs raw | recall@20, ties counted | overlap@10 | NDCG@10 | strategy |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...Object.entries(results).map(([k, v]) => `| ${k} | ${v.p50_ms} ms | ${v.p95_ms} ms | ${v.raw_p50_ms} ms | ${v.raw_p95_ms} ms | ${v.recall_at_20} | ${v.recall_at_20_ties} | ${v.overlap_at_10} | ${v.ndcg_at_10} | ${v.strategy} |`),
  '',
  `PDF text extraction (text layer, no OCR; the pipeline in-process incl. type sniffing and exemption detection, after one warm-up pass; mean of ${pdfRun.rounds} rounds; separate process run as ${pdfRun.runtime}, peak RSS ${pdfRun.peak_rss_mb} MB) on ${pdfRun.pdfs} fixture PDFs, ${pdfRun.pages} pages: ours ${summary.pdf_pages_per_second} pages/s, pdftotext (one process per file) ${pdfRun.pdftotext_missing ? `not measured: ${pdfRun.pdftotext_missing}` : `${summary.pdftotext_pages_per_second} pages/s, peak RSS ${pdfRun.pdftotext_peak_rss_mb ?? '?'} MB`}. Peak RSS is each process's kernel high-water mark (getrusage; GNU time for pdftotext).`,
  '',
];
if (RECORD) appendFileSync(join(import.meta.dirname, 'RESULTS.md'), lines.join('\n'));
else log('--no-record: RESULTS.md left as it is');
if (!KEEP) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
console.log(JSON.stringify(summary));
