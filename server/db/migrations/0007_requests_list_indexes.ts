// Lists, filters and the dashboard at 100,000 requests (docs/decisions/0310): an index for every
// filter and dashboard section (organisation, status, the date it sorts by), a partial index for
// `overdue=true`, status counts kept by triggers (the dashboard's totals without counting rows),
// the working days late cached beside the status, and a word index for `q` (SQLite FTS5 trigram
// over a side table with a stable integer key; PostgreSQL pg_trgm where it can be installed).
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// Private requests count for their creator (and owners); everything else for every member.
const creatorKey = (row: 'new' | 'old') => `case when ${row}.visibility = 'private' then coalesce(${row}.created_by, '') else '' end`;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.alterTable('requests').addColumn('derived_overdue_days', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  // The deadlines JSON (~2 KB a request, explained) moves beside the row: request rows stay narrow
  // (no overflow pages in SQLite), so filters and the dashboard read one page per row.
  await db.schema.createTable('request_deadline_cache')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('requests.id').onDelete('cascade'))
    .addColumn('deadlines', 'text', (c) => c.notNull())
    .addColumn('deadlines_brief', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into request_deadline_cache (request_id, deadlines, deadlines_brief) select id, derived_deadlines, derived_deadlines_brief from requests`.execute(db);
  await db.schema.alterTable('requests').dropColumn('derived_deadlines').execute();
  await db.schema.alterTable('requests').dropColumn('derived_deadlines_brief').execute();

  for (const [name, column] of [
    ['requests_org_status_response_due', 'derived_response_due'],
    ['requests_org_status_appeal_decision_due', 'derived_appeal_decision_due'],
    ['requests_org_status_may_sue', 'derived_may_sue_on'],
    ['requests_org_status_appeal_filing_due', 'derived_appeal_filing_due'],
  ] as const) {
    await db.schema.createIndex(name).on('requests').columns(['organisation_id', 'derived_status', column]).execute();
  }
  // Superseded by the (organisation, status, date) indexes above.
  await db.schema.dropIndex('requests_org_response_due').execute();
  await db.schema.dropIndex('requests_org_may_sue').execute();
  await db.schema.dropIndex('requests_org_appeal_due').execute();
  // `overdue=true`, newest first. The query repeats this condition literally (no bound values).
  await sql`create index requests_org_overdue_id on requests (organisation_id, id) where derived_status in ('overdue', 'may-sue')`.execute(db);
  // Anonymous and cross-organisation lists (visibility = 'public') with a filter.
  await db.schema.createIndex('requests_public_agency').on('requests').columns(['visibility', 'agency_id', 'id']).execute();
  await db.schema.createIndex('requests_public_status').on('requests').columns(['visibility', 'derived_status', 'id']).execute();

  await db.schema.createTable('request_status_counts')
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('private_creator', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_status_counts_pk', ['organisation_id', 'status', 'visibility', 'private_creator'])
    .execute();
  const upsertNew = `insert into request_status_counts (organisation_id, status, visibility, private_creator, n)
      values (new.organisation_id, new.derived_status, new.visibility, ${creatorKey('new')}, 1)
      on conflict (organisation_id, status, visibility, private_creator) do update set n = request_status_counts.n + 1`;
  const decrementOld = `update request_status_counts set n = n - 1 where organisation_id = old.organisation_id
      and status = old.derived_status and visibility = old.visibility and private_creator = ${creatorKey('old')}`;
  const changed = 'old.organisation_id is distinct from new.organisation_id or old.derived_status is distinct from new.derived_status'
    + ' or old.visibility is distinct from new.visibility or old.created_by is distinct from new.created_by';

  if (pg) {
    await sql.raw(`create function request_status_counts_add() returns trigger language plpgsql as $$
      begin ${upsertNew}; return null; end $$`).execute(db);
    await sql.raw(`create function request_status_counts_remove() returns trigger language plpgsql as $$
      begin ${decrementOld}; return null; end $$`).execute(db);
    await sql.raw(`create function request_status_counts_move() returns trigger language plpgsql as $$
      begin ${decrementOld}; ${upsertNew}; return null; end $$`).execute(db);
    await sql.raw('create trigger request_status_counts_ai after insert on requests for each row execute function request_status_counts_add()').execute(db);
    await sql.raw('create trigger request_status_counts_ad after delete on requests for each row execute function request_status_counts_remove()').execute(db);
    await sql.raw(`create trigger request_status_counts_au after update on requests for each row when (${changed}) execute function request_status_counts_move()`).execute(db);
  } else {
    await sql.raw(`create trigger request_status_counts_ai after insert on requests begin ${upsertNew}; end`).execute(db);
    await sql.raw(`create trigger request_status_counts_ad after delete on requests begin ${decrementOld}; end`).execute(db);
    await sql.raw(`create trigger request_status_counts_au after update on requests when ${changed.replaceAll('is distinct from', 'is not')}
      begin ${decrementOld}; ${upsertNew}; end`).execute(db);
  }
  await sql.raw(`insert into request_status_counts (organisation_id, status, visibility, private_creator, n)
    select organisation_id, derived_status, visibility, case when visibility = 'private' then coalesce(created_by, '') else '' end, count(*)
    from requests group by 1, 2, 3, 4`).execute(db);

  if (pg) {
    // pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Where it is
    // not installed, `q` still works and scans (docs/decisions/0310 says so).
    const available = await sql<{ ok: boolean }>`select exists (select 1 from pg_available_extensions where name = 'pg_trgm')
      and has_database_privilege(current_database(), 'CREATE') as ok`.execute(db);
    if (available.rows[0]?.ok) {
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create index requests_search_trgm on requests using gin (search_text gin_trgm_ops)`.execute(db);
    }
  } else {
    // A side table with an INTEGER PRIMARY KEY (stable across VACUUM, unlike an implicit rowid)
    // feeds an external-content FTS5 trigram index: substring matches, the same meaning as LIKE.
    await sql`create table request_search (rowid integer primary key, request_id text not null unique references requests(id) on delete cascade, search_text text not null)`.execute(db);
    await sql`create virtual table request_search_fts using fts5(search_text, content='request_search', content_rowid='rowid', tokenize='trigram')`.execute(db);
    await sql`create trigger request_search_fts_ai after insert on request_search begin
      insert into request_search_fts (rowid, search_text) values (new.rowid, new.search_text); end`.execute(db);
    await sql`create trigger request_search_fts_ad after delete on request_search begin
      insert into request_search_fts (request_search_fts, rowid, search_text) values ('delete', old.rowid, old.search_text); end`.execute(db);
    await sql`create trigger request_search_fts_au after update of search_text on request_search begin
      insert into request_search_fts (request_search_fts, rowid, search_text) values ('delete', old.rowid, old.search_text);
      insert into request_search_fts (rowid, search_text) values (new.rowid, new.search_text); end`.execute(db);
    await sql`create trigger request_search_ai after insert on requests begin
      insert into request_search (request_id, search_text) values (new.id, new.search_text); end`.execute(db);
    await sql`create trigger request_search_au after update of search_text on requests begin
      update request_search set search_text = new.search_text where request_id = new.id; end`.execute(db);
    await sql`insert into request_search (request_id, search_text) select id, search_text from requests order by id`.execute(db);
    // `q` walks an organisation's newest rows first: with search_text in the index, SQLite tests
    // the words on the index entry and reads only the rows that match.
    await sql`create index requests_org_id_search on requests (organisation_id, id, search_text)`.execute(db);
  }
  // Fill derived_overdue_days (and the rest) on the next refresh sweep or list read.
  await sql`update requests set derived_as_of = '0000-00-00'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  if (pg) {
    await sql`drop index if exists requests_search_trgm`.execute(db);
    await sql`drop trigger if exists request_status_counts_ai on requests`.execute(db);
    await sql`drop trigger if exists request_status_counts_ad on requests`.execute(db);
    await sql`drop trigger if exists request_status_counts_au on requests`.execute(db);
    await sql`drop function if exists request_status_counts_add()`.execute(db);
    await sql`drop function if exists request_status_counts_remove()`.execute(db);
    await sql`drop function if exists request_status_counts_move()`.execute(db);
  } else {
    await sql`drop index if exists requests_org_id_search`.execute(db);
    for (const t of ['request_search_ai', 'request_search_au', 'request_status_counts_ai', 'request_status_counts_ad', 'request_status_counts_au']) {
      await sql.raw(`drop trigger if exists ${t}`).execute(db);
    }
    await sql`drop table if exists request_search_fts`.execute(db);
    await sql`drop table if exists request_search`.execute(db);
  }
  await db.schema.dropTable('request_status_counts').execute();
  for (const name of ['requests_org_status_response_due', 'requests_org_status_appeal_decision_due', 'requests_org_status_may_sue', 'requests_org_status_appeal_filing_due',
    'requests_org_overdue_id', 'requests_public_agency', 'requests_public_status']) {
    await db.schema.dropIndex(name).execute();
  }
  await db.schema.createIndex('requests_org_response_due').on('requests').columns(['organisation_id', 'derived_open', 'derived_response_due']).execute();
  await db.schema.createIndex('requests_org_may_sue').on('requests').columns(['organisation_id', 'derived_open', 'derived_may_sue_on']).execute();
  await db.schema.createIndex('requests_org_appeal_due').on('requests').columns(['organisation_id', 'derived_appeal_filing_due']).execute();
  await db.schema.alterTable('requests').dropColumn('derived_overdue_days').execute();
  await db.schema.alterTable('requests').addColumn('derived_deadlines', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('requests').addColumn('derived_deadlines_brief', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await sql`update requests set derived_as_of = '0000-00-00'`.execute(db);
  await db.schema.dropTable('request_deadline_cache').execute();
}
