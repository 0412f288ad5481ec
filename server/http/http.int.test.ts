// The HTTP edge on both databases, over a real socket: problem+json for unknown routes, malformed
// JSON, oversized bodies and wrong content types (never a 500), health, OpenAPI, security headers,
// and the built web app with its SPA fallback.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { createOrganisation, type TestOrganisation } from '../test/factories';
import { buildApp, type ZodApp } from './app';

describeEachDatabase('HTTP edge (real listen)', (t) => {
  let app: ZodApp;
  let base: string;
  let org: TestOrganisation;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'acceso-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Acceso</title><script type="module" src="/app.js"></script>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
    app = await buildApp(t().ctx, { webDir: web });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    org = await createOrganisation(t().ctx, 'http');
  });
  afterAll(async () => { await app.close(); });

  const problem = async (res: Response) => ({ status: res.status, type: res.headers.get('content-type'), body: await res.json() });

  it('GET /healthz answers ok once the database is ready', async () => {
    const res = await fetch(`${base}/healthz`);
    expect([res.status, await res.json()]).toEqual([200, { ok: true }]);
  });

  it('serves the OpenAPI 3 document listing the endpoints', async () => {
    const doc = await (await fetch(`${base}/api/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/requests', '/api/v1/requests/{id}', '/api/v1/requests/{id}/events', '/api/v1/session', '/api/v1/audit', '/api/v1/dashboard', '/api/v1/jurisdictions']));
  });

  it('unknown API routes are a 404 problem', async () => {
    const p = await problem(await fetch(`${base}/api/v1/nothing-here`));
    expect(p).toMatchObject({ status: 404, type: expect.stringContaining('application/problem+json'), body: { code: 'route-not-found', status: 404 } });
  });

  it('malformed JSON is a 400 problem', async () => {
    const p = await problem(await fetch(`${base}/api/v1/requests`, { method: 'POST', headers: { ...org.editor.headers, 'content-type': 'application/json' }, body: '{"title": ' }));
    expect(p).toMatchObject({ status: 400, body: { code: 'malformed-json' } });
  });

  it('an oversized body is a 413 problem', async () => {
    const big = JSON.stringify({ title: 'x', text: 'a'.repeat(t().env.limits.jsonBodyBytes + 10) });
    const p = await problem(await fetch(`${base}/api/v1/requests`, { method: 'POST', headers: { ...org.editor.headers, 'content-type': 'application/json' }, body: big }));
    expect(p).toMatchObject({ status: 413, body: { code: 'body-too-large' } });
  });

  it('a wrong content type is a 415 problem, and a JSON array body a 400', async () => {
    const p = await problem(await fetch(`${base}/api/v1/requests`, { method: 'POST', headers: { ...org.editor.headers, 'content-type': 'text/csv' }, body: 'a,b' }));
    expect(p).toMatchObject({ status: 415, body: { code: 'unsupported-media-type' } });
    const arr = await problem(await fetch(`${base}/api/v1/requests`, { method: 'POST', headers: { ...org.editor.headers, 'content-type': 'application/json' }, body: '[1,2]' }));
    expect(arr.status).toBe(400);
    const nul = await problem(await fetch(`${base}/api/v1/requests`, { method: 'POST', headers: { ...org.editor.headers, 'content-type': 'application/json' }, body: 'null' }));
    expect(nul.status).toBe(400);
  });

  it('serves the web app with a strict CSP and falls back to index.html for client routes', async () => {
    const root = await fetch(`${base}/`);
    expect(root.status).toBe(200);
    const csp = root.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await (await fetch(`${base}/requests/abc`)).text()).toContain('<title>Acceso</title>');
    expect((await fetch(`${base}/app.js`)).status).toBe(200);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('a request id that does not exist is a 404 problem, not a 500', async () => {
    const p = await problem(await fetch(`${base}/api/v1/requests/${'z'.repeat(26)}`, { headers: org.viewer.headers }));
    expect(p).toMatchObject({ status: 404, body: { code: 'not-found' } });
  });
});
