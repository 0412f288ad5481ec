// Records: documents, pages, exemption markings, and the search index. The full-text part differs
// by dialect: SQLite gets an FTS5 table over search_items (external content, unicode61 with
// diacritics removed), PostgreSQL a generated tsvector column ('simple' configuration: the
// corpus mixes English and Spanish, so no stemming) with a GIN index. Angle brackets become spaces
// first: PostgreSQL's parser reads '<…' as an HTML tag and would swallow the words after it.
import { sql, type Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema.createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.references('requests.id').onDelete('cascade'))
    .addColumn('message_id', 'text')
    .addColumn('parent_id', 'text', (c) => c.references('documents.id').onDelete('cascade'))
    .addColumn('depth', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('declared_type', 'text')
    .addColumn('media_type', 'text')
    .addColumn('kind', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('processing', 'ready', 'failed')`))
    .addColumn('pages', 'integer')
    .addColumn('failed_step', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error', 'text')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .execute();
  await db.schema.createIndex('documents_request').on('documents').columns(['request_id', 'created_at']).execute();
  await db.schema.createIndex('documents_message').on('documents').column('message_id').execute();
  await db.schema.createIndex('documents_parent').on('documents').column('parent_id').execute();
  await db.schema.createIndex('documents_sha256').on('documents').column('sha256').execute();

  await db.schema.createTable('document_pages')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('ocr_confidence', 'integer')
    .addColumn('note', 'text')
    .addColumn('bates', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('image_sha256', 'text')
    .addPrimaryKeyConstraint('document_pages_pk', ['document_id', 'page'])
    .execute();
  await db.schema.createIndex('document_pages_image').on('document_pages').column('image_sha256').execute();

  await db.schema.createTable('page_exemptions')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('page_exemptions_pk', ['document_id', 'page', 'code'])
    .execute();
  await db.schema.createIndex('page_exemptions_code').on('page_exemptions').columns(['code', 'document_id']).execute();

  await db.schema.createTable('search_items')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) => c.primaryKey())
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
  await db.schema.createIndex('search_items_ref').on('search_items').columns(['kind', 'ref_id', 'page']).execute();
  await db.schema.createIndex('search_items_request').on('search_items').column('request_id').execute();
  await db.schema.createIndex('search_items_document').on('search_items').column('document_id').execute();

  await db.schema.createTable('search_terms')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('df', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createTable('search_impact')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('item_id', 'bigint', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_impact_pk', ['term', 'item_id'])
    .execute();
  await db.schema.createIndex('search_impact_item').on('search_impact').column('item_id').execute();

  // How far the search index has caught up with requests and messages (by their updated_at).
  await db.schema.createTable('search_sync')
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  if (postgres) {
    await sql`alter table search_items add column tsv tsvector generated always as (to_tsvector('simple', translate(body, '<>', '  '))) stored`.execute(db);
    await sql`create index search_items_tsv on search_items using gin (tsv)`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(body, content='search_items', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!postgres) await sql`drop table if exists search_fts`.execute(db);
  for (const t of ['search_sync', 'search_impact', 'search_terms', 'search_items', 'page_exemptions', 'document_pages', 'documents']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
