// A tool, not a test: reads every PDF under a folder through the real worker path (child process,
// limits, OCR) and prints one JSON line per file and a tally — how the whole shared corpus was
// checked:  node --import tsx server/ingest/corpus-sweep.ts /work/shared/corpora/pdf [--ocr-pages N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLimits } from './limits';
import { runIsolated } from './sandbox';

const root = process.argv[2];
if (!root) { console.error('usage: corpus-sweep.ts <folder> [--ocr-pages N]'); process.exit(2); }
const i = process.argv.indexOf('--ocr-pages');
const ocrMaxPages = i > 0 ? Number(process.argv[i + 1]) : 1;
const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.toLowerCase().endsWith('.pdf') && statSync(join(root, f)).isFile()).sort();
const tally: Record<string, number> = {};
let next = 0;
async function worker() {
  while (next < files.length) {
    const f = files[next++];
    const started = Date.now();
    const r = await runIsolated({ filename: f, declaredType: null, data: readFileSync(join(root, f)) }, { ...defaultLimits, ocrMaxPages, timeMs: 120_000 });
    const outcome = r.status === 'failed' ? `failed:${r.failure!.step}/${r.failure!.code}` : r.hasText ? 'text' : 'no text (page notes)';
    tally[outcome] = (tally[outcome] ?? 0) + 1;
    console.log(JSON.stringify({ file: relative(root, join(root, f)), outcome, ms: Date.now() - started, pages: r.pages.length, reason: r.failure?.message ?? (r.hasText ? undefined : r.pages.map((p) => p.note).filter(Boolean)[0]) }));
  }
}
await Promise.all([worker(), worker()]);
console.log(JSON.stringify({ files: files.length, ocrMaxPages, tally }));
