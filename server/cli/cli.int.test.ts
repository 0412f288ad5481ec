// The command line as a user runs it (real processes): migrate, token create --json, requests
// new/list/show, due, audit verify (intact, then tampered), backup and restore round trip.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFile } from '../db/database';
import { inTransaction } from '../db/transaction';
import { systemActor } from '../features/accounts/actor';
import { createUser } from '../features/accounts/create-user';
import { TEST_PASSWORD } from '../test/factories';
import { PG_URL } from '../test/databases';
import { runAcceso } from '../test/cli';

describe('CLI on SQLite (backup/restore is SQLite-only; PostgreSQL uses pg_dump)', { timeout: 180_000 }, () => {
  let dir: string;
  const acceso = (...args: string[]) => runAcceso(dir, args);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-cli-'));
    const migrated = await acceso('migrate', '--json');
    expect(migrated.code, migrated.stderr).toBe(0);
    // migrate loads the bundled federal directory (ACCESO_DEMO=0 here): CBP is there without the demo.
    expect(JSON.parse(migrated.stdout).agency_directory).toMatchObject({ seeded: true, agencies: expect.any(Number) });
    const db = openSqliteFile(join(dir, 'data', 'acceso.sqlite'));
    await inTransaction(db, (trx) => createUser(trx, systemActor('test'), { email: 'ops@example.test', name: 'Ops', password: TEST_PASSWORD, role: 'owner', organisationName: 'Ops org' }));
    expect(await db.selectFrom('agencies').select(['id', 'jurisdiction']).where('id', '=', 'cbp').executeTakeFirst()).toEqual({ id: 'cbp', jurisdiction: 'us-federal' });
    await db.destroy();
    const again = await acceso('migrate', '--json');
    expect(JSON.parse(again.stdout)).toEqual({ applied: [], agency_directory: { seeded: false, agencies: 0 } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('token create --json prints exactly one JSON document with the token', async () => {
    const r = await acceso('token', 'create', '--user', 'ops@example.test', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).token).toMatch(/^acc_[A-Za-z0-9_-]{40,}$/);
    const missing = await acceso('token', 'create', '--user', 'nobody@example.test', '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('nobody@example.test');
  });

  it('requests new, list, show and due', async () => {
    const created = await acceso('requests', 'new', '--title', 'CBP One manuals', '--agency', 'cbp', '--filed', '2022-12-01', '--json');
    expect(created.code, created.stderr).toBe(0);
    const r = JSON.parse(created.stdout);
    expect(r.deadlines.find((d: { kind: string }) => d.kind === 'response').due).toMatch(/^2022-12-/);
    const list = JSON.parse((await acceso('requests', 'list', '--overdue', '--json')).stdout);
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([r.id]);
    const show = await acceso('requests', 'show', r.id);
    expect(show.stdout).toContain('response:');
    expect(show.stdout).toContain('552');
    const due = JSON.parse((await acceso('due', '--days', '30', '--json')).stdout);
    expect(due.overdue.map((i: { id: string }) => i.id)).toEqual([r.id]);
    const bad = await acceso('requests', 'new', '--title', 'x', '--jurisdiction', 'atlantis');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('jurisdiction');
  });

  it('backup and restore round-trip the data; audit verify catches tampering', async () => {
    const backupDir = join(dir, 'backup');
    const b = await acceso('backup', backupDir, '--json');
    expect(b.code, b.stderr).toBe(0);
    expect(JSON.parse(b.stdout)).toMatchObject({ format: 'acceso-backup-1', secret: true });
    expect((await acceso('audit', 'verify')).code).toBe(0);

    // damage the live database: tamper with an audit row and delete a request
    const db = openSqliteFile(join(dir, 'data', 'acceso.sqlite'));
    await db.updateTable('audit_events').set({ actor: 'someone-else' }).where('seq', '=', 1).execute();
    await db.deleteFrom('request_events').execute();
    await db.deleteFrom('requests').execute();
    await db.destroy();
    const broken = await acceso('audit', 'verify', '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).problems[0]).toMatchObject({ seq: 1, problem: 'hash-mismatch' });

    expect((await acceso('restore', backupDir)).stderr).toContain('--force');
    const restored = await acceso('restore', backupDir, '--force');
    expect(restored.code, restored.stderr).toBe(0);
    expect((await acceso('audit', 'verify')).code).toBe(0);
    const list = JSON.parse((await acceso('requests', 'list', '--json')).stdout);
    expect(list.items.map((i: { title: string }) => i.title)).toEqual(['CBP One manuals']);
  });

  it('serve on a port that is taken says so and exits (nothing it started keeps it alive)', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const started = Date.now();
      const r = await acceso('serve', '--role', 'both', '--port', port);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`127.0.0.1:${port} is already in use`);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      taken.close();
    }
  });
});

describe.skipIf(!PG_URL)(`CLI backup on PostgreSQL${PG_URL ? '' : ' [skipped: ACCESO_TEST_PG_URL not set]'}`, { timeout: 120_000 }, () => {
  it('refuses and points to pg_dump', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acceso-cli-pg-'));
    try {
      const r = await runAcceso(dir, ['backup', join(dir, 'b')], { env: { ACCESO_DATABASE_URL: PG_URL! } });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('pg_dump');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
