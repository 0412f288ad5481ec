// Where `search reindex` (SQLite) keeps the messages' and requests' search items while it rebuilds
// the index: their text lives only in search_items, which the rebuild empties. A real table, not a
// temporary one, so that a rebuild that dies half-way leaves them for the next run (which merges
// in whatever the search sync indexed meanwhile). Empty between rebuilds. Unused on PostgreSQL,
// whose index is a generated column, but created there too so both schemas stay alike.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The columns of search_items an item is rebuilt from, with their types.
  await sql`create table search_reindex_kept as
    select kind, ref_id, page, document_id, request_id, agency_id, media_type, item_date, body from search_items where 1 = 0`.execute(db);
  await sql`create unique index search_reindex_kept_key on search_reindex_kept (kind, ref_id, coalesce(page, -1))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_reindex_kept').ifExists().execute();
}
