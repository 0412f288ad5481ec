// All mail with its read state (per organisation) and the suggested events across an organisation,
// on both databases: who sees what (owner, editor, viewer, another organisation, anonymous), and
// that marking read and deciding a suggestion are audited.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation, type TestUser, requestsOfEveryVisibility } from '../../test/factories';
import { verifyAudit } from '../audit/verify';

type Item = { id: string; request_id: string | null; request_title?: string; unread: boolean | null; read_by: string | null };
type Suggestion = { id: string; request_id: string; request_title: string; sentence: string; kind: string; date: string; can_decide: boolean };

describeEachDatabase('mailbox and suggested events', (t) => {
  let a: TestOrganisation;
  let b: TestOrganisation;
  const req: Record<'pub' | 'org' | 'priv' | 'other', string> = { pub: '', org: '', priv: '', other: '' };
  const msg: Record<keyof typeof req | 'pen', string> = { pub: '', org: '', priv: '', other: '', pen: '' };

  const call = async (method: 'GET' | 'POST', url: string, user?: TestUser, payload?: unknown, extra: Record<string, string> = {}) =>
    (await t().app()).inject({ method, url, headers: { ...(user?.headers ?? {}), ...extra }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const mail = async (as: TestUser) => {
    const r = await call('GET', '/api/v1/messages', as);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as Item[];
  };
  const suggestions = async (as: TestUser) => {
    const r = await call('GET', '/api/v1/suggested-events', as);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as Suggestion[];
  };
  const raw = (n: number, text: string) => Buffer.from(
    `From: FOIA Office <foia@cbp.example.gov>\r\nTo: someone@example.org\r\nSubject: Your request ${n}\r\nMessage-ID: <inbox-${n}-${Math.random()}@cbp.example.gov>\r\n\r\n${text}\r\n`);

  beforeAll(async () => {
    a = await createOrganisation(t().ctx, 'inboxa');
    b = await createOrganisation(t().ctx, 'inboxb');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    Object.assign(req, await requestsOfEveryVisibility(await t().app(), a, b, { pub: 'Public border studies', org: 'Organisation-wide request', priv: 'Private request of the editor', other: 'Request of another organisation' }));
    let n = 0;
    for (const k of ['pub', 'org', 'priv', 'other'] as const) {
      const as = k === 'other' ? b.editor : a.editor;
      const r = await call('POST', `/api/v1/messages?request=${req[k]}`, as, raw(++n, `This letter acknowledges receipt of your FOIA request dated March 2, 2026. Your request has been assigned CBP-2026-00${n}.`), { 'content-type': 'message/rfc822' });
      expect(r.statusCode, r.body).toBe(201);
      msg[k] = r.json().id;
    }
    const pen = await call('POST', '/api/v1/messages', a.editor, raw(9, 'Which request is this about?'), { 'content-type': 'message/rfc822' });
    expect(pen.json().request_id).toBeNull();
    msg.pen = pen.json().id;
  });

  it('lists all mail the reader may see in their organisation, with the request title, unread at first', async () => {
    const owner = await mail(a.owner);
    expect(owner.map((m) => m.id).sort()).toEqual([msg.pub, msg.org, msg.priv, msg.pen].sort());
    expect(owner.every((m) => m.unread === true && m.read_by === null)).toBe(true);
    expect(owner.find((m) => m.id === msg.org)!.request_title).toBe('Organisation-wide request');
    expect((await mail(a.editor)).map((m) => m.id).sort()).toEqual([msg.pub, msg.org, msg.priv, msg.pen].sort());
    // The viewer did not create the private request: its mail stays hidden.
    expect((await mail(a.viewer)).map((m) => m.id).sort()).toEqual([msg.pub, msg.org, msg.pen].sort());
    // Another organisation sees its own mailbox only (a public request's mail is reachable by ?request=).
    expect((await mail(b.viewer)).map((m) => m.id)).toEqual([msg.other]);
    const anon = await call('GET', '/api/v1/messages');
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toMatch(/problem\+json/);
    // Filters: kind and a bad value.
    expect((await call('GET', '/api/v1/messages?kind=bounce', a.owner)).json().items).toEqual([]);
    expect((await call('GET', '/api/v1/messages?unread=maybe', a.owner)).statusCode).toBe(400);
  });

  it('keeps read marks per organisation: one member reads, the team sees it read; audited once', async () => {
    const r = await call('POST', `/api/v1/messages/${msg.org}/read`, a.viewer);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ id: msg.org, unread: false, changed: true });
    expect(r.json().read_by).toMatch(new RegExp(`^user:${a.viewer.id}/token:`));
    expect((await call('POST', `/api/v1/messages/${msg.org}/read`, a.editor)).json()).toMatchObject({ unread: false, changed: false });
    expect((await mail(a.owner)).find((m) => m.id === msg.org)).toMatchObject({ unread: false });
    const unread = (await call('GET', '/api/v1/messages?unread=true', a.owner)).json().items as Item[];
    expect(unread.map((m) => m.id)).not.toContain(msg.org);
    expect(unread.map((m) => m.id)).toContain(msg.pub);
    expect(((await call('GET', '/api/v1/messages?unread=false', a.owner)).json().items as Item[]).map((m) => m.id)).toEqual([msg.org]);
    // The request's own list carries the same state.
    expect(((await call('GET', `/api/v1/messages?request=${req.org}`, a.editor)).json().items as Item[])[0]).toMatchObject({ unread: false });

    // Another organisation reading the public request keeps its own mark; A's stays unread.
    expect(((await call('GET', `/api/v1/messages?request=${req.pub}`, b.viewer)).json().items as Item[])[0]).toMatchObject({ unread: true });
    expect((await call('POST', `/api/v1/messages/${msg.pub}/read`, b.viewer)).statusCode).toBe(200);
    expect(((await call('GET', `/api/v1/messages?request=${req.pub}`, b.viewer)).json().items as Item[])[0]).toMatchObject({ unread: false });
    expect((await mail(a.owner)).find((m) => m.id === msg.pub)).toMatchObject({ unread: true });
    // Anonymous readers of a public request keep no state.
    expect(((await call('GET', `/api/v1/messages?request=${req.pub}`)).json().items as Item[])[0]).toMatchObject({ unread: null });

    // Who may not mark: anonymous (401), a viewer on a private request they cannot see (404), another organisation on private mail (404).
    expect((await call('POST', `/api/v1/messages/${msg.pub}/read`)).statusCode).toBe(401);
    expect((await call('POST', `/api/v1/messages/${msg.priv}/read`, a.viewer)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/messages/${msg.org}/read`, b.owner)).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/messages/nope/read', a.owner)).statusCode).toBe(404);

    // Unread again.
    expect((await call('POST', `/api/v1/messages/${msg.org}/unread`, a.editor)).json()).toMatchObject({ unread: true, read_by: null, changed: true });
    expect((await mail(a.owner)).find((m) => m.id === msg.org)).toMatchObject({ unread: true });
    const log = await t().ctx.db.selectFrom('audit_events').select(['action', 'subject_id', 'organisation_id']).where('subject_type', '=', 'message').where('action', 'in', ['message.read', 'message.unread']).orderBy('seq').execute();
    expect(log.filter((e) => e.subject_id === msg.org).map((e) => e.action)).toEqual(['message.read', 'message.unread']);
    expect(log.filter((e) => e.subject_id === msg.pub)).toEqual([{ action: 'message.read', subject_id: msg.pub, organisation_id: b.id }]);
    expect((await verifyAudit(t().ctx.db)).ok).toBe(true);
  });

  it('lists open suggested events across the organisation, with the request title, and drops them once decided', async () => {
    const owner = await suggestions(a.owner);
    expect(new Set(owner.map((s) => s.request_id))).toEqual(new Set([req.pub, req.org, req.priv]));
    const onOrg = owner.find((s) => s.request_id === req.org)!;
    expect(onOrg).toMatchObject({ request_title: 'Organisation-wide request', kind: 'acknowledged', can_decide: true });
    expect(onOrg.sentence).toMatch(/^This letter acknowledges receipt/);
    expect(onOrg.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const viewer = await suggestions(a.viewer);
    expect(new Set(viewer.map((s) => s.request_id))).toEqual(new Set([req.pub, req.org]));
    expect(viewer.every((s) => s.can_decide === false)).toBe(true);
    expect(new Set((await suggestions(b.owner)).map((s) => s.request_id))).toEqual(new Set([req.other]));
    expect((await call('GET', '/api/v1/suggested-events')).statusCode).toBe(401);

    // A viewer may not decide; another organisation cannot even see it.
    expect((await call('POST', `/api/v1/suggestions/${onOrg.id}/dismiss`, a.viewer)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/suggestions/${onOrg.id}/dismiss`, b.owner)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/suggestions/${onOrg.id}/dismiss`, a.editor)).statusCode).toBe(200);
    const onPub = owner.find((s) => s.request_id === req.pub)!;
    const accepted = await call('POST', `/api/v1/suggestions/${onPub.id}/accept`, a.owner, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(new Set((await suggestions(a.owner)).map((s) => s.request_id))).toEqual(new Set([req.priv]));
    const actions = (await t().ctx.db.selectFrom('audit_events').select('action').where('subject_id', '=', onOrg.id).execute()).map((e) => e.action);
    expect(actions).toEqual(['suggestion.dismiss']);
    expect((await verifyAudit(t().ctx.db)).ok).toBe(true);
  });
});
