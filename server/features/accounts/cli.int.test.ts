// `org create` and `user add` as an operator runs them (real processes, SQLite): a new person gets
// an initial password once, which signs in; errors name what to do; the audit chain verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFile } from '../../db/database';
import { verifyAudit } from '../audit/verify';
import { verifyPassword } from './secrets';
import { runAcceso } from '../../test/cli';

describe('accounts CLI on SQLite', { timeout: 180_000 }, () => {
  let dir: string;
  const acceso = (...args: string[]) => runAcceso(dir, args);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-accounts-cli-'));
    expect((await acceso('migrate', '--json')).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('org create needs an existing owner; user add creates one with an initial password; both are audited', async () => {
    const noOwner = await acceso('org', 'create', '--name', 'Clinic', '--owner', 'ana@example.test', '--json');
    expect(noOwner.code).toBe(3);
    expect(noOwner.stderr).toMatch(/no user has the e-mail address ana@example.test; add one first with `user add`/);

    // Bootstrapping: a first organisation needs a first person; `setup` in the web app does both,
    // here the operator adds the person to an organisation created for them.
    const db = openSqliteFile(join(dir, 'data', 'acceso.sqlite'));
    try {
      await db.insertInto('organisations').values({ id: 'boot', name: 'Boot', created_at: new Date().toISOString() }).execute();
      const added = await acceso('user', 'add', '--email', 'Ana@Example.test', '--organisation', 'boot', '--role', 'owner', '--name', 'Ana', '--json');
      expect(added.code, added.stderr).toBe(0);
      const body = JSON.parse(added.stdout);
      expect(body).toMatchObject({ user: { email: 'ana@example.test', name: 'Ana' }, role: 'owner', created_user: true });
      const stored = await db.selectFrom('users').select('password_hash').where('email', '=', 'ana@example.test').executeTakeFirstOrThrow();
      expect(await verifyPassword(stored.password_hash, body.initial_password)).toBe(true);

      const org = await acceso('org', 'create', '--name', 'Second clinic', '--owner', 'ana@example.test', '--json');
      expect(org.code, org.stderr).toBe(0);
      const created = JSON.parse(org.stdout);
      expect(created).toEqual({ id: expect.any(String), name: 'Second clinic', role: 'owner' });
      const again = await acceso('user', 'add', '--email', 'ana@example.test', '--organisation', created.id, '--role', 'viewer');
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already-member/);
      const badRole = await acceso('user', 'add', '--email', 'x@example.test', '--organisation', 'boot', '--role', 'admin');
      expect(badRole.stderr).toMatch(/--role must be owner, editor or viewer/);

      const actions = await db.selectFrom('audit_events').select(['action', 'actor']).where('actor', '=', 'cli').orderBy('seq').execute();
      expect(actions.map((a) => a.action)).toEqual(['user.create', 'membership.add', 'organisation.create']);
      expect((await verifyAudit(db)).ok).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
