// npm run bench:api [-- --requests N --events-per-request E --duration S --connections C]
//
// Seeds a SQLite install with N requests (default 100,000) and N*E timeline events (default
// 1,000,000) whose cached deadlines and status come from the real law engine, starts the real
// server (`./bin/acceso serve --role web`) in its own process, and drives the list and filter
// endpoints with autocannon (100 connections, in its own process: bench/api-load.mjs) beside a trivial Fastify route served the same way
// in the same run (the baseline). Reports p50/p99 latency, requests/s and the server's peak RSS,
// appends to bench/RESULTS.md and prints one JSON object as the last line (CONTRACTS.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEnv } from '../server/env';
import { createContext, closeContext, createLogger } from '../server/context';
import { sqliteHandleOf } from '../server/db/database';
import { inTransaction } from '../server/db/transaction';
import { systemActor } from '../server/features/accounts/actor';
import { createUser } from '../server/features/accounts/create-user';
import { createToken } from '../server/features/accounts/create-token';
import { deriveStrict } from '../server/features/requests/derive';
import { searchText } from '../server/features/requests/search-text';
import { newId, todayIso, addDaysIso } from '../server/ids';
import { listFederalAgencies } from '../law/index';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
};
const N = arg('requests', 100_000);
const E = arg('events-per-request', 10);
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 100);
const log = (s: string) => process.stderr.write(s + '\n');

// Deterministic pseudo-random numbers, so every run seeds the same data.
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const WORDS = ['biometric', 'agreements', 'data', 'sharing', 'passport', 'records', 'detention', 'contracts', 'emails', 'policy',
  'surveillance', 'manuals', 'app', 'border', 'asylum', 'fingerprints', 'memoranda', 'training', 'audit', 'database'];
const NOTE_KINDS = ['note', 'message-sent', 'message-received'] as const;

async function seedDatabase(dataDir: string) {
  const env = loadEnv({ ACCESO_DATA_DIR: dataDir, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'warn', ACCESO_DATABASE_URL: '' });
  const ctx = await createContext(env, { logger: createLogger({ logLevel: 'warn' }) });
  const actor = systemActor('bench');
  const { organisationId } = await inTransaction(ctx.db, (trx) => createUser(trx, actor, { email: 'bench@example.test', name: 'Bench', password: 'bench-password-1', role: 'owner', organisationName: 'Bench org' }));
  const { token } = await inTransaction(ctx.db, (trx) => createToken(trx, actor, { email: 'bench@example.test' }));

  const agencies = listFederalAgencies().slice(0, 60);
  const sqlite = sqliteHandleOf(ctx.db)!;
  const insAgency = sqlite.prepare('insert or ignore into agencies (id, parent_id, jurisdiction, name) values (?, null, ?, ?)');
  for (const a of agencies) insAgency.run(a.id, 'us-federal', a.name);

  const today = todayIso();
  const insReq = sqlite.prepare(`insert into requests (id, organisation_id, created_by, title, text, jurisdiction, agency_id, requester_name, requester_email,
    fee_waiver, expedited, tags, visibility, notes, tracking_number, filed_on, created_at, updated_at, search_text, derived_status, derived_open,
    derived_response_due, derived_may_sue_on, derived_appeal_filing_due, derived_appeal_decision_due, derived_deadlines, derived_deadlines_brief, derived_engine_version, derived_as_of, derived_overdue_days)
    values (?, ?, null, ?, ?, 'us-federal', ?, 'Bench requester', 'requester@example.test', 0, 0, '[]', ?, '', null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insEv = sqlite.prepare(`insert into request_events (id, request_id, seq, kind, date, note, data, actor, source, created_at) values (?, ?, ?, ?, ?, '', '{}', 'bench', 'bench', ?)`);
  const t0 = Date.now();
  const start = Date.parse('2019-01-02T00:00:00Z');
  const span = Date.parse(today + 'T00:00:00Z') - 30 * 86400_000 - start;
  const base = Date.now() - N * 1000; // ids sort by creation time: spread them over the past N seconds
  let events = 0;
  const batch = 2000;
  for (let from = 0; from < N; from += batch) {
    sqlite.transaction(() => {
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
        const derived = deriveStrict({ jurisdiction: 'us-federal', agency_id: agency }, evs, today).columns;
        const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} request ${i}`;
        const text = `All records concerning ${pick(WORDS)} and ${pick(WORDS)} from ${filed.slice(0, 4)}.`;
        const at = new Date(base + i * 1000).toISOString();
        insReq.run(id, organisationId, title, text, agency, rand() < 0.2 ? 'public' : 'organisation', filed, at, at, searchText({ title, text }),
          derived.derived_status, derived.derived_open, derived.derived_response_due, derived.derived_may_sue_on, derived.derived_appeal_filing_due,
          derived.derived_appeal_decision_due, derived.derived_deadlines, derived.derived_deadlines_brief, derived.derived_engine_version, derived.derived_as_of, derived.derived_overdue_days);
        for (const e of evs) insEv.run(newId(base + i * 1000), id, e.seq, e.kind, e.date, at);
        events += evs.length;
      }
    })();
    if ((from / batch) % 10 === 0) log(`  seeded ${Math.min(N, from + batch)} / ${N} requests`);
  }
  sqlite.exec('analyze');
  const seedSeconds = (Date.now() - t0) / 1000;
  const sample = sqlite.prepare('select id from requests order by random() limit 200').all() as { id: string }[];
  await closeContext(ctx);
  return { token, events, seedSeconds, sampleIds: sample.map((s) => s.id), agency: agencies[1].id };
}

function startProcess(args: string[], env: Record<string, string>, readyPattern: RegExp): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = readyPattern.exec(out);
      if (m) resolveStart({ child, url: m[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`process exited (${code}) before it was ready:\n${out.slice(-2000)}`)));
  });
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return hwm ? Math.round(Number(hwm[1]) / 1024) : NaN;
}

interface Measure { p50_ms: number; p99_ms: number; rps: number; non2xx: number; errors: number; bytes_per_response: number }

/** autocannon in a child process (bench/api-load.mjs): the load generator has its own event loop and CPU time. */
function measure(url: string, paths: string[], headers: Record<string, string>): Promise<Measure> {
  return new Promise((resolveMeasure, reject) => {
    const child = spawn(process.execPath, [join(root, 'bench/api-load.mjs'), JSON.stringify({ url, paths, headers, connections: CONNECTIONS, duration: DURATION })],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolveMeasure(JSON.parse(out.trim().split('\n').pop()!) as Measure);
    });
  });
}

async function main() {
  const seedOnly = process.argv.indexOf('--seed-only');
  if (seedOnly >= 0) {
    // For profiling: seed a data directory and keep it.
    const r = await seedDatabase(resolve(process.argv[seedOnly + 1]));
    console.log(JSON.stringify({ token: r.token, events: r.events }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'acceso-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    log(`seeding ${N} requests with ${N * E} events in ${dir} ...`);
    const seeded = await seedDatabase(dir);
    log(`seeded in ${seeded.seedSeconds.toFixed(1)} s`);

    const baseline = await startProcess(['--input-type=module', '-e', `
      import Fastify from 'fastify';
      const app = Fastify();
      app.get('/ping', async () => ({ ok: true }));
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      console.log('BASELINE ' + url);`], {}, /BASELINE (http:\/\/\S+)/);
    children.push(baseline.child);
    const server = await startProcess([join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/cli/main.ts'), 'serve', '--role', 'web', '--port', '0'],
      { ACCESO_DATA_DIR: dir, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'warn', ACCESO_DATABASE_URL: '' }, /serving at (http:\/\/\S+)/);
    children.push(server.child);
    const auth = { authorization: `Bearer ${seeded.token}` };

    const loadBefore = loadavg().map((x) => x.toFixed(2)).join(' ');
    log(`load average ${loadBefore}`);
    log('baseline: trivial Fastify route');
    const base = await measure(baseline.url, ['/ping'], {});
    // Default page size (25) unless the name says otherwise; list-50 is the largest common page.
    const endpoints: Record<string, string[]> = {
      list: ['/api/v1/requests'],
      'list-50': ['/api/v1/requests?limit=50'],
      'list-brief': ['/api/v1/requests?explain=false'],
      'filter-status': ['/api/v1/requests?status=appeal-window-open'],
      'filter-overdue': ['/api/v1/requests?overdue=true'],
      'filter-agency': [`/api/v1/requests?agency=${seeded.agency}`],
      'filter-q': ['/api/v1/requests?q=biometric%20passport'],
      'filter-q-rare': ['/api/v1/requests?q=request%204242'],
      'list-page-deep': seeded.sampleIds.slice(0, 50).map((id) => `/api/v1/requests?cursor=${id}`),
      detail: seeded.sampleIds.map((id) => `/api/v1/requests/${id}`),
      dashboard: ['/api/v1/dashboard'],
    };
    const results: Record<string, Measure> = {};
    for (const [name, paths] of Object.entries(endpoints)) {
      log(`${name}: ${paths[0]}${paths.length > 1 ? ` (+${paths.length - 1} more)` : ''}`);
      results[name] = await measure(server.url, paths, auth);
      log(`  p50 ${results[name].p50_ms} ms, p99 ${results[name].p99_ms} ms, ${results[name].rps} req/s, non-2xx ${results[name].non2xx}`);
    }
    const rss = peakRssMb(server.child.pid!);
    const listNames = ['list', 'list-50', 'list-brief', 'filter-status', 'filter-overdue', 'filter-agency', 'filter-q', 'filter-q-rare', 'list-page-deep'];
    const worstP99 = Math.max(...listNames.map((n) => results[n].p99_ms));
    const worstName = listNames.reduce((a, n) => (results[n].p99_ms > results[a].p99_ms ? n : a), listNames[0]);
    const loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');
    const failures = Object.values(results).reduce((a, r) => a + r.non2xx + r.errors, 0);

    const summary = {
      requests: N, events: seeded.events, p99_ms: worstP99, rps: results.list.rps, baseline_rps: base.rps, rss_mb: rss,
      p50_ms: results.list.p50_ms, baseline_p99_ms: base.p99_ms, dashboard_p99_ms: results.dashboard.p99_ms, connections: CONNECTIONS, duration_s: DURATION, database: 'sqlite',
      load_average_before: loadBefore, load_average_after: loadAfter,
      failures, seed_seconds: Math.round(seeded.seedSeconds), endpoints: results,
    };
    const model = cpus()[0]?.model ?? 'unknown';
    const lines = [
      `\n## bench:api — ${new Date().toISOString()}`,
      `- Machine: ${cpus().length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}; shared with other work: load average (1/5/15 min) ${loadBefore} before the measurements, ${loadAfter} after`,
      `- Command: \`npm run bench:api${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}\``,
      `- ${N} requests, ${seeded.events} events (SQLite, seeded in ${seeded.seedSeconds.toFixed(0)} s, cached engine readings); autocannon ${CONNECTIONS} connections, ${DURATION} s per endpoint, bearer token auth; server, baseline and load generator each in their own process`,
      `- Baseline (trivial Fastify route, own process): ${base.rps} req/s, p50 ${base.p50_ms} ms, p99 ${base.p99_ms} ms`,
      '',
      '| endpoint | p50 ms | p99 ms | req/s | bytes/resp | non-2xx |',
      '|---|---|---|---|---|---|',
      ...Object.entries(results).map(([n, r]) => `| ${n} | ${r.p50_ms} | ${r.p99_ms} | ${r.rps} | ${r.bytes_per_response} | ${r.non2xx + r.errors} |`),
      '',
      `- Server peak RSS: ${rss} MB. Worst list/filter p99: ${worstP99} ms (${worstName}; target < 100 ms); dashboard p99 ${results.dashboard.p99_ms} ms; failures: ${failures}`,
      '',
      '`' + JSON.stringify(summary) + '`',
    ];
    appendFileSync(join(root, 'bench/RESULTS.md'), lines.join('\n') + '\n');
    console.log(JSON.stringify(summary));
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
