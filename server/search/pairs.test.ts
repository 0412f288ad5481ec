// Pair lists (./pairs.ts): a phrase of two common words, ranked from its pair list, returns the
// same top pages as FTS5's exact ranking, on a small generated corpus (bulk-built lists), and
// stays so as pages are added and removed one at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFile, sqliteHandleOf, type Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { bulkIndexSqlite } from './bulk-sqlite';
import { buildPairLists } from './pairs';
import { indexItemSqlite, removeItemsSqlite, searchSqlite } from './sqlite';
import type { SearchItemInput } from './types';

// Deterministic pages: four very common words and fillers, lengths 20–200, so "the of" etc. are on
// most pages with varying counts and page lengths (BM25 orders them by both).
function corpus(count: number): SearchItemInput[] {
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const common = ['the', 'of', 'and', 'to'];
  const fillers = Array.from({ length: 2000 }, (_, i) => `word${i}`);
  return Array.from({ length: count }, (_, n) => {
    const words: string[] = [];
    const length = 20 + Math.floor(random() * 180);
    for (let k = 0; k < length; k++) words.push(random() < 0.45 ? common[Math.floor(random() * 4)] : fillers[Math.floor(random() * 2000)]);
    return { kind: 'page', refId: `doc${Math.floor(n / 10)}`, documentId: `doc${Math.floor(n / 10)}`, page: (n % 10) + 1, body: words.join(' ') };
  });
}

describe('pair lists for phrases of common words (SQLite)', () => {
  let dir: string;
  let db: Db;
  const all = { kind: 'all' } as const;
  const pages = async (q: string, force: 'exact' | 'bounded' | undefined, offset = 0) => {
    const r = await searchSqlite(db, q, { scope: all, force, limit: 20, offset });
    return { strategy: r.strategy, pages: r.items.map((i) => `${i.ref_id}:${i.page}`) };
  };
  const matches = async (phrase: string) =>
    Number((await sql<{ n: number }>`select count(*) as n from search_fts where search_fts match ${`"${phrase}"`}`.execute(db)).rows[0].n);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-pairs-'));
    db = openSqliteFile(join(dir, 'search.sqlite'));
    await migrateToLatest(db);
    const stats = bulkIndexSqlite(sqliteHandleOf(db)!, corpus(2500), { pairMinDf: 300 });
    expect(stats.pairs).toBeGreaterThan(10);
  });
  afterAll(async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); });

  it('keeps each pair\'s exact page count and at most IMPACT_K best pages', async () => {
    for (const phrase of ['the of', 'of and', 'to to']) {
      const row = await sql<{ df: number }>`select df from search_terms where term = ${phrase}`.execute(db);
      expect(Number(row.rows[0].df), phrase).toBe(await matches(phrase));
      const listed = await sql<{ n: number }>`select count(*) as n from search_impact where term = ${phrase}`.execute(db);
      expect(Number(listed.rows[0].n), phrase).toBe(Math.min(100, await matches(phrase)));
    }
    // Words below the threshold get no pairs.
    expect((await sql`select 1 from search_terms where term like 'word% word%'`.execute(db)).rows).toEqual([]);
  });

  it('under the cap, gives lists to the pairs on the most pages', async () => {
    const handle = sqliteHandleOf(db)!;
    const before = handle.prepare(`select term, df from search_terms where instr(term, ' ') > 0 order by df desc, term`).all() as { term: string; df: number }[];
    try {
      const stats = buildPairLists(handle, { minDf: 300, maxPairs: 5 });
      expect(stats).toMatchObject({ pairs: 5, dropped: before.length - 5 });
      const kept = handle.prepare(`select term, df from search_terms where instr(term, ' ') > 0 order by df desc, term`).all() as { term: string; df: number }[];
      expect(kept.map((k) => k.df)).toEqual(before.slice(0, 5).map((b) => b.df));
      expect(kept.every((k) => k.df >= before[5].df)).toBe(true);
      // Every listed pair's rows are its best pages: the same as a full rebuild lists for it.
      for (const { term } of kept) {
        const n = Number(handle.prepare('select count(*) from search_impact where term = ?').pluck().get(term));
        expect(n, term).toBe(Math.min(100, await matches(term)));
      }
    } finally {
      buildPairLists(handle, { minDf: 300 });
    }
    expect(handle.prepare(`select count(*) from search_terms where instr(term, ' ') > 0`).pluck().get()).toBe(before.length);
  });

  it('ranks a phrase of common words from its list exactly as FTS5 does (first and second page)', async () => {
    for (const q of ['"the of"', '"of and"', '"and the"', '"to to"']) {
      expect(await matches(q.slice(1, -1)), q).toBeGreaterThan(1000); // more than the list holds, and than a complete scan (COMPLETE_SCAN)
      for (const offset of [0, 20]) {
        const exact = await pages(q, 'exact', offset);
        const fromList = await pages(q, 'bounded', offset);
        expect(fromList.strategy).toBe('bounded');
        expect(exact.pages.length).toBe(20);
        expect(fromList.pages, `${q} offset ${offset}`).toEqual(exact.pages);
        // Unforced, a listed phrase is served by its list although its words are under EXACT_MAX_DF.
        expect(await pages(q, undefined, offset)).toEqual(fromList);
      }
    }
  });

  it('keeps the lists right as pages are added and removed one at a time', async () => {
    await indexItemSqlite(db, { kind: 'page', refId: 'best', page: 1, body: 'the of the of the of word1' });
    await indexItemSqlite(db, { kind: 'page', refId: 'best', page: 2, body: 'word2 the of word3 and the' });
    const after = await pages('"the of"', 'bounded');
    expect(after.pages[0]).toBe('best:1');
    expect(after.pages).toEqual((await pages('"the of"', 'exact')).pages);
    expect(Number((await sql<{ df: number }>`select df from search_terms where term = 'the of'`.execute(db)).rows[0].df)).toBe(await matches('the of'));
    await removeItemsSqlite(db, 'page', 'best', 'all');
    expect((await pages('"the of"', 'bounded')).pages).not.toContain('best:1');
    expect(Number((await sql<{ df: number }>`select df from search_terms where term = 'the of'`.execute(db)).rows[0].df)).toBe(await matches('the of'));
  });
});
