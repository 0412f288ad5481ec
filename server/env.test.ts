import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env';

describe('loadEnv', () => {
  it('applies the documented defaults and generates a secret kept in the data dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acceso-env-'));
    const env = loadEnv({ ACCESO_DATA_DIR: dir });
    expect(env).toMatchObject({ port: 8080, dataDir: dir, databaseUrl: null, demo: true, smtpPort: 2525, mailDomain: 'acceso.localhost' });
    expect(env.secret).toHaveLength(64);
    expect(readFileSync(join(dir, 'secret'), 'utf8').trim()).toBe(env.secret);
    expect(loadEnv({ ACCESO_DATA_DIR: dir }).secret).toBe(env.secret);
  });

  it('lists every invalid variable at once', () => {
    try {
      loadEnv({ PORT: 'eighty', ACCESO_DATABASE_URL: 'mysql://x', ACCESO_DEMO: 'maybe', ACCESO_SECRET: 'short', ACCESO_MAIL_DOMAIN: 'not a domain', ACCESO_SMTP_PORT: '70000' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      const problems = (e as EnvError).problems.join('\n');
      for (const name of ['PORT', 'ACCESO_DATABASE_URL', 'ACCESO_DEMO', 'ACCESO_SECRET', 'ACCESO_MAIL_DOMAIN', 'ACCESO_SMTP_PORT']) expect(problems).toContain(name);
      expect((e as EnvError).problems).toHaveLength(6);
    }
  });

  it('reads PostgreSQL and demo settings', () => {
    const env = loadEnv({ ACCESO_DATABASE_URL: 'postgres://u@h/db', ACCESO_DEMO: '0', ACCESO_SECRET: 'x'.repeat(40), PORT: '9000' });
    expect(env).toMatchObject({ databaseUrl: 'postgres://u@h/db', demo: false, port: 9000, secret: 'x'.repeat(40) });
  });
});
