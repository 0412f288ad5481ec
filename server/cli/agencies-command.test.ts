// `./bin/acceso import agencies` as a person or script runs it (SQLite in a temp data dir).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'acceso-cli-agencies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function acceso(...args: string[]) {
  const r = spawnSync('./bin/acceso', args, {
    encoding: 'utf8',
    env: { ...process.env, ACCESO_DATA_DIR: dir, ACCESO_DEMO: '0', ACCESO_SECRET: 'cli-test-secret-cli-test-secret-0123456', ACCESO_DATABASE_URL: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('acceso import agencies', () => {
  it('dry-runs, refuses a file with a bad line (exit 1, nothing written), then imports under a federal parent', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,name,jurisdiction,parent_id\nmx-inm,Instituto Nacional de Migración,mx,\nmx-x,,mx,\n');
    const dry = acceso('import', 'agencies', bad, '--dry-run', '--json');
    expect(dry.code).toBe(1);
    const report = JSON.parse(dry.stdout); // exactly one JSON document
    expect(report).toMatchObject({ dry_run: true, written: false, counts: { added: 1, rejected: 1 }, rejected: [{ line: 3, id: 'mx-x', reason: 'name is empty' }] });

    const good = join(dir, 'good.csv');
    writeFileSync(good, 'id,name,jurisdiction,parent_id,email\ndhs-example-office,Example Office,us-federal,dhs,foia@example.org\n');
    const real = acceso('import', 'agencies', good, '--source', 'our list', '--source-date', '2026-11');
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/\+ dhs-example-office {2}Example Office {2}\(line 2\)/);
    expect(real.stdout).toMatch(/imported/);
    const again = acceso('import', 'agencies', good, '--json');
    expect(JSON.parse(again.stdout).counts).toMatchObject({ added: 0, unchanged: 1 });
  }, 60_000);

  it('explains what it cannot read', () => {
    const r = acceso('import', 'agencies', join(dir, 'missing.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file or folder/);
    expect(acceso('import', 'agencies', join(dir, 'bad.csv'), '--source-date', 'yesterday').stderr).toMatch(/--source-date must be YYYY/);
  }, 60_000);
});
