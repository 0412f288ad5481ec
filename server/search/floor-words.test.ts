// A word on half the pages or more (its BM25 idf is floored) beside a rarer word: the query is
// ranked without the floor word (FTS5 on the rarer word, or the rarer word's impact list) and the
// floor word checked in the text (./sqlite.ts, decision 0507). The pages must be FTS5's exact top,
// including when none of the rarer word's listed best pages has the floor word.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFile, sqliteHandleOf, type Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { bulkIndexSqlite } from './bulk-sqlite';
import { IMPACT_K, IMPACT_MIN_DF, searchSqlite } from './sqlite';
import type { SearchItemInput } from './types';

// 1,240 pages, each a different length (padding = its number), so no two scores tie.
//  - "zeta" on 600 pages (an impact list: ≥ IMPACT_MIN_DF). Its 150 best pages (4–5 times, short)
//    never have "common"; its other 450 pages have it once.
//  - "common" also on 600 pages without zeta: 1,050 of 1,200 pages, so its idf is floored.
//  - "rare" on 40 more pages (no list), half of them with "common".
function corpus(): SearchItemInput[] {
  const pages: SearchItemInput[] = [];
  for (let n = 1; n <= 1200; n++) {
    const words: string[] = [];
    if (n <= 150) words.push(...Array(4 + (n % 2)).fill('zeta'));
    else if (n <= 600) words.push('zeta', 'common');
    else words.push('common');
    for (let k = 0; k < n % 150 + (n > 150 ? 150 : 0); k++) words.push('pad');
    pages.push({ kind: 'page', refId: `doc${Math.floor(n / 100)}`, documentId: `doc${Math.floor(n / 100)}`, page: n, body: words.join(' ') });
  }
  for (let n = 1201; n <= 1240; n++) {
    const words = ['rare', ...(n % 2 ? [] : ['common']), ...Array(n % 37).fill('pad'), ...Array(n % 3).fill('rare')];
    pages.push({ kind: 'page', refId: 'docrare', documentId: 'docrare', page: n, body: words.join(' ') });
  }
  return pages;
}

describe('floor words beside a rarer word (SQLite)', () => {
  let dir: string;
  let db: Db;
  const all = { kind: 'all' } as const;
  const top = async (q: string, force?: 'exact') => {
    const r = await searchSqlite(db, q, { scope: all, force, limit: 20 });
    return { strategy: r.strategy, pages: r.items.map((i) => i.page) };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-floor-'));
    db = openSqliteFile(join(dir, 'search.sqlite'));
    await migrateToLatest(db);
    bulkIndexSqlite(sqliteHandleOf(db)!, corpus());
  });
  afterAll(async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); });

  it('has the shape the cases need', () => {
    const df = (t: string) => Number(sqliteHandleOf(db)!.prepare('select df from search_terms where term = ?').pluck().get(t));
    expect(df('common')).toBeGreaterThanOrEqual(600);
    expect(df('zeta')).toBeGreaterThanOrEqual(IMPACT_MIN_DF);
    expect(df('rare')).toBeLessThan(IMPACT_MIN_DF);
    const listed = sqliteHandleOf(db)!.prepare(`select count(*) from search_impact i join search_items s on s.id = i.item_id
      where i.term = 'zeta' and instr(' ' || s.body || ' ', ' common ') > 0`).pluck().get();
    expect(listed).toBe(0); // none of zeta's IMPACT_K best pages has "common"
    expect(Number(sqliteHandleOf(db)!.prepare(`select count(*) from search_impact where term = 'zeta'`).pluck().get())).toBe(IMPACT_K);
  });

  it('ranks a rare word with a floor word by FTS5 on the rare word alone, as the exact path does', async () => {
    for (const q of ['rare common', 'common rare']) {
      const exact = await top(q, 'exact');
      expect(exact.pages.length).toBe(20);
      expect(await top(q), q).toEqual({ strategy: 'reduced', pages: exact.pages });
    }
  });

  it('falls back from the listed word\'s best pages to a scan when too few have the floor word', async () => {
    const exact = await top('zeta common', 'exact');
    expect(exact.pages.length).toBe(20);
    expect(exact.pages.every((p) => (p ?? 0) > 150)).toBe(true);
    expect(await top('zeta common')).toEqual({ strategy: 'bounded', pages: exact.pages });
  });

  it('serves a listed word with a floor word from its list when enough of it passes', async () => {
    // "zeta pad": pad is on every page (floored), so zeta's list is its answer.
    const exact = await top('zeta pad', 'exact');
    expect(await top('zeta pad')).toEqual({ strategy: 'bounded', pages: exact.pages });
    expect(exact.pages.every((p) => (p ?? 0) <= 150)).toBe(true);
  });
});
