#!/usr/bin/env node
// `npm test`: runs the whole Vitest suite, then prints every skipped test with its reason and a
// closing line `N passed, N failed, N skipped` that CI reads. Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let result;
try {
  result = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('The test run wrote no report: Vitest itself failed to start.');
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}

const skipped = [];
for (const file of result.testResults ?? []) {
  for (const t of file.assertionResults ?? []) {
    if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo') {
      skipped.push(`${file.name.replace(process.cwd() + '/', '')} > ${t.fullName}`);
    }
  }
}
if (skipped.length) {
  console.log(`\nSKIPPED (${skipped.length}) — the reason is in each name:`);
  for (const s of skipped) console.log(`  - ${s}`);
}
const failedSuites = (result.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'));
for (const f of failedSuites) console.log(`FAILED TO LOAD: ${f.name}: ${(f.message ?? '').split('\n')[0]}`);
const failed = result.numFailedTests + failedSuites.length;
console.log(`\n${result.numPassedTests} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed > 0 || run.status ? 1 : 0);
