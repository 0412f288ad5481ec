// The audit chain on both databases: intact after real commands; a changed row, a deleted row in
// the middle, and deleted newest rows are each detected. Also GET /api/v1/audit for owners only.
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, type TestOrganisation } from '../../test/factories';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from './record';
import { verifyAudit } from './verify';
import { canonicalJson } from './canonical';

describeEachDatabase('audit log', (t) => {
  let org: TestOrganisation;
  beforeAll(async () => {
    org = await createOrganisation(t().ctx, 'audit');
    for (let i = 0; i < 5; i++) {
      await inTransaction(t().ctx.db, (trx) => recordAudit(trx, { actor: 'test', organisation_id: org.id, action: 'thing.do', subject_type: 'thing', subject_id: `t${i}`, after: { i, nested: { b: 2, a: 1 } } }));
    }
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}');
  });

  it('shows owners their organisation\'s entries, newest first, paged; nobody else', async () => {
    const app = await t().app();
    const page1 = (await app.inject({ url: '/api/v1/audit?limit=3', headers: org.owner.headers })).json();
    expect(page1.items).toHaveLength(3);
    expect(page1.items[0].seq).toBeGreaterThan(page1.items[1].seq);
    expect(page1.items[0]).toMatchObject({ action: 'thing.do', subject_id: 't4', after: { i: 4 } });
    const page2 = (await app.inject({ url: `/api/v1/audit?limit=3&cursor=${page1.next_cursor}`, headers: org.owner.headers })).json();
    expect(page2.items[0].seq).toBeLessThan(page1.items[2].seq);
    expect((await app.inject({ url: '/api/v1/audit', headers: org.editor.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/audit' })).statusCode).toBe(401);
  });

  it('verifies an intact chain', async () => {
    const v = await verifyAudit(t().ctx.db);
    expect(v).toMatchObject({ ok: true, problems: [] });
    expect(v.rows).toBeGreaterThanOrEqual(5);
  });

  it('detects a changed row', async () => {
    const target = await t().ctx.db.selectFrom('audit_events').select(['seq', 'after_json']).where('subject_id', '=', 't2').executeTakeFirstOrThrow();
    await t().ctx.db.updateTable('audit_events').set({ after_json: target.after_json!.replace('"i":2', '"i":20') }).where('seq', '=', target.seq).execute();
    const v = await verifyAudit(t().ctx.db);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([expect.objectContaining({ seq: Number(target.seq), problem: 'hash-mismatch' })]);
    await t().ctx.db.updateTable('audit_events').set({ after_json: target.after_json }).where('seq', '=', target.seq).execute();
    expect((await verifyAudit(t().ctx.db)).ok).toBe(true);
  });

  it('detects a deleted row in the middle', async () => {
    const target = await t().ctx.db.selectFrom('audit_events').selectAll().where('subject_id', '=', 't1').executeTakeFirstOrThrow();
    await t().ctx.db.deleteFrom('audit_events').where('seq', '=', target.seq).execute();
    const v = await verifyAudit(t().ctx.db);
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.problem)).toEqual(['missing-rows', 'prev-hash-mismatch']);
    expect(v.problems[0].detail).toContain(`rows ${target.seq}..${target.seq}`);
    await t().ctx.db.insertInto('audit_events').values(target).execute();
    expect((await verifyAudit(t().ctx.db)).ok).toBe(true);
  });

  it('detects deleted newest rows through the chain head', async () => {
    const last = await t().ctx.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await t().ctx.db.deleteFrom('audit_events').where('seq', '=', last.seq).execute();
    const v = await verifyAudit(t().ctx.db);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([expect.objectContaining({ problem: 'head-mismatch', detail: expect.stringContaining('newest rows were deleted') })]);
    await t().ctx.db.insertInto('audit_events').values(last).execute();
  });

  it('keeps one unforked chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) =>
      inTransaction(t().ctx.db, (trx) => recordAudit(trx, { actor: 'test', action: 'concurrent', subject_type: 'x', subject_id: String(i) }))));
    const v = await verifyAudit(t().ctx.db);
    expect(v.problems).toEqual([]);
    const n = await sql<{ n: number }>`select count(*) as n from audit_events where action = 'concurrent'`.execute(t().ctx.db);
    expect(Number(n.rows[0].n)).toBe(8);
  });
});
