// The agency directory (features/agencies/tables.ts). The federal directory itself is loaded by a
// command at start (features/agencies/commands/seedFederalDirectory.ts), not here: seeding writes
// audit events, and migrations never import application code.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text')
    .addColumn('description', 'text')
    .addColumn('contacts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('request_time_stats', 'text')
    // Defaults only for rows written around the agencies feature (the core's test factory inserts
    // id, name, jurisdiction, parent_id); the feature itself always sets every column.
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('source_date', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('example', 'integer', (c) => c.notNull().defaultTo(0).check(sql`example in (0, 1)`))
    .addColumn('edited_fields', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('edited_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('agencies_sort').on('agencies').columns(['sort_key', 'id']).execute();
  await db.schema.createIndex('agencies_jurisdiction_sort').on('agencies').columns(['jurisdiction', 'sort_key', 'id']).execute();
  await db.schema.createIndex('agencies_parent').on('agencies').columns(['parent_id', 'sort_key', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agencies').execute();
}
