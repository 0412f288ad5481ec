// Search on both databases: the expected pages come back, ranked, with page numbers and
// highlighted snippets; phrase, prefix and exclusion work; filters and visibility hold.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../test/factories';
import { inTransaction } from '../db/transaction';
import { systemActor } from '../features/accounts/actor';
import { createRequest } from '../features/requests/create-request';
import { indexSearchItem, removeSearchItem, search, type SearchScope } from './index';
import { sql } from 'kysely';

describeEachDatabase('search', (t) => {
  let org: TestOrganisation;
  let other: TestOrganisation;
  const req: Record<string, string> = {};

  beforeAll(async () => {
    const { ctx } = t();
    org = await createOrganisation(ctx, 'search');
    other = await createOrganisation(ctx, 'other');
    await inTransaction(ctx.db, async (trx) => {
      const mk = async (key: string, visibility: 'public' | 'organisation' | 'private', orgId: string) => {
        const r = await createRequest(trx, systemActor('test', orgId), { title: `Request ${key}`, text: '', jurisdiction: 'us-federal', visibility, fee_waiver: false, expedited: false, tags: [], notes: '', events: [] }, '2025-01-10', orgId);
        req[key] = r.id;
      };
      await mk('public', 'public', org.id);
      await mk('internal', 'organisation', org.id);
      await mk('foreign', 'organisation', other.id);
      const page = (key: string, doc: string, n: number, body: string, date = '2025-02-01') =>
        indexSearchItem(trx, { kind: 'page', refId: doc, documentId: doc, page: n, requestId: req[key], mediaType: 'application/pdf', date, body });
      await page('public', 'docpub', 1, 'The agency released biometric entry records for the airport.');
      await page('public', 'docpub', 2, 'Biometric biometric biometric exit program: facial comparison & <script> data, withheld under (b)(6).');
      await page('public', 'docpub', 3, 'Nothing relevant on this page about budgets.', '2025-03-01');
      await page('internal', 'docint', 1, 'Internal memo about biometric matching thresholds.');
      await page('foreign', 'docfor', 1, 'Another organisation\'s biometric file.');
      await indexSearchItem(trx, { kind: 'request', refId: req.public, requestId: req.public, body: 'Request for records of the facial comparison pilot' });
      const at = new Date().toISOString();
      await trx.insertInto('documents').values({ id: 'docpub', request_id: req.public, message_id: null, parent_id: null, depth: 0, filename: 'release.pdf', declared_type: 'application/pdf', media_type: 'application/pdf', kind: 'pdf', sha256: 'a'.repeat(64), size: 1, status: 'ready', pages: 3, failed_step: null, error_code: null, error: null, flags: '[]', attempts: 1, uploaded_by: null, created_at: at, updated_at: at, processed_at: at }).execute();
      await trx.insertInto('page_exemptions').values({ document_id: 'docpub', page: 2, code: 'b6', count: 1 }).execute();
    });
  });

  const all: SearchScope = { kind: 'all' };
  const run = (q: string, scope: SearchScope = all, filters = {}) => search(t().ctx.db, q, { scope, filters });

  it('finds pages with their page numbers, best match first, with escaped highlighted snippets', async () => {
    const r = await run('biometric');
    expect(r.items.map((i) => `${i.ref_id}:${i.page}`)).toContain('docpub:2');
    expect(r.items[0]).toMatchObject({ ref_id: 'docpub', page: 2, document_id: 'docpub', request_id: req.public });
    expect(r.items[0].snippet).toContain('<mark>');
    expect(r.items[0].snippet.toLowerCase()).toContain('<mark>biometric</mark>');
    expect(r.items[0].snippet).not.toContain('<script>');
    expect(r.items.map((i) => i.ref_id).sort()).toEqual(['docfor', 'docint', 'docpub', 'docpub']);
  });

  it('matches phrases only in order, and prefixes', async () => {
    expect((await run('"facial comparison"')).items.map((i) => i.kind).sort()).toEqual(['page', 'request']);
    expect((await run('"comparison facial"')).items).toEqual([]);
    expect((await run('biomet*')).items.length).toBe(4);
    expect((await run('budg*')).items.map((i) => i.page)).toEqual([3]);
  });

  it('reads (b)(6) as the phrase "b 6", and honours exclusions', async () => {
    expect((await run('(b)(6)')).items.map((i) => i.page)).toEqual([2]);
    expect((await run('biometric -airport')).items.map((i) => `${i.ref_id}:${i.page}`).sort()).toEqual(['docfor:1', 'docint:1', 'docpub:2']);
  });

  it('filters by request, date, exemption and kind', async () => {
    expect((await run('biometric', all, { requestId: req.internal })).items.map((i) => i.ref_id)).toEqual(['docint']);
    expect((await run('page', all, { from: '2025-02-15' })).items.map((i) => i.page)).toEqual([3]);
    expect((await run('biometric', all, { exemption: 'b6' })).items.map((i) => i.page)).toEqual([2]);
    expect((await run('comparison', all, { kind: 'request' })).items.map((i) => i.kind)).toEqual(['request']);
  });

  it('filters by agency and by file type (kind or media type)', async () => {
    const { ctx } = t();
    await ensureAgency(ctx, { id: 'search-test-agency', name: 'Search Test Agency', jurisdiction: 'us-federal' });
    await inTransaction(ctx.db, async (trx) => {
      const r = await createRequest(trx, systemActor('test', org.id), { title: 'Agency request', text: '', agency_id: 'search-test-agency', visibility: 'public', fee_waiver: false, expedited: false, tags: [], notes: '', events: [] }, '2025-01-10', org.id);
      await indexSearchItem(trx, { kind: 'page', refId: 'docagency', documentId: 'docagency', page: 1, requestId: r.id, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: 'Biometric vendor contract, agency copy.' });
      const at = new Date().toISOString();
      await trx.insertInto('documents').values({ id: 'docagency', request_id: r.id, message_id: null, parent_id: null, depth: 0, filename: 'contract.docx', declared_type: null, media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'docx', sha256: 'b'.repeat(64), size: 1, status: 'ready', pages: 1, failed_step: null, error_code: null, error: null, flags: '[]', attempts: 1, uploaded_by: null, created_at: at, updated_at: at, processed_at: at }).execute();
    });
    expect((await run('biometric', all, { agencyId: 'search-test-agency' })).items.map((i) => i.ref_id)).toEqual(['docagency']);
    expect((await run('biometric', { kind: 'anonymous' }, { agencyId: 'search-test-agency' })).items.map((i) => i.ref_id)).toEqual(['docagency']);
    expect((await run('biometric', all, { agencyId: 'no-such-agency' })).items).toEqual([]);
    expect((await run('biometric', all, { fileType: 'docx' })).items.map((i) => i.ref_id)).toEqual(['docagency']);
    expect((await run('biometric', all, { fileType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).items.map((i) => i.ref_id)).toEqual(['docagency']);
    expect(new Set((await run('biometric', all, { fileType: 'pdf' })).items.map((i) => i.ref_id))).toEqual(new Set(['docpub']));
    await removeSearchItem(ctx.db, 'page', 'docagency');
  });

  it('respects visibility: anonymous sees public only; members see their organisation', async () => {
    expect(new Set((await run('biometric', { kind: 'anonymous' })).items.map((i) => i.ref_id))).toEqual(new Set(['docpub']));
    const member: SearchScope = { kind: 'member', organisationId: org.id, userId: org.viewer.id, role: 'viewer' };
    expect(new Set((await run('biometric', member)).items.map((i) => i.ref_id))).toEqual(new Set(['docpub', 'docint']));
    const outsider: SearchScope = { kind: 'member', organisationId: other.id, userId: other.viewer.id, role: 'viewer' };
    expect(new Set((await run('biometric', outsider)).items.map((i) => i.ref_id))).toEqual(new Set(['docpub', 'docfor']));
  });

  it('replaces and removes items', async () => {
    const { db } = t().ctx;
    await indexSearchItem(db, { kind: 'page', refId: 'docint', documentId: 'docint', page: 1, requestId: req.internal, body: 'Rewritten: fingerprint study.' });
    expect((await run('biometric', all, { requestId: req.internal })).items).toEqual([]);
    expect((await run('fingerprint')).items.map((i) => i.ref_id)).toEqual(['docint']);
    await removeSearchItem(db, 'page', 'docint');
    expect((await run('fingerprint')).items).toEqual([]);
    const left = await sql<{ n: number }>`select count(*) as n from search_items where ref_id = 'docint'`.execute(db);
    expect(Number(left.rows[0].n)).toBe(0);
  });

  it('ranks the same top pages on the bounded path as on the exact one (SQLite)', async () => {
    if (t().dialect !== 'sqlite') return;
    const { db } = t().ctx;
    for (const [q, scope, filters] of [['biometric', all, {}], ['"facial comparison"', all, {}], ['biometric -airport', all, {}], ['biomet*', all, {}],
      ['biometric', { kind: 'anonymous' } as SearchScope, {}], ['biometric', all, { exemption: 'b6' }]] as const) {
      const exact = await search(db, q, { scope, filters, force: 'exact' });
      const bounded = await search(db, q, { scope, filters, force: 'bounded' });
      expect(bounded.strategy).toBe('bounded');
      expect(bounded.items.map((i) => `${i.ref_id}:${i.page}`), q).toEqual(exact.items.map((i) => `${i.ref_id}:${i.page}`));
      expect(bounded.items.every((i) => i.snippet.includes('<mark>')), q).toBe(true);
    }
  });

  it('ranks several words exactly without the words on half the items or more (SQLite reduced path)', async () => {
    if (t().dialect !== 'sqlite') return;
    const { db } = t().ctx;
    // Its own corpus: 40 pages of a separate request, "alpha" on all of them (idf floored), "beta"
    // and "gamma" on some with varying counts and lengths, so BM25 orders them by beta and gamma.
    await inTransaction(db, async (trx) => {
      for (let n = 1; n <= 40; n++) {
        const words = ['alpha', 'filler'.repeat(1)];
        if (n % 2 === 0) for (let k = 0; k <= n % 3; k++) words.push('beta');
        if (n % 3 === 0) for (let k = 0; k <= n % 5; k++) words.push('gamma');
        if (n % 5 === 0) words.push('delta');
        for (let k = 0; k < (n * 7) % 11; k++) words.push('padding');
        await indexSearchItem(trx, { kind: 'page', refId: 'docreduced', documentId: 'docreduced', page: n, requestId: req.public, body: words.join(' ') });
      }
    });
    for (const q of ['alpha beta gamma', 'alpha beta', 'alpha gamma -delta', 'beta alpha']) {
      const exact = await search(db, q, { scope: all, filters: { requestId: req.public }, force: 'exact', limit: 5 });
      const reduced = await search(db, q, { scope: all, filters: { requestId: req.public }, force: 'bounded', limit: 5 });
      expect(reduced.strategy, q).toBe('reduced');
      expect(exact.items.length, q).toBeGreaterThan(0);
      expect(reduced.items.map((i) => i.page), q).toEqual(exact.items.map((i) => i.page));
      expect(reduced.items.every((i) => i.snippet.includes('<mark>alpha</mark>')), q).toBe(true);
      // Unfiltered too (the subquery form), and a second page of results.
      const exactAll = await search(db, q, { scope: all, force: 'exact', limit: 4, offset: 4 });
      const reducedAll = await search(db, q, { scope: all, force: 'bounded', limit: 4, offset: 4 });
      expect(reducedAll.items.map((i) => `${i.ref_id}:${i.page}`), q).toEqual(exactAll.items.map((i) => `${i.ref_id}:${i.page}`));
    }
    await removeSearchItem(db, 'page', 'docreduced');
  });

  it('rejects an empty query with a clear message', async () => {
    await expect(run('  ')).rejects.toThrow(/empty/);
    await expect(run('-only')).rejects.toThrow(/no word/);
  });
});
