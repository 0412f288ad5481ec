// Part of bench/search.bench.ts (run by it in a child process): PDF text extraction pages per
// second through the ingest pipeline (text layer, no OCR) beside poppler's pdftotext, on the
// govdocs fixture PDFs. Prints one JSON line.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../server/ingest/pipeline';
import { defaultLimits } from '../server/ingest/limits';

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
const fixtures = join(import.meta.dirname, '..', 'server', 'ingest', 'fixtures', 'pdf', 'govdocs-errors');
const pdfs = existsSync(fixtures) ? readdirSync(fixtures, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf')).map((f) => join(fixtures, f)).filter((f) => statSync(f).isFile()) : [];
const limits = { ...defaultLimits, ocrMaxPages: 0 };
const ROUNDS = 3;
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
    t = performance.now();
    try { execFileSync('/usr/bin/pdftotext', ['-q', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] }); } catch { /* exits non-zero on damaged files; its time still counts */ }
    poppler += performance.now() - t;
    sample();
  }
}
console.log(JSON.stringify({
  pdfs: pdfs.length, pages: pages / ROUNDS, rounds: ROUNDS,
  ours_pages_per_second: ours ? Math.round((pages / ours) * 1000) : null,
  pdftotext_pages_per_second: poppler ? Math.round((pages / poppler) * 1000) : null,
  peak_rss_mb: Math.round(peak / 1024 / 1024),
}));
