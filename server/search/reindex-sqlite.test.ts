// reindexSqlite (./reindex-sqlite.ts): the rebuilt index holds every stored page with text and
// every message and request item it held before, read in chunks smaller than a document (so the
// keyset paging crosses documents mid-way), and the sync watermarks come back.
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
    handle.prepare(`insert into search_sync (source, updated_at) values ('messages', '2026-01-04'), ('requests', '2026-01-03')`).run();
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
    expect(handle.prepare('select source, updated_at from search_sync order by source').all()).toEqual([
      { source: 'messages', updated_at: '2026-01-04' }, { source: 'requests', updated_at: '2026-01-03' },
    ]);
    expect(handle.prepare("select count(*) from sqlite_temp_master where name = 'reindex_kept'").pluck().get()).toBe(0);
    // Twice in a row gives the same index.
    expect(reindexSqlite(handle, { chunk: 3 })).toMatchObject({ pages: 6, items: 8 });
    expect(await found('border')).toEqual(['message:m1:', 'page:docA:1', 'page:docB:1', 'request:r1:']);
  });
});
