// Where `search reindex` (SQLite) keeps the messages' and requests' search items while it rebuilds
// the index: their text lives only in search_items, which the rebuild empties. A real table, not a
// temporary one, so that a rebuild that dies half-way leaves them for the next run (which merges
// in whatever the search sync indexed meanwhile). Empty between rebuilds. Unused on PostgreSQL,
// whose index is a generated column, but created there too so both schemas stay alike.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('search_reindex_kept')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('page', 'integer')
    .addColumn('document_id', 'text')
    .addColumn('request_id', 'text')
    .addColumn('agency_id', 'text')
    .addColumn('media_type', 'text')
    .addColumn('item_date', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index search_reindex_kept_key on search_reindex_kept (kind, ref_id, coalesce(page, -1))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_reindex_kept').ifExists().execute();
}
