// Part of bench/search.bench.ts: PDF text extraction pages per second through the ingest pipeline
// (text layer, no OCR) beside poppler's pdftotext, on the govdocs fixture PDFs. search.bench.ts
// bundles this file and runs it under plain node, as production runs the reader (decision 0505).
//   usage: node search-pdf.mjs <folder of PDFs>      prints one JSON line
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../server/ingest/pipeline';
import { defaultLimits } from '../server/ingest/limits';

const PDFTOTEXT = '/usr/bin/pdftotext';
const TIME = '/usr/bin/time';
const fixtures = process.argv[2] ?? join(import.meta.dirname, '..', 'server', 'ingest', 'fixtures', 'pdf', 'govdocs-errors');
const pdfs = existsSync(fixtures) ? readdirSync(fixtures, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf')).map((f) => join(fixtures, f)).filter((f) => statSync(f).isFile()) : [];
const limits = { ...defaultLimits, ocrMaxPages: 0 };
const ROUNDS = 3;

// A missing pdftotext must not pass for a fast one: a failed spawn would "time" in microseconds.
const runs = (cmd: string, args: string[]) => { try { execFileSync(cmd, args, { stdio: 'ignore' }); return true; } catch (e) { return (e as NodeJS.ErrnoException).code !== 'ENOENT'; } };
const havePdftotext = runs(PDFTOTEXT, ['-v']);
const pdftotext = (f: string) => {
  try { execFileSync(PDFTOTEXT, ['-q', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] }); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e; // exits non-zero on damaged files: that time still counts
  }
};

// One untimed pass first: module loading and pdf.js's font/CMap set-up are start-up costs, not
// per-page ones (pdftotext is a fresh process each time, so its start-up is in its figure).
for (const f of pdfs) await runPipeline({ filename: f, declaredType: null, data: readFileSync(f) }, limits);
let pages = 0, ours = 0, poppler = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const f of pdfs) {
    const data = readFileSync(f);
    let t = performance.now();
    const res = await runPipeline({ filename: f, declaredType: null, data }, limits);
    ours += performance.now() - t;
    pages += res.pages.length;
    if (!havePdftotext) continue;
    t = performance.now();
    pdftotext(f);
    poppler += performance.now() - t;
  }
}

// pdftotext's own peak memory (largest over the files), untimed: GNU time prints the child's
// maximum resident set size in KB.
let pdftotextPeakKb: number | null = null;
if (havePdftotext && runs(TIME, ['-f', '%M', 'true'])) {
  for (const f of pdfs) {
    const { stderr } = spawnSync(TIME, ['-f', '%M', PDFTOTEXT, '-q', f, '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const kb = Number((stderr ?? '').trim().split('\n').pop());
    if (Number.isFinite(kb)) pdftotextPeakKb = Math.max(pdftotextPeakKb ?? 0, kb);
  }
}

console.log(JSON.stringify({
  pdfs: pdfs.length, pages: pages / ROUNDS, rounds: ROUNDS,
  ours_pages_per_second: ours ? Math.round((pages / ours) * 1000) : null,
  pdftotext_pages_per_second: poppler ? Math.round((pages / poppler) * 1000) : null,
  pdftotext_missing: havePdftotext ? undefined : `${PDFTOTEXT} not found (Debian: apt-get install poppler-utils)`,
  // The kernel's high-water mark of this process (getrusage), not a sample: nothing slips between samples.
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  pdftotext_peak_rss_mb: pdftotextPeakKb === null ? null : Math.round(pdftotextPeakKb / 1024),
  runtime: process.execArgv.some((a) => a.includes('tsx')) ? 'tsx' : 'node (bundle)',
}));
