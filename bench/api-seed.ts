// Seeding for bench/api.bench.ts: N requests with E timeline events each, whose cached deadlines
// and status come from the real law engine, into SQLite (a data directory) or PostgreSQL (a fresh
// database). Deterministic: every run seeds the same data. Rows go in through bulk statements
// (prepared inserts on SQLite, unnest() batches on PostgreSQL); the triggers of migration 0007
// (status counts, search index) fire as they would for the application's own inserts.
import pg from 'pg';
import { loadEnv } from '../server/env';
import { createContext, closeContext, createLogger } from '../server/context';
import { sqliteHandleOf } from '../server/db/database';
import { inTransaction } from '../server/db/transaction';
import { systemActor } from '../server/features/accounts/actor';
import { createUser } from '../server/features/accounts/create-user';
import { createToken } from '../server/features/accounts/create-token';
import { deriveStrict } from '../server/features/requests/derive';
import { searchText } from '../server/features/requests/search-text';
import { listItemJson, presentListItem } from '../server/features/requests/presenter';
import { newId, todayIso, addDaysIso } from '../server/ids';
import { listFederalAgencies } from '../law/index';

let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const WORDS = ['biometric', 'agreements', 'data', 'sharing', 'passport', 'records', 'detention', 'contracts', 'emails', 'policy',
  'surveillance', 'manuals', 'app', 'border', 'asylum', 'fingerprints', 'memoranda', 'training', 'audit', 'database'];
const NOTE_KINDS = ['note', 'message-sent', 'message-received'] as const;

type Req = (string | number | null)[];
type Ev = (string | number)[];
interface Writer { agencies(rows: { id: string; name: string }[]): Promise<void>; batch(reqs: Req[], caches: Cache[], evs: Ev[]): Promise<void>; finish(): Promise<string[]> }

const REQ_COLUMNS = ['id', 'title', 'text', 'agency_id', 'visibility', 'filed_on', 'created_at', 'search_text', 'derived_status', 'derived_open',
  'derived_response_due', 'derived_may_sue_on', 'derived_appeal_filing_due', 'derived_appeal_decision_due',
  'derived_engine_version', 'derived_as_of', 'derived_overdue_days'];
/** request id, deadlines, brief deadlines, list item, brief list item, as of, engine version (what cacheReading writes). */
type Cache = [string, string, string, string, string, string, string];
const INT_COLUMNS = new Set(['derived_open', 'derived_overdue_days']);
const FIXED = `organisation_id, created_by, jurisdiction, requester_name, requester_email, fee_waiver, expedited, tags, notes, tracking_number, updated_at`;

export async function seedDatabase(opts: { dataDir: string; databaseUrl: string; requests: number; eventsPerRequest: number; log: (s: string) => void }) {
  const { requests: N, eventsPerRequest: E, log } = opts;
  const env = loadEnv({ ACCESO_DATA_DIR: opts.dataDir, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'warn', ACCESO_DATABASE_URL: opts.databaseUrl });
  const ctx = await createContext(env, { logger: createLogger({ logLevel: 'warn' }) });
  const actor = systemActor('bench');
  const { organisationId } = await inTransaction(ctx.db, (trx) => createUser(trx, actor, { email: 'bench@example.test', name: 'Bench', password: 'bench-password-1', role: 'owner', organisationName: 'Bench org' }));
  const { token } = await inTransaction(ctx.db, (trx) => createToken(trx, actor, { email: 'bench@example.test' }));
  const writer = opts.databaseUrl ? await postgresWriter(opts.databaseUrl, organisationId) : sqliteWriter(sqliteHandleOf(ctx.db)!, organisationId);

  const agencies = listFederalAgencies().slice(0, 60);
  await writer.agencies(agencies);
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const today = todayIso();
  const t0 = Date.now();
  const start = Date.parse('2019-01-02T00:00:00Z');
  const span = Date.parse(today + 'T00:00:00Z') - 30 * 86400_000 - start;
  const base = Date.now() - N * 1000; // ids sort by creation time: spread them over the past N seconds
  let events = 0;
  const batch = 2000;
  for (let from = 0; from < N; from += batch) {
    const reqs: Req[] = [];
    const caches: Cache[] = [];
    const evRows: Ev[] = [];
    for (let i = from; i < Math.min(N, from + batch); i++) {
      const id = newId(base + i * 1000);
      const filed = new Date(start + Math.floor(rand() * span)).toISOString().slice(0, 10);
      const capped = (d: string) => (d > today ? today : d);
      const timeline: { kind: string; date: string }[] = [{ kind: 'filed', date: filed }, { kind: 'acknowledged', date: capped(addDaysIso(filed, 3)) }];
      const r = rand();
      if (r < 0.1) timeline.push({ kind: 'unusual-circumstances', date: capped(addDaysIso(filed, 10)) });
      else if (r < 0.25) timeline.push({ kind: 'determination', date: capped(addDaysIso(filed, 25)) });
      else if (r < 0.45) timeline.push({ kind: 'adverse-determination', date: capped(addDaysIso(filed, 30)) });
      else if (r < 0.55) timeline.push({ kind: 'adverse-determination', date: capped(addDaysIso(filed, 30)) }, { kind: 'appeal-received', date: capped(addDaysIso(filed, 40)) });
      else if (r < 0.6) timeline.push({ kind: 'suit-filed', date: capped(addDaysIso(filed, 200)) });
      while (timeline.length < E) timeline.push({ kind: pick(NOTE_KINDS), date: capped(addDaysIso(filed, 1 + Math.floor(rand() * 400))) });
      const evs = timeline.map((e, k) => ({ ...e, seq: k + 1 }));
      const agency = pick(agencies).id;
      const derived = deriveStrict({ jurisdiction: 'us-federal', agency_id: agency }, evs, today);
      const d = derived.columns;
      const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} request ${i}`;
      const text = `All records concerning ${pick(WORDS)} and ${pick(WORDS)} from ${filed.slice(0, 4)}.`;
      const at = new Date(base + i * 1000).toISOString();
      const visibility = rand() < 0.2 ? 'public' : 'organisation';
      // The list items as the product renders them (list-item.ts), from the same row.
      const row = { id, title, derived_status: d.derived_status, jurisdiction: 'us-federal', agency_id: agency, agency_name: agencyName.get(agency)!, filed_on: filed,
        visibility, tags: '[]', tracking_number: null, derived_as_of: d.derived_as_of, derived_engine_version: d.derived_engine_version } as const;
      caches.push([id, derived.cached.deadlines, derived.cached.deadlines_brief,
        listItemJson(presentListItem({ ...row, deadlines_json: derived.cached.deadlines })).toString(),
        listItemJson(presentListItem({ ...row, deadlines_json: derived.cached.deadlines_brief })).toString(), d.derived_as_of, d.derived_engine_version]);
      reqs.push([id, title, text, agency, visibility, filed, at, searchText({ title, text }),
        d.derived_status, d.derived_open, d.derived_response_due, d.derived_may_sue_on, d.derived_appeal_filing_due,
        d.derived_appeal_decision_due, d.derived_engine_version, d.derived_as_of, d.derived_overdue_days]);
      for (const e of evs) evRows.push([newId(base + i * 1000), id, e.seq, e.kind, e.date, at]);
      events += evs.length;
    }
    await writer.batch(reqs, caches, evRows);
    if ((from / batch) % 10 === 0) log(`  seeded ${Math.min(N, from + batch)} / ${N} requests`);
  }
  const sampleIds = await writer.finish();
  const seedSeconds = (Date.now() - t0) / 1000;
  await closeContext(ctx);
  return { token, events, seedSeconds, sampleIds, agency: agencies[1].id };
}

function sqliteWriter(sqlite: NonNullable<ReturnType<typeof sqliteHandleOf>>, organisationId: string): Writer {
  const insReq = sqlite.prepare(`insert into requests (${REQ_COLUMNS.join(', ')}, ${FIXED})
    values (${REQ_COLUMNS.map(() => '?').join(', ')}, ?, null, 'us-federal', 'Bench requester', 'requester@example.test', 0, 0, '[]', '', null, ?)`);
  const insEv = sqlite.prepare(`insert into request_events (id, request_id, seq, kind, date, note, data, actor, source, created_at) values (?, ?, ?, ?, ?, '', '{}', 'bench', 'bench', ?)`);
  const insCache = sqlite.prepare('insert into request_deadline_cache (request_id, deadlines, deadlines_brief, item, item_brief, item_as_of, item_version) values (?, ?, ?, ?, ?, ?, ?)');
  return {
    agencies: async (rows) => {
      const ins = sqlite.prepare('insert or ignore into agencies (id, parent_id, jurisdiction, name) values (?, null, ?, ?)');
      for (const a of rows) ins.run(a.id, 'us-federal', a.name);
    },
    batch: async (reqs, caches, evs) => sqlite.transaction(() => {
      for (const r of reqs) insReq.run(...r, organisationId, r[6]);
      for (const c of caches) insCache.run(...c);
      for (const e of evs) insEv.run(...e);
    })(),
    finish: async () => {
      sqlite.exec('analyze');
      return (sqlite.prepare('select id from requests order by random() limit 200').all() as { id: string }[]).map((s) => s.id);
    },
  };
}

async function postgresWriter(url: string, organisationId: string): Promise<Writer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cols = REQ_COLUMNS.map((c, k) => `$${k + 1}::${INT_COLUMNS.has(c) ? 'int' : 'text'}[]`).join(', ');
  return {
    agencies: async (rows) => {
      await client.query(`insert into agencies (id, parent_id, jurisdiction, name) select u.id, null, 'us-federal', u.name from unnest($1::text[], $2::text[]) as u(id, name) on conflict (id) do nothing`,
        [rows.map((a) => a.id), rows.map((a) => a.name)]);
    },
    batch: async (reqs, caches, evs) => {
      await client.query('begin');
      await client.query(`insert into requests (${REQ_COLUMNS.join(', ')}, ${FIXED})
        select u.*, $${REQ_COLUMNS.length + 1}, null, 'us-federal', 'Bench requester', 'requester@example.test', 0, 0, '[]', '', null, u.created_at
        from unnest(${cols}) as u(${REQ_COLUMNS.join(', ')})`, [...REQ_COLUMNS.map((_, k) => reqs.map((r) => r[k])), organisationId]);
      await client.query(`insert into request_deadline_cache (request_id, deadlines, deadlines_brief, item, item_brief, item_as_of, item_version)
        select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`, [0, 1, 2, 3, 4, 5, 6].map((k) => caches.map((c) => c[k])));
      await client.query(`insert into request_events (id, request_id, seq, kind, date, note, data, actor, source, created_at)
        select u.id, u.rid, u.seq, u.kind, u.date, '', '{}', 'bench', 'bench', u.at from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) as u(id, rid, seq, kind, date, at)`,
        [0, 1, 2, 3, 4, 5].map((k) => evs.map((e) => e[k])));
      await client.query('commit');
    },
    finish: async () => {
      await client.query('analyze');
      const r = await client.query<{ id: string }>('select id from requests order by random() limit 200');
      await client.end();
      return r.rows.map((x) => x.id);
    },
  };
}
