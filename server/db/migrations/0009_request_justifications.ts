// Why fees should be waived and why the request is urgent: the requester's own words, stored on
// the request and quoted in the letter's fee-waiver and expedited paragraphs (null: none given).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('fee_waiver_reason', 'text').execute();
  await db.schema.alterTable('requests').addColumn('expedited_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('expedited_reason').execute();
  await db.schema.alterTable('requests').dropColumn('fee_waiver_reason').execute();
}
