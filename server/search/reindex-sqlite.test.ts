// reindexSqlite (./reindex-sqlite.ts): the rebuilt index holds every stored page with text and
// every message and request item it held before, read in chunks smaller than a document (so the
// keyset paging crosses documents mid-way); items a rebuild that died half-way set aside are not
// lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFile, sqliteHandleOf, type Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { reindexSqlite } from './reindex-sqlite';
import { indexItemSqlite, searchSqlite } from './sqlite';

describe('search reindex (SQLite)', () => {
  let dir: string;
  let db: Db;
  const all = { kind: 'all' } as const;
  const found = async (q: string) => (await searchSqlite(db, q, { scope: all, limit: 50 })).items.map((i) => `${i.kind}:${i.ref_id}:${i.page ?? ''}`).sort();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-reindex-'));
    db = openSqliteFile(join(dir, 'search.sqlite'));
    await migrateToLatest(db);
    const handle = sqliteHandleOf(db)!;
    const now = '2026-01-05T10:00:00.000Z';
    const doc = handle.prepare(`insert into documents (id, filename, sha256, size, status, created_at, updated_at, media_type) values (?, ?, 'x', 1, 'ready', ?, ?, 'application/pdf')`);
    const page = handle.prepare(`insert into document_pages (document_id, page, text, source) values (?, ?, ?, 'text')`);
    for (const [id, texts] of [['docA', ['alpha border page', 'alpha second', '   ', 'alpha fourth']], ['docB', ['bravo border', 'bravo two']], ['docC', ['charlie only']]] as const) {
      doc.run(id, `${id}.pdf`, now, now);
      texts.forEach((t, i) => page.run(id, i + 1, t));
    }
    // What the live index held before: a message and a request (kept), and a stale page text.
    await indexItemSqlite(db, { kind: 'message', refId: 'm1', body: 'reply about the border wall' });
    await indexItemSqlite(db, { kind: 'request', refId: 'r1', requestId: 'r1', body: 'records about border searches' });
    await indexItemSqlite(db, { kind: 'page', refId: 'docA', documentId: 'docA', page: 1, body: 'stale words' });
  });
  afterAll(async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); });

  it('rebuilds pages from their stored text and keeps messages and requests', async () => {
    const handle = sqliteHandleOf(db)!;
    const stats = reindexSqlite(handle, { chunk: 2 });
    expect(stats).toMatchObject({ pages: 6, items: 8 }); // the blank page is left out
    expect(await found('border')).toEqual(['message:m1:', 'page:docA:1', 'page:docB:1', 'request:r1:']);
    expect(await found('alpha')).toEqual(['page:docA:1', 'page:docA:2', 'page:docA:4']);
    expect(await found('charlie')).toEqual(['page:docC:1']);
    expect(await found('stale')).toEqual([]);
    expect(handle.prepare('select count(*) from search_reindex_kept').pluck().get()).toBe(0);
    // Twice in a row gives the same index.
    expect(reindexSqlite(handle, { chunk: 3 })).toMatchObject({ pages: 6, items: 8 });
    expect(await found('border')).toEqual(['message:m1:', 'page:docA:1', 'page:docB:1', 'request:r1:']);
  });

  it('after a rebuild that died half-way, keeps what it set aside, with what the sync wrote since', async () => {
    const handle = sqliteHandleOf(db)!;
    // As a dead rebuild leaves it: m1 and m2 set aside, the index emptied; then the sync re-indexed m1.
    handle.prepare(`insert into search_reindex_kept (kind, ref_id, body) values ('message', 'm1', 'reply about the border wall'), ('message', 'm2', 'a kept message')`).run();
    handle.exec(`delete from search_impact; delete from search_terms; insert into search_fts(search_fts) values('delete-all'); delete from search_items;`);
    await indexItemSqlite(db, { kind: 'message', refId: 'm1', body: 'newer reply about the border fence' });
    expect(reindexSqlite(handle, { chunk: 4 })).toMatchObject({ pages: 6, items: 8 });
    expect(await found('kept')).toEqual(['message:m2:']);
    expect(await found('fence')).toEqual(['message:m1:']);
    expect(await found('wall')).toEqual([]);
    expect(await found('alpha')).toEqual(['page:docA:1', 'page:docA:2', 'page:docA:4']);
    expect(handle.prepare('select count(*) from search_reindex_kept').pluck().get()).toBe(0);
  });
});
