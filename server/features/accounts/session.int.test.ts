// Browser sessions on both databases: first-run setup, sign-in, the CSRF header on cookie-made
// changes, switching organisation, sign-out, and rate-limited sign-in.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { addMember, createOrganisation, TEST_PASSWORD } from '../../test/factories';

const cookieOf = (setCookie: string | string[] | undefined) => {
  const line = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith('acceso_session='))!;
  return { header: line.split(';')[0], line };
};

describeEachDatabase('sessions and setup', (t) => {
  it('runs first-run setup once, then refuses', async () => {
    const app = await t().app();
    expect((await app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needed: true });
    const res = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organisation_name: 'Clinic', name: 'Ana', email: 'Ana@Clinic.test', password: TEST_PASSWORD } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ user: { email: 'ana@clinic.test' }, organisations: [{ name: 'Clinic', role: 'owner' }] });
    expect(cookieOf(res.headers['set-cookie']).line).toMatch(/HttpOnly/i);
    expect(cookieOf(res.headers['set-cookie']).line).toMatch(/SameSite=Lax/i);
    expect((await app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needed: false });
    const again = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organisation_name: 'X', name: 'X', email: 'x@x.test', password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already-set-up');
  });

  it('signs in, needs the CSRF header for changes, switches organisation, signs out', async () => {
    const app = await t().app();
    const a = await createOrganisation(t().ctx, 's');
    const b = await createOrganisation(t().ctx, 's');
    await addMember(t().ctx, b.id, a.editor.id, 'viewer');

    const wrong = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: a.editor.email, password: 'wrong password!' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid-credentials');

    const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: a.editor.email, password: TEST_PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    const { csrf_token, organisations, current_organisation_id } = login.json();
    expect(organisations.map((o: { role: string }) => o.role).sort()).toEqual(['editor', 'viewer']);
    expect(current_organisation_id).toBe(a.id);
    const cookie = cookieOf(login.headers['set-cookie']).header;

    const me = await app.inject({ url: '/api/v1/session', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { id: a.editor.id }, csrf_token });

    const body = { title: 'From the browser', jurisdiction: 'mx' };
    const noCsrf = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: { cookie }, payload: body });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf-token-invalid');
    const badCsrf = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: { cookie, 'x-csrf-token': 'nope' }, payload: body });
    expect(badCsrf.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: { cookie, 'x-csrf-token': csrf_token }, payload: body });
    expect(ok.statusCode, ok.body).toBe(201);

    const notMine = await app.inject({ method: 'POST', url: '/api/v1/session/organisation', headers: { cookie, 'x-csrf-token': csrf_token }, payload: { organisation_id: 'elsewhere' } });
    expect(notMine.statusCode).toBe(400);
    const sw = await app.inject({ method: 'POST', url: '/api/v1/session/organisation', headers: { cookie, 'x-csrf-token': csrf_token }, payload: { organisation_id: b.id } });
    expect(sw.json().current_organisation_id).toBe(b.id);
    // now a viewer in b: may not create there
    const asViewer = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: { cookie, 'x-csrf-token': csrf_token }, payload: body });
    expect(asViewer.statusCode).toBe(403);

    const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie, 'x-csrf-token': csrf_token } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('a signed-in user creates an API token for scripts, which then works', async () => {
    const app = await t().app();
    const a = await createOrganisation(t().ctx, 'tok');
    const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: a.viewer.email, password: TEST_PASSWORD } });
    const cookie = cookieOf(login.headers['set-cookie']).header;
    const created = await app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { cookie, 'x-csrf-token': login.json().csrf_token } });
    expect(created.statusCode, created.body).toBe(201);
    const token = created.json().token as string;
    const me = await app.inject({ url: '/api/v1/requests', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    const stored = await t().ctx.db.selectFrom('api_tokens').select('token_hash').where('id', '=', created.json().id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4, 20)); // only the hash is kept
  });

  it('rejects a malformed or unknown bearer token with 401', async () => {
    const app = await t().app();
    expect((await app.inject({ url: '/api/v1/requests', headers: { authorization: 'Basic abc' } })).json().code).toBe('unauthenticated');
    expect((await app.inject({ url: '/api/v1/requests', headers: { authorization: 'Bearer acc_nope' } })).statusCode).toBe(401);
  });
}, { env: { ACCESO_LOGIN_ATTEMPTS_PER_MINUTE: '1000' } });

describeEachDatabase('sign-in rate limit', (t) => {
  it('answers 429 problem+json with Retry-After after too many attempts', async () => {
    const app = await t().app();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'x@y.test', password: 'nope nope nope' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const last = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'x@y.test', password: 'nope nope nope' } });
    expect(last.headers['content-type']).toContain('application/problem+json');
    expect(last.json().code).toBe('rate-limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
}, { env: { ACCESO_LOGIN_ATTEMPTS_PER_MINUTE: '3' } });
