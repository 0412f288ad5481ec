// Each request's list item, rendered once when it changes (decision 0313): the whole JSON object a
// list page sends for it, explained and brief, beside the cached deadlines. A list page then reads
// one stored value per row instead of eleven columns, the agency's name and the deadlines.
//
// Triggers null the rendered item whenever anything it shows changes (the request's listed or
// derived columns, its agency's name), whoever changes it: a stale item can be missing, never
// wrong. Writers render it again in the same transaction; a page that finds it missing builds the
// row from its columns as before.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const SHOWN = ['title', 'jurisdiction', 'agency_id', 'filed_on', 'visibility', 'tags', 'tracking_number', 'derived_status', 'derived_as_of', 'derived_engine_version'];
const FORGET_REQUEST = `update request_deadline_cache set item = null, item_brief = null where request_id = new.id`;
const FORGET_AGENCY = `update request_deadline_cache set item = null, item_brief = null where request_id in (select id from requests where agency_id = new.id)`;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const c of ['item', 'item_brief', 'item_as_of', 'item_version']) await db.schema.alterTable('request_deadline_cache').addColumn(c, 'text').execute();
  // The sweep that renders forgotten items finds them here, not by reading every (wide) cache row.
  await sql`create index request_deadline_cache_unrendered on request_deadline_cache (request_id) where item is null`.execute(db);
  const requestChanged = SHOWN.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
  if (pg) {
    await sql.raw(`create function request_list_item_forget() returns trigger language plpgsql as $$ begin ${FORGET_REQUEST}; return null; end $$`).execute(db);
    await sql.raw(`create function agency_list_items_forget() returns trigger language plpgsql as $$ begin ${FORGET_AGENCY}; return null; end $$`).execute(db);
    await sql.raw(`create trigger request_list_item_au after update on requests for each row when (${requestChanged}) execute function request_list_item_forget()`).execute(db);
    await sql.raw('create trigger agency_list_items_au after update on agencies for each row when (old.name is distinct from new.name) execute function agency_list_items_forget()').execute(db);
  } else {
    await sql.raw(`create trigger request_list_item_au after update on requests when ${requestChanged.replaceAll('is distinct from', 'is not')} begin ${FORGET_REQUEST}; end`).execute(db);
    await sql.raw(`create trigger agency_list_items_au after update on agencies when old.name is not new.name begin ${FORGET_AGENCY}; end`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql.raw('drop trigger if exists request_list_item_au' + (pg ? ' on requests' : '')).execute(db);
  await sql.raw('drop trigger if exists agency_list_items_au' + (pg ? ' on agencies' : '')).execute(db);
  if (pg) {
    await sql.raw('drop function if exists request_list_item_forget()').execute(db);
    await sql.raw('drop function if exists agency_list_items_forget()').execute(db);
  }
  await db.schema.dropIndex('request_deadline_cache_unrendered').execute();
  for (const c of ['item_version', 'item_as_of', 'item_brief', 'item']) await db.schema.alterTable('request_deadline_cache').dropColumn(c).execute();
}
