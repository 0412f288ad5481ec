// Organisations, members and API tokens over HTTP on both databases: every new action for every
// kind of caller (owner, editor, viewer, an owner of another organisation, anonymous), the
// last-owner rule, revoked tokens refused at once, and the audit chain still verifying.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { addMember, createOrganisation, TEST_PASSWORD, type TestOrganisation } from '../../test/factories';
import { verifyAudit } from '../audit/verify';

type Caller = 'owner' | 'editor' | 'viewer' | 'other' | 'anonymous';
const CALLERS: Caller[] = ['owner', 'editor', 'viewer', 'other', 'anonymous'];

describeEachDatabase('organisations, members and tokens', (t) => {
  const setup = async () => ({ a: await createOrganisation(t().ctx, 'adm'), b: await createOrganisation(t().ctx, 'adm') });
  const headersOf = (a: TestOrganisation, b: TestOrganisation, who: Caller) =>
    who === 'anonymous' ? {} : who === 'other' ? b.owner.headers : a[who].headers;
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, headers: object, payload?: object) => {
    const app = await t().app();
    return app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });
  };
  const statuses = async (a: TestOrganisation, b: TestOrganisation, f: (h: object, who: Caller) => Promise<{ statusCode: number }>) => {
    const out: Record<string, number> = {};
    for (const who of CALLERS) out[who] = (await f(headersOf(a, b, who), who)).statusCode;
    return out;
  };

  it('documents every new endpoint in the OpenAPI document', async () => {
    const doc = (await call('GET', '/api/openapi.json', {})).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/organisations', '/api/v1/organisations/{id}/members',
      '/api/v1/organisations/{id}/members/{userId}', '/api/v1/organisations/{id}/tokens', '/api/v1/tokens', '/api/v1/tokens/{id}']));
    expect(Object.keys(doc.paths['/api/v1/organisations/{id}/members/{userId}']).sort()).toEqual(['delete', 'patch']);
  });

  it('GET /organisations lists each caller\'s own memberships with role; anonymous gets 401', async () => {
    const { a, b } = await setup();
    for (const who of ['owner', 'editor', 'viewer'] as const) {
      const r = await call('GET', '/api/v1/organisations', a[who].headers);
      expect(r.statusCode).toBe(200);
      expect(r.json().items).toEqual([{ id: a.id, name: expect.any(String), role: who, current: true }]);
    }
    const other = await call('GET', '/api/v1/organisations', b.owner.headers);
    expect(other.json().items.map((o: { id: string }) => o.id)).toEqual([b.id]);
    const anon = await call('GET', '/api/v1/organisations', {});
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toContain('application/problem+json');
  });

  it('POST /organisations: owners create and own it; editors, viewers 403; anonymous 401; a blank name is a 400 on body.name', async () => {
    const { a, b } = await setup();
    const codes = await statuses(a, b, (h, who) => call('POST', '/api/v1/organisations', h, { name: `Second clinic of ${who}` }));
    expect(codes).toEqual({ owner: 201, editor: 403, viewer: 403, other: 201, anonymous: 401 });
    const created = await call('POST', '/api/v1/organisations', a.owner.headers, { name: '  Legal aid  ' });
    expect(created.json()).toEqual({ id: expect.any(String), name: 'Legal aid', role: 'owner' });
    const mine = await call('GET', '/api/v1/organisations', a.owner.headers);
    expect(mine.json().items).toContainEqual({ id: created.json().id, name: 'Legal aid', role: 'owner', current: false });
    const members = await t().ctx.db.selectFrom('memberships').selectAll().where('organisation_id', '=', created.json().id).execute();
    expect(members.map((m) => [m.user_id, m.role])).toEqual([[a.owner.id, 'owner']]);
    const forbidden = await call('POST', '/api/v1/organisations', a.viewer.headers, { name: 'Mine' });
    expect(forbidden.json().detail).toMatch(/owner role.*you act as viewer/);
    const blank = await call('POST', '/api/v1/organisations', a.owner.headers, { name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([expect.objectContaining({ field: 'body.name', expected: 'length at least 1' })]);
  });

  it('GET members: any member reads; an owner of another organisation 403; anonymous 401', async () => {
    const { a, b } = await setup();
    const codes = await statuses(a, b, (h) => call('GET', `/api/v1/organisations/${a.id}/members`, h));
    expect(codes).toEqual({ owner: 200, editor: 200, viewer: 200, other: 403, anonymous: 401 });
    const list = (await call('GET', `/api/v1/organisations/${a.id}/members`, a.viewer.headers)).json().items;
    expect(list.map((m: { email: string; role: string }) => [m.email, m.role]).sort()).toEqual(
      [[a.editor.email, 'editor'], [a.owner.email, 'owner'], [a.viewer.email, 'viewer']].sort());
  });

  it('POST members: only owners add; a new person gets an initial password once, which signs in', async () => {
    const { a, b } = await setup();
    const codes = await statuses(a, b, (h, who) => call('POST', `/api/v1/organisations/${a.id}/members`, h, { email: `new.${who}@example.test`, role: 'viewer' }));
    expect(codes).toEqual({ owner: 201, editor: 403, viewer: 403, other: 403, anonymous: 401 });

    const added = await call('POST', `/api/v1/organisations/${a.id}/members`, a.owner.headers, { email: 'Paula@Example.test', role: 'editor', name: 'Paula' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.headers['cache-control']).toBe('no-store');
    const body = added.json();
    expect(body).toMatchObject({ user: { email: 'paula@example.test', name: 'Paula' }, role: 'editor', created_user: true });
    expect(body.initial_password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const stored = await t().ctx.db.selectFrom('users').select('password_hash').where('id', '=', body.user.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    const login = await call('POST', '/api/v1/session', {}, { email: 'paula@example.test', password: body.initial_password });
    expect(login.statusCode).toBe(200);
    expect(login.json().organisations).toEqual([{ id: a.id, name: expect.any(String), role: 'editor' }]);

    // An existing account (a member of b) joins a: no password is made or shown.
    const existing = await call('POST', `/api/v1/organisations/${a.id}/members`, a.owner.headers, { email: b.editor.email, role: 'viewer' });
    expect(existing.json()).toEqual({ user: { id: b.editor.id, email: b.editor.email, name: expect.any(String) }, role: 'viewer', created_user: false });
    const again = await call('POST', `/api/v1/organisations/${a.id}/members`, a.owner.headers, { email: b.editor.email, role: 'owner' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already-member');

    const bad = await call('POST', `/api/v1/organisations/${a.id}/members`, a.owner.headers, { email: 'not an address', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((e: { field: string; expected?: string }) => [e.field, e.expected]);
    expect(fields).toContainEqual(['body.email', 'email']);
    expect(fields).toContainEqual(['body.role', 'one of "owner", "editor", "viewer"']);
  });

  it('PATCH member role: only owners; the last owner cannot be demoted; unknown member 404', async () => {
    const { a, b } = await setup();
    const codes = await statuses(a, b, (h) => call('PATCH', `/api/v1/organisations/${a.id}/members/${a.viewer.id}`, h, { role: 'editor' }));
    expect(codes).toEqual({ owner: 200, editor: 403, viewer: 403, other: 403, anonymous: 401 });
    expect((await call('GET', '/api/v1/organisations', a.viewer.headers)).json().items[0].role).toBe('editor');

    const last = await call('PATCH', `/api/v1/organisations/${a.id}/members/${a.owner.id}`, a.owner.headers, { role: 'viewer' });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('last-owner');
    // With a second owner, the first may step down.
    expect((await call('PATCH', `/api/v1/organisations/${a.id}/members/${a.editor.id}`, a.owner.headers, { role: 'owner' })).statusCode).toBe(200);
    expect((await call('PATCH', `/api/v1/organisations/${a.id}/members/${a.owner.id}`, a.owner.headers, { role: 'viewer' })).statusCode).toBe(200);
    expect((await call('PATCH', `/api/v1/organisations/${a.id}/members/${a.editor.id}`, a.editor.headers, { role: 'viewer' })).json().code).toBe('last-owner');
    expect((await call('PATCH', `/api/v1/organisations/${a.id}/members/${b.owner.id}`, a.editor.headers, { role: 'viewer' })).statusCode).toBe(404);
    const bad = await call('PATCH', `/api/v1/organisations/${a.id}/members/${a.viewer.id}`, a.editor.headers, { role: 'admin' });
    expect(bad.json().errors[0]).toMatchObject({ field: 'body.role' });
  });

  it('DELETE member: owners remove, members leave, others 403; the removed member\'s token stops working; last owner stays', async () => {
    const { a, b } = await setup();
    const target = async () => (await createOrganisation(t().ctx, 'x')).viewer; // a fresh person per caller
    const codes: Record<string, number> = {};
    for (const who of CALLERS) {
      const p = await target();
      await addMember(t().ctx, a.id, p.id, 'viewer');
      codes[who] = (await call('DELETE', `/api/v1/organisations/${a.id}/members/${p.id}`, headersOf(a, b, who))).statusCode;
    }
    expect(codes).toEqual({ owner: 204, editor: 403, viewer: 403, other: 403, anonymous: 401 });

    const leave = await call('DELETE', `/api/v1/organisations/${a.id}/members/${a.viewer.id}`, a.viewer.headers);
    expect(leave.statusCode).toBe(204);
    expect((await call('GET', '/api/v1/requests', a.viewer.headers)).statusCode).toBe(401);
    const revoked = await t().ctx.db.selectFrom('api_tokens').select('revoked_at').where('user_id', '=', a.viewer.id).execute();
    expect(revoked.every((r) => r.revoked_at !== null)).toBe(true);

    const last = await call('DELETE', `/api/v1/organisations/${a.id}/members/${a.owner.id}`, a.owner.headers);
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('last-owner');
    expect((await call('DELETE', `/api/v1/organisations/${a.id}/members/${a.viewer.id}`, a.owner.headers)).statusCode).toBe(404);
  });

  it('GET /tokens: each caller sees only their own tokens, never a secret; the organisation list is for owners', async () => {
    const { a, b } = await setup();
    for (const who of ['owner', 'editor', 'viewer'] as const) {
      const r = await call('GET', '/api/v1/tokens', a[who].headers);
      expect(r.statusCode).toBe(200);
      const items = r.json().items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ user: { id: a[who].id }, organisation: { id: a.id }, name: 'api token', revoked_at: null });
      expect(items[0].last_used_at).not.toBeNull(); // this very call used it
      expect(JSON.stringify(items)).not.toContain(a[who].token);
      expect(Object.keys(items[0]).sort()).toEqual(['created_at', 'id', 'last_used_at', 'name', 'organisation', 'revoked_at', 'user']);
    }
    expect((await call('GET', '/api/v1/tokens', {})).statusCode).toBe(401);

    const codes = await statuses(a, b, (h) => call('GET', `/api/v1/organisations/${a.id}/tokens`, h));
    expect(codes).toEqual({ owner: 200, editor: 403, viewer: 403, other: 403, anonymous: 401 });
    const all = (await call('GET', `/api/v1/organisations/${a.id}/tokens`, a.owner.headers)).json().items;
    expect(all.map((x: { user: { id: string } }) => x.user.id).sort()).toEqual([a.owner.id, a.editor.id, a.viewer.id].sort());
  });

  it('DELETE /tokens/:id: its user and owners of its organisation revoke; others see 404; a revoked token is refused at once', async () => {
    const { a, b } = await setup();
    const tokenIdOf = async (userId: string) =>
      (await t().ctx.db.selectFrom('api_tokens').select('id').where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirstOrThrow()).id;
    const editorToken = await tokenIdOf(a.editor.id);
    const codes: Record<string, number> = {};
    for (const who of ['anonymous', 'viewer', 'other', 'owner'] as const) {
      codes[who] = (await call('DELETE', `/api/v1/tokens/${editorToken}`, headersOf(a, b, who))).statusCode;
    }
    expect(codes).toEqual({ anonymous: 401, viewer: 404, other: 404, owner: 204 });
    const refused = await call('GET', '/api/v1/requests', a.editor.headers);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('unauthenticated');

    // A user revokes their own token with that very token; the next call fails.
    const viewerToken = await tokenIdOf(a.viewer.id);
    expect((await call('DELETE', `/api/v1/tokens/${viewerToken}`, a.viewer.headers)).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/tokens', a.viewer.headers)).statusCode).toBe(401);
    // Revoking twice is harmless; the revoked token shows only when asked for.
    expect((await call('DELETE', `/api/v1/tokens/${viewerToken}`, a.owner.headers)).statusCode).toBe(204);
    const listed = (await call('GET', `/api/v1/organisations/${a.id}/tokens?include_revoked=true`, a.owner.headers)).json().items;
    expect(listed.find((x: { id: string }) => x.id === viewerToken).revoked_at).not.toBeNull();
    expect((await call('GET', `/api/v1/organisations/${a.id}/tokens`, a.owner.headers)).json().items.map((x: { id: string }) => x.id)).toEqual([await tokenIdOf(a.owner.id)]);
    expect((await call('DELETE', '/api/v1/tokens/nope', a.owner.headers)).statusCode).toBe(404);
  });

  it('a session acts on any organisation of its user; a token only on its own organisation', async () => {
    const { a, b } = await setup();
    await addMember(t().ctx, b.id, a.owner.id, 'owner');
    // The token was issued for a: b stays out of its reach, although its user owns b too.
    expect((await call('GET', `/api/v1/organisations/${b.id}/members`, a.owner.headers)).statusCode).toBe(403);
    const login = await call('POST', '/api/v1/session', {}, { email: a.owner.email, password: TEST_PASSWORD });
    const cookie = (login.headers['set-cookie'] as string | string[]).toString().split(';')[0];
    const h = { cookie, 'x-csrf-token': login.json().csrf_token };
    expect(login.json().current_organisation_id).toBe(a.id);
    expect((await call('GET', `/api/v1/organisations/${b.id}/members`, h)).statusCode).toBe(200);
    expect((await call('PATCH', `/api/v1/organisations/${b.id}/members/${b.viewer.id}`, h, { role: 'editor' })).statusCode).toBe(200);
    expect((await call('PATCH', `/api/v1/organisations/${b.id}/members/${b.viewer.id}`, { cookie }, { role: 'viewer' })).json().code).toBe('csrf-token-invalid');
    // Cookie sessions list every token of the user; a bearer token only those of its organisation.
    expect((await call('GET', '/api/v1/tokens', h)).json().items).toHaveLength(1);
  });

  it('writes one audit event per change, in the organisation concerned, and the chain verifies', async () => {
    const { a } = await setup();
    // Through a session: the owner's token is bound to a and does not reach the new organisation.
    const login = await call('POST', '/api/v1/session', {}, { email: a.owner.email, password: TEST_PASSWORD });
    const h = { cookie: (login.headers['set-cookie'] as string | string[]).toString().split(';')[0], 'x-csrf-token': login.json().csrf_token };
    const org = (await call('POST', '/api/v1/organisations', h, { name: 'Audited' })).json();
    expect((await call('POST', `/api/v1/organisations/${org.id}/members`, a.owner.headers, { email: 'x@example.test', role: 'viewer' })).statusCode).toBe(403);
    const added = (await call('POST', `/api/v1/organisations/${org.id}/members`, h, { email: `aud.${Date.now()}@example.test`, role: 'viewer' })).json();
    expect((await call('PATCH', `/api/v1/organisations/${org.id}/members/${added.user.id}`, h, { role: 'editor' })).statusCode).toBe(200);
    expect((await call('DELETE', `/api/v1/organisations/${org.id}/members/${added.user.id}`, h)).statusCode).toBe(204);
    const tokenId = (await t().ctx.db.selectFrom('api_tokens').select('id').where('user_id', '=', a.editor.id).executeTakeFirstOrThrow()).id;
    expect((await call('DELETE', `/api/v1/tokens/${tokenId}`, h)).statusCode).toBe(204);

    const events = await t().ctx.db.selectFrom('audit_events').select(['action', 'organisation_id', 'subject_id', 'actor'])
      .where('action', 'in', ['organisation.create', 'user.create', 'membership.add', 'membership.change-role', 'membership.remove', 'token.revoke'])
      .where('organisation_id', 'in', [org.id, a.id]).orderBy('seq').execute();
    const mine = events.filter((e) => e.organisation_id === org.id || e.action === 'token.revoke');
    expect(mine.map((e) => e.action)).toEqual(['organisation.create', 'user.create', 'membership.add', 'membership.change-role', 'membership.remove', 'token.revoke']);
    expect(mine.at(-1)).toMatchObject({ organisation_id: a.id, subject_id: tokenId, actor: `user:${a.owner.id}` });
    expect(mine.every((e) => e.actor === `user:${a.owner.id}`)).toBe(true);
    const verification = await verifyAudit(t().ctx.db);
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
  });

  it('PUT /session/password: checks the current password, refuses tokens, ends the other sessions', async () => {
    const { a } = await setup();
    const signIn = async (password: string) => {
      const r = await call('POST', '/api/v1/session', {}, { email: a.viewer.email, password });
      return r.statusCode === 200 ? { cookie: (r.headers['set-cookie'] as string | string[]).toString().split(';')[0], 'x-csrf-token': r.json().csrf_token } : null;
    };
    const here = (await signIn(TEST_PASSWORD))!;
    const elsewhere = (await signIn(TEST_PASSWORD))!;
    const newPassword = 'a new and longer passphrase';
    expect((await call('PUT', '/api/v1/session/password', a.viewer.headers, { current_password: TEST_PASSWORD, new_password: newPassword })).statusCode).toBe(401);
    expect((await call('PUT', '/api/v1/session/password', {}, { current_password: TEST_PASSWORD, new_password: newPassword })).statusCode).toBe(401);
    const wrong = await call('PUT', '/api/v1/session/password', here, { current_password: 'not my password', new_password: newPassword });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'body.current_password', message: 'is not your current password' }]);
    const short = await call('PUT', '/api/v1/session/password', here, { current_password: TEST_PASSWORD, new_password: 'short' });
    expect(short.json().errors[0]).toMatchObject({ field: 'body.new_password', expected: 'length at least 10' });

    const ok = await call('PUT', '/api/v1/session/password', here, { current_password: TEST_PASSWORD, new_password: newPassword });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().ended_sessions).toBeGreaterThanOrEqual(1);
    expect((await call('GET', '/api/v1/session', here)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/session', elsewhere)).statusCode).toBe(401);
    expect(await signIn(TEST_PASSWORD)).toBeNull();
    expect(await signIn(newPassword)).not.toBeNull();
    // Tokens are not sessions: the viewer's script keeps working.
    expect((await call('GET', '/api/v1/tokens', a.viewer.headers)).statusCode).toBe(200);
    const audit = await t().ctx.db.selectFrom('audit_events').select('action').where('subject_id', '=', a.viewer.id).where('action', '=', 'user.change-password').execute();
    expect(audit).toHaveLength(1);
  });
});
