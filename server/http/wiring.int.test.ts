// Start-up wiring and the agency directory's roles: a server started without the demo still has
// the federal directory; owners and editors maintain agencies over HTTP, viewers and anonymous
// callers cannot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env';
import { startServer } from '../main';
import { describeEachDatabase } from '../test/databases';
import { createOrganisation, type TestOrganisation } from '../test/factories';
import { ensureFederalDirectory } from '../features/agencies/ensure-directory';

describe('server start (SQLite, ACCESO_DEMO=0)', { timeout: 60_000 }, () => {
  it('loads the bundled federal agency directory without the demo, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acceso-start-'));
    try {
      const env = loadEnv({ ACCESO_DATA_DIR: dir, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'warn', ACCESO_DATABASE_URL: '' });
      const first = await startServer({ role: 'web', env, port: 0, host: '127.0.0.1' });
      const count = async (db: typeof first.ctx.db) =>
        Number((await db.selectFrom('agencies').select((eb) => eb.fn.countAll<number>().as('n')).where('jurisdiction', '=', 'us-federal').executeTakeFirstOrThrow()).n);
      const seeded = await count(first.ctx.db);
      expect(seeded).toBeGreaterThan(100);
      expect(await first.ctx.db.selectFrom('users').select('id').execute()).toEqual([]); // no demo admin
      const cbp = await fetch(`${first.url}/api/v1/agencies/cbp`);
      expect(cbp.status).toBe(200);
      await first.stop();
      const second = await startServer({ role: 'web', env, port: 0, host: '127.0.0.1' });
      expect(await count(second.ctx.db)).toBe(seeded); // a restart does not import again
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeEachDatabase('agency directory roles over HTTP', (t) => {
  let org: TestOrganisation;
  beforeAll(async () => {
    org = await createOrganisation(t().ctx, 'agencies');
    await ensureFederalDirectory(t().ctx.db);
  });
  const patch = async (headers: Record<string, string>, email: string) =>
    (await t().app()).inject({ method: 'PATCH', url: '/api/v1/agencies/dhs', headers, payload: { contacts: { emails: [email] } } });
  const importCsv = async (headers: Record<string, string>) => (await t().app()).inject({
    method: 'POST', url: '/api/v1/agencies/import?dry_run=true&name=gt.csv', headers: { ...headers, 'content-type': 'text/csv' },
    payload: 'id,name,jurisdiction\ngt-sat,Superintendencia de Administración Tributaria,gt\n',
  });

  it('owners and editors may edit and import; viewers get 403, anonymous callers 401', async () => {
    const byOwner = await patch(org.owner.headers, 'foia-owner@dhs.example.gov');
    expect(byOwner.statusCode, byOwner.body).toBe(200);
    const byEditor = await patch(org.editor.headers, 'foia-editor@dhs.example.gov');
    expect(byEditor.statusCode, byEditor.body).toBe(200);
    expect(byEditor.json().contacts.emails).toEqual(['foia-editor@dhs.example.gov']);
    const byViewer = await patch(org.viewer.headers, 'foia-viewer@dhs.example.gov');
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().detail).toContain('owner or editor');
    expect((await patch({}, 'foia-anon@dhs.example.gov')).statusCode).toBe(401);

    expect((await importCsv(org.owner.headers)).statusCode).toBe(200);
    const editorImport = await importCsv(org.editor.headers);
    expect(editorImport.statusCode, editorImport.body).toBe(200);
    expect(editorImport.json()).toMatchObject({ dry_run: true, counts: { added: 1 } });
    expect((await importCsv(org.viewer.headers)).statusCode).toBe(403);
    expect((await importCsv({})).statusCode).toBe(401);
  });
});
