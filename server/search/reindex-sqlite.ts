// `acceso search reindex` on SQLite: rebuilds the search index from the stored page texts, plus the
// messages' and requests' items (their text lives only in search_items, so they are carried over).
// Everything is read in chunks between the bulk indexer's write batches — a connection cannot read
// and write at once, and holding every page in memory grew with the archive (a million pages is
// about 2 GB of text).
import type SQLite from 'better-sqlite3';
import { bulkIndexSqlite, type BulkStats } from './bulk-sqlite';
import type { SearchItemInput } from './types';

/** Rows read per chunk. */
export const REINDEX_CHUNK = 2_000;

interface PageRow { document_id: string; page: number; text: string; request_id: string | null; media_type: string | null; date: string; agency_id: string | null }
interface KeptRow { rowid: number; kind: 'message' | 'request'; ref_id: string; page: number | null; document_id: string | null; request_id: string | null; agency_id: string | null; media_type: string | null; item_date: string | null; body: string }

export function reindexSqlite(handle: SQLite.Database, options: { chunk?: number } = {}): BulkStats & { pages: number } {
  const chunk = options.chunk ?? REINDEX_CHUNK;
  // Aside first, then the index is emptied, in one transaction. A rebuild that died half-way left
  // its items in search_reindex_kept (migration 0012): they stay, and items the search sync wrote
  // since replace theirs (same kind, ref_id and page).
  handle.transaction(() => {
    handle.exec(`insert or replace into search_reindex_kept (kind, ref_id, page, document_id, request_id, agency_id, media_type, item_date, body)
        select kind, ref_id, page, document_id, request_id, agency_id, media_type, item_date, body from search_items where kind != 'page' order by id;
      delete from search_impact; delete from search_terms; insert into search_fts(search_fts) values('delete-all'); delete from search_items;`);
  })();
  const pagesAfter = handle.prepare(`select p.document_id, p.page, p.text, d.request_id, d.media_type, substr(d.created_at, 1, 10) as date, r.agency_id
    from document_pages p join documents d on d.id = p.document_id left join requests r on r.id = d.request_id
    where (p.document_id, p.page) > (@doc, @page) and length(trim(p.text)) > 0
    order by p.document_id, p.page limit @chunk`);
  const keptAfter = handle.prepare('select rowid, * from search_reindex_kept where rowid > ? order by rowid limit ?');
  let pages = 0;
  function* items(): Generator<SearchItemInput> {
    for (let after = { doc: '', page: -1 }; ;) {
      const rows = pagesAfter.all({ ...after, chunk }) as PageRow[];
      for (const r of rows) {
        pages++;
        yield { kind: 'page', refId: r.document_id, documentId: r.document_id, page: r.page, requestId: r.request_id, agencyId: r.agency_id, mediaType: r.media_type, date: r.date, body: r.text };
      }
      if (rows.length < chunk) break;
      after = { doc: rows[rows.length - 1].document_id, page: rows[rows.length - 1].page };
    }
    for (let after = 0; ;) {
      const rows = keptAfter.all(after, chunk) as KeptRow[];
      for (const k of rows) yield { kind: k.kind, refId: k.ref_id, page: k.page, documentId: k.document_id, requestId: k.request_id, agencyId: k.agency_id, mediaType: k.media_type, date: k.item_date, body: k.body };
      if (rows.length < chunk) break;
      after = rows[rows.length - 1].rowid;
    }
  }
  const stats = bulkIndexSqlite(handle, items(), { batch: chunk });
  handle.exec('delete from search_reindex_kept');
  return { ...stats, pages };
}
