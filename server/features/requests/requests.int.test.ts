// The requests API on both databases: create, list, filter, paginate, events, deadlines,
// visibility and roles, bad input (and that nothing is half-written), and the audit trail.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';
import { verifyAudit } from '../audit/verify';

describeEachDatabase('requests API', (t) => {
  let a: TestOrganisation;
  let b: TestOrganisation;

  beforeAll(async () => {
    t().clock.set('2023-03-01T12:00:00Z');
    a = await createOrganisation(t().ctx, 'a');
    b = await createOrganisation(t().ctx, 'b');
    await ensureAgency(t().ctx, { id: 'dhs', name: 'Department of Homeland Security', jurisdiction: 'us-federal' });
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal', parent_id: 'dhs' });
    await ensureAgency(t().ctx, { id: 'ice', name: 'U.S. Immigration and Customs Enforcement', jurisdiction: 'us-federal', parent_id: 'dhs' });
  });

  const post = async (headers: Record<string, string>, url: string, payload: unknown) => (await t().app()).inject({ method: 'POST', url, headers, payload: payload as object });
  const get = async (headers: Record<string, string>, url: string) => (await t().app()).inject({ method: 'GET', url, headers });
  const countRows = async (table: 'requests' | 'request_events' | 'audit_events') =>
    Number((await t().ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  describe('create and read', () => {
    it('creates a filed request and derives its deadlines and status from the timeline', async () => {
      const auditBefore = await countRows('audit_events');
      const res = await post(a.editor.headers, '/api/v1/requests', {
        title: 'Biometric data-sharing agreements', text: 'All agreements…', agency_id: 'cbp', filed_on: '2022-12-01', tags: ['biometrics'],
      });
      expect(res.statusCode, res.body).toBe(201);
      const r = res.json();
      expect(r.jurisdiction).toBe('us-federal');
      expect(r.agency).toEqual({ id: 'cbp', name: 'U.S. Customs and Border Protection' });
      expect(r.events.map((e: { kind: string }) => e.kind)).toEqual(['filed']);
      const response = r.deadlines.find((d: { kind: string }) => d.kind === 'response');
      expect(response.due).toMatch(/^2022-12-/); // 20 working days after 1 Dec 2022 falls in late December
      expect(response.citation).toContain('552');
      expect(response.explanation.length).toBeGreaterThan(0);
      expect(['overdue', 'may-sue']).toContain(r.status); // by March 2023 the response is long overdue
      expect(r.reply_address).toMatch(new RegExp(`^r-${r.id}-[0-9a-f]{8}@acceso\\.localhost$`));
      // one audit event for the creation, in the same transaction, naming the actor
      const audit = await t().ctx.db.selectFrom('audit_events').selectAll().where('subject_id', '=', r.id).execute();
      expect(audit.map((x) => x.action)).toEqual(['request.create']);
      expect(audit[0].actor).toContain(`user:${a.editor.id}`);
      expect(JSON.parse(audit[0].after_json!)).toMatchObject({ title: 'Biometric data-sharing agreements', agency_id: 'cbp', events: ['filed@2022-12-01'] });
      expect(await countRows('audit_events')).toBe(auditBefore + 1);
    });

    it('a draft (not yet filed) has no deadlines and says so', async () => {
      const res = await post(a.owner.headers, '/api/v1/requests', { title: 'Draft', jurisdiction: 'mx' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().status).toBe('draft');
      expect(res.json().deadlines).toEqual([]);
    });
  });

  describe('events', () => {
    it('appends events, re-derives status, and audits each', async () => {
      const r = (await post(a.editor.headers, '/api/v1/requests', { title: 'ICE request', agency_id: 'ice', filed_on: '2023-01-03' })).json();
      const ack = await post(a.editor.headers, `/api/v1/requests/${r.id}/events`, { kind: 'acknowledged', date: '2023-01-05', data: { tracking_number: '2023-ICFO-00001' } });
      expect(ack.statusCode, ack.body).toBe(201);
      const adverse = await post(a.editor.headers, `/api/v1/requests/${r.id}/events`, { kind: 'adverse-determination', date: '2023-02-01', note: 'Glomar response' });
      expect(adverse.statusCode, adverse.body).toBe(201);
      expect(adverse.json().status).toBe('appeal-window-open');
      expect(adverse.json().deadlines.map((d: { kind: string }) => d.kind)).toContain('appeal-filing');

      const detail = (await get(a.viewer.headers, `/api/v1/requests/${r.id}`)).json();
      expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'acknowledged', 'adverse-determination']);
      expect(detail.tracking_number).toBe('2023-ICFO-00001');
      expect(detail.can_write).toBe(false);
      expect(detail.reply_address).toBeUndefined();
      const actions = (await t().ctx.db.selectFrom('audit_events').select('action').where('subject_id', '=', r.id).orderBy('seq').execute()).map((x) => x.action);
      expect(actions).toEqual(['request.create', 'request.event.add', 'request.event.add']);

      const deadlines = (await get(a.viewer.headers, `/api/v1/requests/${r.id}/deadlines`)).json();
      expect(deadlines.received).toBe('2023-01-03');
      expect(deadlines.deadlines.find((d: { kind: string }) => d.kind === 'appeal-filing').due).toBeTruthy();
    });

    it('refuses an event the law engine cannot read, and writes nothing', async () => {
      const r = (await post(a.editor.headers, '/api/v1/requests', { title: 'Clarification test', agency_id: 'cbp', filed_on: '2023-01-03' })).json();
      const before = [await countRows('request_events'), await countRows('audit_events')];
      const bad = await post(a.editor.headers, `/api/v1/requests/${r.id}/events`, { kind: 'clarification-answered', date: '2023-01-10' });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().code).toBe('timeline-invalid-event');
      expect([await countRows('request_events'), await countRows('audit_events')]).toEqual(before);
    });

    it('refuses a legal event on a request that was never filed', async () => {
      const draft = (await post(a.editor.headers, '/api/v1/requests', { title: 'Draft', jurisdiction: 'us-federal' })).json();
      const res = await post(a.editor.headers, `/api/v1/requests/${draft.id}/events`, { kind: 'adverse-determination', date: '2023-01-04' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field: 'kind' });
      const note = await post(a.editor.headers, `/api/v1/requests/${draft.id}/events`, { kind: 'note', date: '2023-01-04', note: 'drafting' });
      expect(note.statusCode).toBe(201);
    });

    it('refuses events in the future and unknown kinds, naming the field', async () => {
      const r = (await post(a.editor.headers, '/api/v1/requests', { title: 'Future', agency_id: 'cbp', filed_on: '2023-01-03' })).json();
      const future = await post(a.editor.headers, `/api/v1/requests/${r.id}/events`, { kind: 'note', date: '2030-01-01' });
      expect(future.statusCode).toBe(400);
      expect(future.json().errors[0].field).toBe('date');
      const unknown = await post(a.editor.headers, `/api/v1/requests/${r.id}/events`, { kind: 'teleported', date: '2023-01-04' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors[0]).toMatchObject({ field: 'body.kind' });
      expect(unknown.json().errors[0].expected).toContain('adverse-determination');
    });
  });

  describe('bad input on create', () => {
    it('lists every invalid field with what was expected', async () => {
      const res = await post(a.editor.headers, '/api/v1/requests', { title: '', visibility: 'secret', filed_on: '2023-02-30', tags: 'x' });
      expect(res.statusCode).toBe(400);
      const fields = res.json().errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['body.filed_on', 'body.tags', 'body.title', 'body.visibility']);
      expect(res.json().errors.find((e: { field: string }) => e.field === 'body.visibility').expected).toContain('"public"');
    });

    it('rejects an unknown agency, an unknown jurisdiction and a mismatch, writing nothing', async () => {
      const before = [await countRows('requests'), await countRows('request_events'), await countRows('audit_events')];
      const noAgency = await post(a.editor.headers, '/api/v1/requests', { title: 'x', agency_id: 'nope', filed_on: '2023-01-03' });
      expect(noAgency.json().errors[0].field).toBe('agency_id');
      const noJur = await post(a.editor.headers, '/api/v1/requests', { title: 'x', jurisdiction: 'atlantis' });
      expect(noJur.json().errors[0].field).toBe('jurisdiction');
      const mismatch = await post(a.editor.headers, '/api/v1/requests', { title: 'x', jurisdiction: 'mx', agency_id: 'cbp' });
      expect(mismatch.json().errors[0]).toMatchObject({ field: 'jurisdiction', expected: 'us-federal' });
      // an initial timeline the engine rejects rolls back the request row too
      const badTimeline = await post(a.editor.headers, '/api/v1/requests', { title: 'x', agency_id: 'cbp', filed_on: '2023-01-03', events: [{ kind: 'fee-resolved', date: '2023-01-04' }] });
      expect(badTimeline.statusCode).toBe(400);
      expect([await countRows('requests'), await countRows('request_events'), await countRows('audit_events')]).toEqual(before);
    });
  });

  describe('visibility and roles', () => {
    let privateId: string, orgId: string, publicId: string;
    beforeAll(async () => {
      privateId = (await post(a.editor.headers, '/api/v1/requests', { title: 'Private one', jurisdiction: 'us-federal', visibility: 'private', filed_on: '2023-01-03' })).json().id;
      orgId = (await post(a.editor.headers, '/api/v1/requests', { title: 'Org one', jurisdiction: 'us-federal', visibility: 'organisation', filed_on: '2023-01-03' })).json().id;
      publicId = (await post(a.editor.headers, '/api/v1/requests', { title: 'Public one', jurisdiction: 'us-federal', visibility: 'public', filed_on: '2023-01-03' })).json().id;
    });

    it('anonymous callers see only public requests', async () => {
      const list = (await get({}, '/api/v1/requests?limit=200')).json();
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((i: { visibility: string }) => i.visibility === 'public')).toBe(true);
      expect((await get({}, `/api/v1/requests/${publicId}`)).statusCode).toBe(200);
      expect((await get({}, `/api/v1/requests/${publicId}`)).json().requester.email).toBeNull();
      expect((await get({}, `/api/v1/requests/${orgId}`)).statusCode).toBe(401);
      expect((await post({}, '/api/v1/requests', { title: 'x', jurisdiction: 'mx' })).statusCode).toBe(401);
    });

    it('another organisation sees nothing private, only public', async () => {
      expect((await get(b.owner.headers, `/api/v1/requests/${privateId}`)).statusCode).toBe(404);
      expect((await get(b.owner.headers, `/api/v1/requests/${orgId}`)).statusCode).toBe(404);
      expect((await get(b.owner.headers, `/api/v1/requests/${publicId}`)).statusCode).toBe(200);
      const own = (await get(b.owner.headers, '/api/v1/requests?limit=200')).json().items;
      expect(own).toEqual([]);
      const visible = (await get(b.owner.headers, '/api/v1/requests?scope=visible&limit=200')).json().items;
      expect(visible.map((i: { id: string }) => i.id)).toContain(publicId);
      expect(visible.every((i: { visibility: string }) => i.visibility === 'public')).toBe(true);
      const write = await post(b.owner.headers, `/api/v1/requests/${publicId}/events`, { kind: 'note', date: '2023-01-04' });
      expect(write.statusCode).toBe(403);
    });

    it('private requests: the creator and owners, not other members', async () => {
      expect((await get(a.editor.headers, `/api/v1/requests/${privateId}`)).statusCode).toBe(200);
      expect((await get(a.owner.headers, `/api/v1/requests/${privateId}`)).statusCode).toBe(200);
      expect((await get(a.viewer.headers, `/api/v1/requests/${privateId}`)).statusCode).toBe(404);
      expect((await get(a.viewer.headers, `/api/v1/requests/${orgId}`)).statusCode).toBe(200);
    });

    it('a viewer cannot write', async () => {
      const create = await post(a.viewer.headers, '/api/v1/requests', { title: 'x', jurisdiction: 'mx' });
      expect(create.statusCode).toBe(403);
      expect(create.json().code).toBe('forbidden');
      const ev = await post(a.viewer.headers, `/api/v1/requests/${orgId}/events`, { kind: 'note', date: '2023-01-04' });
      expect(ev.statusCode).toBe(403);
      const patch = await (await t().app()).inject({ method: 'PATCH', url: `/api/v1/requests/${orgId}`, headers: a.viewer.headers, payload: { title: 'y' } });
      expect(patch.statusCode).toBe(403);
    });

    it('an editor edits fields, audited with before and after', async () => {
      const patch = await (await t().app()).inject({ method: 'PATCH', url: `/api/v1/requests/${orgId}`, headers: a.editor.headers, payload: { title: 'Org one (renamed)', tags: ['x'] } });
      expect(patch.statusCode, patch.body).toBe(200);
      expect(patch.json().title).toBe('Org one (renamed)');
      const row = await t().ctx.db.selectFrom('audit_events').selectAll().where('subject_id', '=', orgId).where('action', '=', 'request.update').executeTakeFirstOrThrow();
      expect(JSON.parse(row.before_json!)).toEqual({ title: 'Org one', tags: '[]' });
      expect(JSON.parse(row.after_json!)).toEqual({ title: 'Org one (renamed)', tags: '["x"]' });
    });
  });

  describe('list, filters and pagination', () => {
    let c: TestOrganisation;
    const ids: string[] = [];
    beforeAll(async () => {
      c = await createOrganisation(t().ctx, 'c');
      for (let i = 0; i < 7; i++) {
        const body = i < 3
          ? { title: `Overdue CBP ${i}`, agency_id: 'cbp', filed_on: '2022-12-01' }
          : { title: `Recent ICE ${i} passport`, agency_id: 'ice', filed_on: '2023-02-27' };
        ids.push((await post(c.owner.headers, '/api/v1/requests', body)).json().id);
      }
    });

    it('pages through every request exactly once with the cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/requests?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page: { items: { id: string }[]; next_cursor: string | null } = (await get(c.viewer.headers, url)).json();
        seen.push(...page.items.map((i) => i.id));
        cursor = page.next_cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...ids].reverse()); // newest first, none twice, none missing
    });

    it('filters by agency, overdue, status and text', async () => {
      const byAgency = (await get(c.viewer.headers, '/api/v1/requests?agency=ice')).json().items;
      expect(byAgency).toHaveLength(4);
      expect(byAgency.every((i: { agency: { id: string } }) => i.agency.id === 'ice')).toBe(true);
      const overdue = (await get(c.viewer.headers, '/api/v1/requests?overdue=true')).json().items;
      expect(overdue.map((i: { id: string }) => i.id).sort()).toEqual(ids.slice(0, 3).sort());
      const awaiting = (await get(c.viewer.headers, '/api/v1/requests?status=awaiting-response')).json().items;
      expect(awaiting).toHaveLength(4);
      const q = (await get(c.viewer.headers, '/api/v1/requests?q=PASSPORT%20ice')).json().items;
      expect(q).toHaveLength(4);
      const none = (await get(c.viewer.headers, '/api/v1/requests?q=100%25')).json().items;
      expect(none).toHaveLength(0);
      const item = overdue[0];
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'title', 'status', 'jurisdiction', 'agency', 'filed_on', 'deadlines']));
    });

    it('explain=false leaves out the explanation lines but keeps every deadline', async () => {
      const full = (await get(c.viewer.headers, '/api/v1/requests?limit=3')).json().items;
      const brief = (await get(c.viewer.headers, '/api/v1/requests?limit=3&explain=false')).json().items;
      expect(brief.map((i: { id: string }) => i.id)).toEqual(full.map((i: { id: string }) => i.id));
      expect(full[0].deadlines[0].explanation.length).toBeGreaterThan(0);
      expect(brief[0].deadlines).toEqual(full[0].deadlines.map(({ explanation: _e, ...d }: { explanation: string[] }) => d));
    });

    it('rejects bad filters with the field named', async () => {
      const res = await get(c.viewer.headers, '/api/v1/requests?overdue=maybe&limit=0&colour=red');
      expect(res.statusCode).toBe(400);
      const fields = res.json().errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['querystring.colour', 'querystring.limit', 'querystring.overdue']);
    });

    it('the dashboard shows overdue requests by working days and counts', async () => {
      const d = (await get(c.viewer.headers, '/api/v1/dashboard?days=7')).json();
      expect(d.counts.total).toBe(7);
      expect(d.overdue).toHaveLength(3);
      expect(d.overdue[0].overdue_working_days).toBeGreaterThan(20);
      expect(d.due.length + d.overdue.length + d.may_sue.length).toBeGreaterThan(0);
      expect((await get({}, '/api/v1/dashboard')).statusCode).toBe(401);
    });

    it('the audit chain is intact after all of this', async () => {
      expect((await verifyAudit(t().ctx.db)).ok).toBe(true);
    });
  });
});
