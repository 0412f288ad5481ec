// npm run bench:api [-- --requests N --events-per-request E --duration S --connections C --pg <admin url> --no-record]
//
// Seeds a SQLite install with N requests (default 100,000) and N*E timeline events (default
// 1,000,000) whose cached deadlines and status come from the real law engine, starts the real
// server (built as `npm start` builds it, `serve --role web`) in its own process, and drives the list and filter
// endpoints with autocannon (100 connections, in its own process: bench/api-load.mjs) beside a trivial Fastify route served the same way
// in the same run (the baseline). Reports p50/p99 latency, requests/s and the server's peak RSS,
// appends to bench/RESULTS.md and prints one JSON object as the last line (CONTRACTS.md).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adminQuery, withDatabase } from '../server/test/pg-admin';
import { seedDatabase } from './api-seed';

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
/** --no-record: print the JSON without appending to RESULTS.md (quick checks). */
const RECORD = !process.argv.includes('--no-record');
/** --pg <admin url>: run against PostgreSQL in a fresh database created (and dropped) on that server. */
const PG_ADMIN = (() => {
  const i = process.argv.indexOf('--pg');
  return i < 0 ? '' : process.argv[i + 1] ?? '';
})();

function startProcess(args: string[], env: Record<string, string>, readyPattern: RegExp): Promise<{ child: ChildProcess; url: string }> {
  return startProcessVia(process.execPath, args, env, readyPattern);
}

function startProcessVia(command: string, args: string[], env: Record<string, string>, readyPattern: RegExp): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

interface Measure { p50_ms: number; p99_ms: number; rps: number; non2xx: number; errors: number; bytes_per_response: number; responses?: number; server_cpu_ms_per_request?: number; peak_rss_mb_so_far?: number }

/** CPU time (user + system) a process has used, in ms: what our code costs, whatever else runs on the machine. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

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
    const r = await seedDatabase({ dataDir: resolve(process.argv[seedOnly + 1]), databaseUrl: '', requests: N, eventsPerRequest: E, log });
    console.log(JSON.stringify({ token: r.token, events: r.events }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'acceso-bench-api-'));
  const children: ChildProcess[] = [];
  const pgDatabase = PG_ADMIN ? `acceso_bench_api_${process.pid}` : '';
  const databaseUrl = PG_ADMIN ? withDatabase(PG_ADMIN, pgDatabase) : '';
  if (PG_ADMIN) await adminQuery(PG_ADMIN, `create database ${pgDatabase}`);
  const database = PG_ADMIN ? 'postgresql' : 'sqlite';
  try {
    log(`seeding ${N} requests with ${N * E} events (${database}) in ${PG_ADMIN ? pgDatabase : dir} ...`);
    const seeded = await seedDatabase({ dataDir: dir, databaseUrl, requests: N, eventsPerRequest: E, log });
    log(`seeded in ${seeded.seedSeconds.toFixed(1)} s`);

    const baseline = await startProcess(['--input-type=module', '-e', `
      import Fastify from 'fastify';
      const app = Fastify();
      app.get('/ping', async () => ({ ok: true }));
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      console.log('BASELINE ' + url);`], {}, /BASELINE (http:\/\/\S+)/);
    children.push(baseline.child);
    // The server as `npm start` runs it: ./bin/acceso with the fresh build (scripts/build-server.mjs);
    // bin/acceso execs node, so the pid we read RSS and CPU time from is the server's.
    execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const server = await startProcessVia(join(root, 'bin/acceso'), ['serve', '--role', 'web', '--port', '0'],
      { ACCESO_DATA_DIR: dir, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'warn', ACCESO_DATABASE_URL: databaseUrl }, /serving at (http:\/\/\S+)/);
    children.push(server.child);
    const auth = { authorization: `Bearer ${seeded.token}` };

    const loadBefore = loadavg().map((x) => x.toFixed(2)).join(' ');
    log(`load average ${loadBefore}`);
    log('baseline: trivial Fastify route');
    const baseCpu0 = cpuMs(baseline.child.pid!);
    const base = await measure(baseline.url, ['/ping'], {});
    base.server_cpu_ms_per_request = Number(((cpuMs(baseline.child.pid!) - baseCpu0) / Math.max(1, base.responses ?? 1)).toFixed(3));
    delete base.responses;
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
      const cpu0 = cpuMs(server.child.pid!);
      results[name] = await measure(server.url, paths, auth);
      results[name].server_cpu_ms_per_request = Number(((cpuMs(server.child.pid!) - cpu0) / Math.max(1, results[name].responses ?? 1)).toFixed(3));
      results[name].peak_rss_mb_so_far = peakRssMb(server.child.pid!); // where the peak was reached
      delete results[name].responses;
      log(`  p50 ${results[name].p50_ms} ms, p99 ${results[name].p99_ms} ms, ${results[name].rps} req/s, non-2xx ${results[name].non2xx}, server CPU ${results[name].server_cpu_ms_per_request} ms/request`);
    }
    const rss = peakRssMb(server.child.pid!);
    const listNames = ['list', 'list-50', 'list-brief', 'filter-status', 'filter-overdue', 'filter-agency', 'filter-q', 'filter-q-rare', 'list-page-deep'];
    const worstP99 = Math.max(...listNames.map((n) => results[n].p99_ms));
    const worstName = listNames.reduce((a, n) => (results[n].p99_ms > results[a].p99_ms ? n : a), listNames[0]);
    const loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');
    const failures = Object.values(results).reduce((a, r) => a + r.non2xx + r.errors, 0);

    const summary = {
      requests: N, events: seeded.events, p99_ms: worstP99, rps: results.list.rps, baseline_rps: base.rps, rss_mb: rss,
      p50_ms: results.list.p50_ms, baseline_p99_ms: base.p99_ms, baseline_cpu_ms_per_request: base.server_cpu_ms_per_request, dashboard_p99_ms: results.dashboard.p99_ms, connections: CONNECTIONS, duration_s: DURATION, database,
      load_average_before: loadBefore, load_average_after: loadAfter,
      failures, seed_seconds: Math.round(seeded.seedSeconds), endpoints: results,
    };
    const model = cpus()[0]?.model ?? 'unknown';
    const lines = [
      `\n## bench:api — ${new Date().toISOString()}`,
      `- Machine: ${cpus().length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}; shared with other work: load average (1/5/15 min) ${loadBefore} before the measurements, ${loadAfter} after`,
      `- Command: \`npm run bench:api${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}\``,
      `- ${N} requests, ${seeded.events} events (${PG_ADMIN ? 'PostgreSQL' : 'SQLite'}, seeded in ${seeded.seedSeconds.toFixed(0)} s, cached engine readings); autocannon ${CONNECTIONS} connections, ${DURATION} s per endpoint, bearer token auth; server, baseline and load generator each in their own process`,
      `- Baseline (trivial Fastify route, own process): ${base.rps} req/s, p50 ${base.p50_ms} ms, p99 ${base.p99_ms} ms, server CPU ${base.server_cpu_ms_per_request} ms/request`,
      '',
      '| endpoint | p50 ms | p99 ms | req/s | bytes/resp | non-2xx | server CPU ms/req |',
      '|---|---|---|---|---|---|---|',
      ...Object.entries(results).map(([n, r]) => `| ${n} | ${r.p50_ms} | ${r.p99_ms} | ${r.rps} | ${r.bytes_per_response} | ${r.non2xx + r.errors} | ${r.server_cpu_ms_per_request} |`),
      '',
      `- Server peak RSS: ${rss} MB. Worst list/filter p99: ${worstP99} ms (${worstName}; target < 100 ms); dashboard p99 ${results.dashboard.p99_ms} ms; failures: ${failures}`,
      '',
      '`' + JSON.stringify(summary) + '`',
    ];
    if (RECORD) appendFileSync(join(root, 'bench/RESULTS.md'), lines.join('\n') + '\n');
    else log('--no-record: RESULTS.md left as it is');
    console.log(JSON.stringify(summary));
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    if (PG_ADMIN) {
      await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
      await adminQuery(PG_ADMIN, `drop database if exists ${pgDatabase} with (force)`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
