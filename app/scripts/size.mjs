#!/usr/bin/env node
// Measures the JavaScript of the first page load (index.html's entry and everything it imports
// statically, plus the dashboard chunk that a signed-in first visit loads) gzipped, from the Vite
// manifest of the last `npm run build`. Budget: 300 KB. `--record` appends the figure to
// bench/RESULTS.md. Last line: one JSON object.
import { readFileSync, appendFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import os from 'node:os';

const dist = 'dist/app';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
const BUDGET = 300 * 1024;

function closure(keys) {
  const seen = new Set();
  const walk = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]?.imports ?? []) walk(i);
  };
  keys.forEach(walk);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const dashboard = Object.keys(manifest).find((k) => k.endsWith('scenes/Dashboard.tsx'));
const first = closure([entry, dashboard].filter(Boolean));
let raw = 0;
let gz = 0;
const files = [];
for (const k of first) {
  const file = manifest[k].file;
  if (!file.endsWith('.js')) continue;
  const buf = readFileSync(`${dist}/${file}`);
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  files.push({ file, gzip_bytes: g });
}
let all = 0;
for (const k of Object.keys(manifest)) if (manifest[k].file.endsWith('.js')) all += gzipSync(readFileSync(`${dist}/${manifest[k].file}`), { level: 9 }).length;

const result = {
  first_load_js_gzip_kb: +(gz / 1024).toFixed(1),
  first_load_js_raw_kb: +(raw / 1024).toFixed(1),
  all_js_gzip_kb: +(all / 1024).toFixed(1),
  budget_kb: BUDGET / 1024,
  within_budget: gz <= BUDGET,
  files: files.sort((a, b) => b.gzip_bytes - a.gzip_bytes),
};

if (process.argv.includes('--record')) {
  const cpu = (() => { try { return execSync("lscpu | grep 'Model name'", { encoding: 'utf8' }).split(':')[1].trim(); } catch { return 'unknown'; } })();
  const line = `\n## Web app first-load JavaScript (${new Date().toISOString().slice(0, 10)})\n` +
    `Command: \`npm run build && node app/scripts/size.mjs --record\`. Machine: ${os.cpus().length} cores (nproc), ${cpu}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}.\n` +
    `First load (entry + dashboard chunk, gzip -9): **${result.first_load_js_gzip_kb} KB** of ${result.budget_kb} KB budget ` +
    `(${result.first_load_js_raw_kb} KB raw); all chunks together ${result.all_js_gzip_kb} KB gzipped.\n`;
  if (existsSync('bench')) appendFileSync('bench/RESULTS.md', line);
}
console.log(JSON.stringify(result));
process.exit(result.within_budget ? 0 : 1);
