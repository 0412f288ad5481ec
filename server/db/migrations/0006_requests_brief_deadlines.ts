// A compact copy of each request's cached deadlines (no explanation lines) for list pages that
// ask for `explain=false`. Existing rows are marked stale so the refresh sweep fills it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('derived_deadlines_brief', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await sql`update requests set derived_as_of = '0000-00-00'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('derived_deadlines_brief').execute();
}
