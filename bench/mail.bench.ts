// npm run bench:mail [-- --messages N --senders S --threads T --loops L --poll MS --rate R --no-record]
//
// Inbound mail throughput and latency on a fresh SQLite install (default data layout, blobs on
// local disk, fsynced). A separate sender process (bench/mail-senders.ts) pushes N distinct ~50 KB
// messages, each with one PDF attachment and addressed to a request's reply address, over S
// concurrent SMTP connections (default 2000 messages, 20 senders) at:
//   1. the baseline: a bare smtp-server that reads and discards each message (same library, same
//      client, same machine, same run);
//   2. Acceso's listener alone (250 only after the raw bytes, row and job are committed), then its
//      mail worker alone draining that backlog (parse, match, blobs, records hand-off);
//   3. the headline: listener and mail worker together in one process.
// messages_per_second = N / (time from the first send to the last message matched and stored);
// p99_accept_ms = p99 of the client's SMTP transaction time up to the 250 answer with the senders
// offering 200 msg/s (--rate), counted from each message's due time (phase 4): latency at the
// target load; p99_accept_saturated_ms = the same with the senders sending as fast as answered
// (phase 3), where it measures queue depth over throughput (the bare baseline's too).
// Appends to bench/RESULTS.md and prints one JSON object as the last line (CONTRACTS.md).
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadEnv } from '../server/env';
import { closeContext, createContext, createLogger } from '../server/context';
import { inTransaction } from '../server/db/transaction';
import { systemActor } from '../server/features/accounts/actor';
import { createUser } from '../server/features/accounts/create-user';
import { createRequest } from '../server/features/requests/create-request';
import { startWorker } from '../server/jobs/worker';
import { startCheckpointer } from '../server/db/checkpointer';
import { mailJobHandlers } from '../server/mail/handlers';
import { PROCESS_BATCH } from '../server/mail/inbound/accept';
import { startSmtpListener } from '../server/mail/inbound/smtpListener';
import { startReadPool } from '../server/mail/parse/readPool';
import { replyAddress } from '../server/mail/replyAddress';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive whole number`);
  return v;
};
const N = arg('messages', 2000);
const SENDERS = arg('senders', 20);
// Reading threads, as ACCESO_MAIL_PARSE_THREADS (default 1); --threads 0 reads on the main thread.
const THREADS = process.argv.includes('--threads') ? Number(process.argv[process.argv.indexOf('--threads') + 1]) : 1;
// Worker loops claiming mail jobs (each job is a batch of up to PROCESS_BATCH messages).
const LOOPS = arg('loops', 8);
// How long an idle worker loop sleeps before looking for jobs again (ACCESO_WORKER_POLL_MS).
const POLL_MS = arg('poll', 20);
const REQUESTS = 200;
// The issue's throughput target, offered in phase 4 to measure latency at that load.
const PACED_RATE = arg('rate', 200);
const cpuMsSince = (start: NodeJS.CpuUsage) => { const d = process.cpuUsage(start); return (d.user + d.system) / 1000; };
const log = (s: string) => process.stderr.write(s + '\n');

interface SenderResult { start: number; end: number; sent: number; failed: number; avg_bytes: number; p50_ms: number; p99_ms: number; max_ms: number }

// The server's event-loop delay while the senders run (p99 and max, ms): a stalled loop delays
// every sender's 250, whatever the client measures.
interface LoopDelay { p99_ms: number; max_ms: number }
const loopDelays: Record<string, LoopDelay> = {};

async function runSenders(port: number, addressesFile: string, onStart?: () => void, rate = 0, phase = ''): Promise<SenderResult> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  try {
    return await sendFrom(port, addressesFile, onStart, rate);
  } finally {
    h.disable();
    if (phase) loopDelays[phase] = { p99_ms: Number((h.percentile(99) / 1e6).toFixed(1)), max_ms: Number((h.max / 1e6).toFixed(1)) };
  }
}

function sendFrom(port: number, addressesFile: string, onStart?: () => void, rate = 0): Promise<SenderResult> {
  return new Promise((resolvePromise, reject) => {
    const args = [join(root, 'bench', 'mail-senders.ts'), String(port), String(N), String(SENDERS), addressesFile];
    if (rate > 0) args.push(String(rate));
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    onStart?.();
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`sender process exited with ${code}`));
      resolvePromise(JSON.parse(out.trim().split('\n').pop()!) as SenderResult);
    });
  });
}

async function baseline(addressesFile: string): Promise<{ saturated: SenderResult; paced: SenderResult }> {
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false, size: 50 * 1024 * 1024,
    onData(stream, _session, cb) { stream.on('data', () => {}); stream.on('end', () => cb()); },
  });
  const port = await new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.server.address() as { port: number }).port)));
  try {
    const saturated = await runSenders(port, addressesFile, undefined, 0, 'baseline');
    const paced = await runSenders(port, addressesFile, undefined, PACED_RATE, 'baseline_paced');
    return { saturated, paced };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
const dir = mkdtempSync(join(tmpdir(), 'acceso-bench-mail-'));
try {
  const env = loadEnv({ ACCESO_DATA_DIR: dir, ACCESO_SECRET: 'bench-secret-bench-secret-bench-secret-01', ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'silent' });
  const ctx = await createContext(env, { logger: createLogger({ logLevel: 'silent' }) });
  const today = new Date().toISOString().slice(0, 10);
  const actor = systemActor('bench');
  const org = await inTransaction(ctx.db, (trx) => createUser(trx, actor, { email: 'bench@example.test', name: 'bench', password: 'correct horse battery staple', role: 'owner', organisationName: 'Bench' }));
  const addresses: string[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const r = await inTransaction(ctx.db, (trx) => createRequest(trx, actor, { title: `Request ${i}`, text: 'Records.', jurisdiction: 'us-federal', fee_waiver: false, expedited: false, tags: [], visibility: 'organisation', notes: '', events: [] }, today, org.organisationId));
    addresses.push(replyAddress(r.id, env.secret, env.mailDomain));
  }
  const addressesFile = join(dir, 'addresses.json');
  writeFileSync(addressesFile, JSON.stringify(addresses));

  log(`baseline: bare smtp-server discarding ${N} messages from ${SENDERS} senders…`);
  const { saturated: base, paced: basePaced } = await baseline(addressesFile);
  log(`  ${base.sent} sent, ${base.failed} failed, ${(base.sent / ((base.end - base.start) / 1000)).toFixed(0)} msg/s, p99 ${base.p99_ms.toFixed(1)} ms`);

  // As the server runs (server/main.ts): WAL checkpoints on their own thread.
  const checkpointer = startCheckpointer(ctx.db, ctx.logger);
  const pool = startReadPool(ctx, THREADS);
  const listener = await startSmtpListener(ctx, { port: 0 });
  const count = async () => Number((await ctx.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'processed').where('request_id', 'is not', null).executeTakeFirstOrThrow()).n);
  // Polling runs in the server's process: it asks the cheap question (how many are still unread,
  // from the status index) every 20 ms and counts matched rows only when none is left; counting
  // every processed and matched row each time took ~2 ms of the main thread per poll.
  const unread = async () => Number((await ctx.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'received').executeTakeFirstOrThrow()).n);
  const waitProcessed = async (target: number) => {
    const deadline = Date.now() + 600_000;
    let done = 0;
    while (Date.now() < deadline) {
      if ((await unread()) === 0 && (done = await count()) >= target) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return done;
  };

  // Phase 1: the listener alone (the worker is not running): the cost of a durable 250.
  log(`acceso listener only (no processing): ${N} messages from ${SENDERS} senders…`);
  let cpu0 = process.cpuUsage();
  const acceptOnly = await runSenders(listener.port, addressesFile, undefined, 0, 'accept_only');
  // CPU time of this process (all its threads; the senders run in their own process) per message:
  // unlike rates, it hardly depends on what else the shared machine is doing.
  const acceptCpuMs = cpuMsSince(cpu0) / Math.max(1, acceptOnly.sent);
  log(`  ${acceptOnly.sent} accepted, p99 to 250 ${acceptOnly.p99_ms.toFixed(1)} ms, ${(acceptOnly.sent / ((acceptOnly.end - acceptOnly.start) / 1000)).toFixed(0)} msg/s`);
  // Phase 2: the mail worker drains that backlog: processing alone.
  const backlogStart = Date.now();
  cpu0 = process.cpuUsage();
  let worker = startWorker(ctx, { handlers: mailJobHandlers, sweeps: [], concurrency: LOOPS, pollMs: POLL_MS });
  const backlogDone = await waitProcessed(acceptOnly.sent);
  const processOnlyRate = backlogDone / ((Date.now() - backlogStart) / 1000);
  const processCpuMs = cpuMsSince(cpu0) / Math.max(1, backlogDone);
  log(`  worker drained the backlog: ${processOnlyRate.toFixed(0)} msg/s matched and stored`);
  await worker.stop();

  // Phase 3 (the headline): listener and worker together, from the first send to the last message matched and stored.
  worker = startWorker(ctx, { handlers: mailJobHandlers, sweeps: [], concurrency: LOOPS, pollMs: POLL_MS });
  log(`acceso listener + mail worker together: ${N} messages from ${SENDERS} senders…`);
  const real = await runSenders(listener.port, addressesFile, undefined, 0, 'together');
  const done = (await waitProcessed(backlogDone + real.sent)) - backlogDone;
  const finished = Date.now();

  // Phase 4: the same 20 senders offering the target rate (200 msg/s) instead of saturating the
  // server: the time to 250 a sender sees at that load, counted from each message's due time.
  log(`acceso listener + mail worker at an offered ${PACED_RATE} msg/s from ${SENDERS} senders…`);
  const pacedBefore = await count();
  const paced = await runSenders(listener.port, addressesFile, undefined, PACED_RATE, 'paced');
  const pacedDone = (await waitProcessed(pacedBefore + paced.sent)) - pacedBefore;
  log(`  ${paced.sent} accepted (${paced.failed} failed), p50 ${paced.p50_ms.toFixed(1)} ms, p99 ${paced.p99_ms.toFixed(1)} ms to 250; ${pacedDone} matched and stored`);
  await worker.stop();
  await listener.close();
  await pool?.close();
  await checkpointer?.stop();
  const stored = Number((await ctx.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const attachments = Number((await ctx.db.selectFrom('message_attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  await closeContext(ctx);

  const acceptRate = real.sent / ((real.end - real.start) / 1000);
  const acceptOnlyRate = acceptOnly.sent / ((acceptOnly.end - acceptOnly.start) / 1000);
  const mps = done / ((finished - real.start) / 1000);
  const baseRate = base.sent / ((base.end - base.start) / 1000);
  log(`  ${real.sent} accepted (${real.failed} failed) at ${acceptRate.toFixed(0)} msg/s, p99 to 250 ${real.p99_ms.toFixed(1)} ms; ${done} matched and stored in ${((finished - real.start) / 1000).toFixed(1)} s = ${mps.toFixed(0)} msg/s; ${stored} rows, ${attachments} attachments in all`);

  const mem = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`;
  const model = (cpus()[0]?.model ?? 'unknown CPU').trim();
  const result = {
    // The latency target is read at the target load (200 msg/s offered by the 20 senders): at
    // saturation a time to 250 measures queue depth over throughput (decision 0607), reported too.
    messages_per_second: Math.round(mps), p99_accept_ms: Number(paced.p99_ms.toFixed(1)), p99_accept_saturated_ms: Number(real.p99_ms.toFixed(1)), senders: SENDERS, messages: N, parse_threads: THREADS, worker_loops: LOOPS, poll_ms: POLL_MS, process_batch: PROCESS_BATCH,
    p50_accept_saturated_ms: Number(real.p50_ms.toFixed(1)), accept_messages_per_second: Math.round(acceptRate), failed: real.failed, matched_and_stored: done,
    attachments_stored: attachments, avg_message_bytes: real.avg_bytes,
    accept_only_p99_ms: Number(acceptOnly.p99_ms.toFixed(1)), accept_only_messages_per_second: Math.round(acceptOnlyRate), process_only_messages_per_second: Math.round(processOnlyRate),
    accept_cpu_ms_per_message: Number(acceptCpuMs.toFixed(2)), process_cpu_ms_per_message: Number(processCpuMs.toFixed(2)),
    p50_accept_at_target_rate_ms: Number(paced.p50_ms.toFixed(1)), target_rate_messages_per_second: PACED_RATE, target_rate_matched_and_stored: pacedDone,
    baseline_p99_accept_ms: Number(basePaced.p99_ms.toFixed(1)), baseline_p50_accept_at_target_rate_ms: Number(basePaced.p50_ms.toFixed(1)),
    event_loop_delay_ms: loopDelays,
    baseline_messages_per_second: Math.round(baseRate), baseline_p99_accept_saturated_ms: Number(base.p99_ms.toFixed(1)), baseline_p50_accept_saturated_ms: Number(base.p50_ms.toFixed(1)),
  };
  const lines = [
    '', `## bench:mail — ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} cores (${model}), ${mem}, node ${process.version}`,
    `- Command: \`npm run bench:mail${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}\`; load average (1/5/15 min) at the start ${loadStart}`,
    `- ${N} distinct messages of ~${Math.round(real.avg_bytes / 1024)} KB (text + one distinct PDF attachment), each to one of ${REQUESTS} requests' reply addresses, from ${SENDERS} concurrent SMTP senders in a separate process; SQLite + local blobs (fsynced) in a temp dir; times to 250 are the client's whole SMTP transaction (MAIL, RCPT, DATA) on a pooled connection`,
    `- Baseline (bare smtp-server, discards): ${Math.round(baseRate)} msg/s accepted, p50 ${base.p50_ms.toFixed(1)} ms, p99 ${base.p99_ms.toFixed(1)} ms to 250; at an offered ${PACED_RATE} msg/s p50 ${basePaced.p50_ms.toFixed(1)} ms, p99 ${basePaced.p99_ms.toFixed(1)} ms`,
    `- Acceso listener alone (250 after the raw bytes, row and job commit; group commit): ${Math.round(acceptOnlyRate)} msg/s, p50 ${acceptOnly.p50_ms.toFixed(1)} ms, p99 ${acceptOnly.p99_ms.toFixed(1)} ms to 250; then the mail worker alone drained that backlog at ${Math.round(processOnlyRate)} msg/s (parse, match, each message's distinct PDF to an fsynced blob, records hand-off, suggestions, audit; jobs of up to ${PROCESS_BATCH} messages, ${LOOPS} loops)`,
    `- Acceso listener + mail worker (${LOOPS} loops polling every ${POLL_MS} ms, jobs of up to ${PROCESS_BATCH} messages, ${THREADS} reading thread(s)) in one process: ${Math.round(acceptRate)} msg/s accepted, p50 ${real.p50_ms.toFixed(1)} ms, p99 ${real.p99_ms.toFixed(1)} ms to 250, ${real.failed} failed; accept -> matched and stored ${Math.round(mps)} msg/s (${done} of ${real.sent})`,
    `- Acceso listener + mail worker at an offered ${PACED_RATE} msg/s (the target rate; times counted from each message's due time): p50 ${paced.p50_ms.toFixed(1)} ms, p99 ${paced.p99_ms.toFixed(1)} ms to 250, ${paced.failed} failed, ${pacedDone} of ${paced.sent} matched and stored`,
    `- CPU time of the server process (all threads) per message: accepting ${acceptCpuMs.toFixed(2)} ms, processing ${processCpuMs.toFixed(2)} ms (2 cores fully ours would allow ~${Math.round(2000 / (acceptCpuMs + processCpuMs))} msg/s end to end)`,
    `- Server event-loop delay while sending (p99 / max, ms): ${Object.entries(loopDelays).map(([k, v]) => `${k} ${v.p99_ms} / ${v.max_ms}`).join('; ')}`,
    `- Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (the machine is shared with other work)`,
    '', '`' + JSON.stringify(result) + '`',
  ];
  // --no-record: a trial run (while tuning) that prints its figures without adding to RESULTS.md.
  if (!process.argv.includes('--no-record')) appendFileSync(join(root, 'bench', 'RESULTS.md'), lines.join('\n') + '\n');
  process.stdout.write(JSON.stringify(result) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
