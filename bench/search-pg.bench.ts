// npm run bench:search:pg [-- --pages N] [-- --queries N] [-- --pg <admin url>] [-- --no-record] —
// PostgreSQL full-text search (server/search/postgres.ts) at scale, on the same synthetic pages and
// query classes as bench:search, in a fresh database created and dropped on that server. PostgreSQL
// ranks every match with ts_rank_cd; the baseline beside it is the same match unranked (the first
// 20 matches GIN returns), so the table shows what ranking costs. Default 100,000 pages.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../server/db/migrate';
import type { Database } from '../server/db/schema';
import { parseQuery, toTsquery } from '../server/search/query';
import { searchPostgres } from '../server/search/postgres';
import { termCounts } from '../server/search/tokenize';
import { adminQuery, withDatabase } from '../server/test/pg-admin';
import { queryClasses } from './search-classes';
import { makeCorpus } from './search-corpus';

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const PAGES = Number(arg('pages', '100000'));
const PER_CLASS = Number(arg('queries', '20'));
const ADMIN = arg('pg', process.env.ACCESO_TEST_PG_URL ? withDatabase(process.env.ACCESO_TEST_PG_URL, 'postgres') : 'postgres://postgres@127.0.0.1:5432/postgres');
const RECORD = !process.argv.includes('--no-record');
const log = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
const name = `acceso_search_bench_${process.pid}`;

await adminQuery(ADMIN, `create database ${name}`);
const pool = new pg.Pool({ connectionString: withDatabase(ADMIN, name), max: 2 });
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
try {
  await migrateToLatest(db);
  const corpus = makeCorpus();
  const df = new Map<string, number>();
  let started = Date.now();
  log(`inserting ${PAGES} pages into ${name}`);
  for (let i = 0; i < PAGES; i += 2_000) {
    const rows = Array.from({ length: Math.min(2_000, PAGES - i) }, (_, k) => {
      const n = i + k, body = corpus.page(n);
      for (const term of termCounts(body).counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      return { kind: 'page' as const, ref_id: `doc${Math.floor(n / 50)}`, document_id: `doc${Math.floor(n / 50)}`, page: (n % 50) + 1, media_type: 'application/pdf', body };
    });
    await db.insertInto('search_items').values(rows as never).execute(); // id: bigserial, left to PostgreSQL
  }
  const insertSeconds = (Date.now() - started) / 1000;
  started = Date.now();
  await sql`vacuum analyze search_items`.execute(db);
  log(`inserted in ${insertSeconds.toFixed(1)} s (${Math.round(PAGES / insertSeconds)} pages/s, tsvector and GIN maintained per row), vacuum analyze ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const classes = queryClasses([...df].map(([term, n]) => ({ term, df: n })), PAGES, PER_CLASS, corpus);
  const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100; };
  const results: Record<string, { p50_ms: number; p95_ms: number; unranked_p50_ms: number; unranked_p95_ms: number; queries: number }> = {};
  for (const [cls, queries] of Object.entries(classes)) {
    const ours: number[] = [], base: number[] = [];
    for (const q of queries.slice(0, 2)) await searchPostgres(db, q, { scope: { kind: 'all' }, limit: 20 }); // warm-up
    for (const q of queries) {
      let t = performance.now();
      await searchPostgres(db, q, { scope: { kind: 'all' }, limit: 20 });
      ours.push(performance.now() - t);
      t = performance.now();
      await sql`select id from search_items where tsv @@ to_tsquery('simple', ${toTsquery(parseQuery(q))}) limit 20`.execute(db);
      base.push(performance.now() - t);
    }
    results[cls] = { p50_ms: pct(ours, 50), p95_ms: pct(ours, 95), unranked_p50_ms: pct(base, 50), unranked_p95_ms: pct(base, 95), queries: queries.length };
    log(`${cls.padEnd(12)} ranked p50 ${results[cls].p50_ms} p95 ${results[cls].p95_ms} ms | unranked p50 ${results[cls].unranked_p50_ms} p95 ${results[cls].unranked_p95_ms} ms`);
  }
  const worst = Object.entries(results).sort((a, b) => b[1].p95_ms - a[1].p95_ms)[0];
  const summary = { database: 'postgresql', pages: PAGES, p95_ms: worst[1].p95_ms, worst_class: worst[0], insert_pages_per_second: Math.round(PAGES / insertSeconds), node_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), classes: results };
  const machine = `${cpus().length} cores (nproc), ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, node ${process.version}, ${(await sql<{ v: string }>`select version() as v`.execute(db)).rows[0].v.split(' on ')[0]}`;
  const lines = [
    `\n## search (PostgreSQL) — ${new Date().toISOString()}`,
    `Machine: ${machine}. Command: \`npm run bench:search:pg -- --pages ${PAGES} --queries ${PER_CLASS}\`. Load (uptime) at the end: ${execFileSync('uptime').toString().trim().replace(/.*load/, 'load')}.`,
    `Inserted ${PAGES} pages at ${summary.insert_pages_per_second} pages/s. Ranked = server/search/postgres.ts (ts_rank_cd over every match, ts_headline for the 20 shown); unranked = the first 20 matches, no ranking, no snippet.`,
    '',
    '| class | ranked p50 | ranked p95 | unranked p50 | unranked p95 |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(results).map(([k, v]) => `| ${k} | ${v.p50_ms} ms | ${v.p95_ms} ms | ${v.unranked_p50_ms} ms | ${v.unranked_p95_ms} ms |`),
    '',
  ];
  if (RECORD) appendFileSync(join(import.meta.dirname, 'RESULTS.md'), lines.join('\n'));
  else log('--no-record: RESULTS.md left as it is');
  console.log(JSON.stringify(summary));
} finally {
  await db.destroy();
  await adminQuery(ADMIN, `drop database if exists ${name} with (force)`);
}
