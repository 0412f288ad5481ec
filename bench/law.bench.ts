// npm run bench:law [-- --histories N] [-- --rounds R] [-- --baseline-rounds B] [-- --no-record]
// Full deadline sets for N generated request histories (mixed events, every jurisdiction with a
// rule file, federal agencies with different appeal rules), computed by the engine's bulk form
// (no explanation text; the WebAssembly kernel of law/engine/batch-wasm.ts for a batch this size)
// and by a day-by-day baseline (bench/law-baseline.ts) over the same histories in the same run.
// Checks that both agree on every due date of a sample, reports the median of several rounds,
// appends to bench/RESULTS.md, and prints one JSON object last.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { compileHistories, computeDeadlineBatch, computeDeadlines, computeDeadlinesMany, ENGINE_VERSION, F_PRESENT, listJurisdictions, type DeadlineInput, type LegalEvent } from '../law';
import { baselineDeadlines, BASELINE_YEARS, dayOf, KINDS, prepareBaseline } from './law-baseline';
import { daysFromCivil, formatIso } from '../law/engine/day-number';
import { computeDeadlineBatchJs } from '../law/engine/batch';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive whole number`);
  return v;
}
const N = arg('histories', 1_000_000);
const ROUNDS = arg('rounds', 5);
const BASELINE_ROUNDS = arg('baseline-rounds', 3);
/** --no-record: print the JSON but do not append to bench/RESULTS.md (quick runs while tuning). */
const RECORD = !process.argv.includes('--no-record');
const loadAtStart = loadavg();

// Deterministic generator (mulberry32) so every run times the same histories.
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const jurisdictions = listJurisdictions().map((j) => j.id);
const FEDERAL_AGENCIES = ['dhs', 'cbp', 'ice', 'uscis', 'fema', 'doj', 'atf', 'doi', 'bia', 'nasa', 'epa', 'ssa', null];
const FIRST = daysFromCivil(2015, 1, 1), LAST = daysFromCivil(2030, 12, 31);

function history(): DeadlineInput {
  // Half federal (the common case), half spread over every other jurisdiction there is.
  const jurisdiction = jurisdictions.length === 1 || rand() < 0.5 ? 'us-federal' : pick(jurisdictions);
  const r = int(FIRST, LAST);
  const ev: { d: number; s: number; kind: LegalEvent['kind'] }[] = [];
  let s = 0;
  const push = (d: number, kind: LegalEvent['kind']) => ev.push({ d, s: s++, kind });
  if (rand() < 0.15) push(r + int(0, 2), 'expedited-requested');
  if (rand() < 0.3) {
    const c = r + int(1, 20);
    push(c, 'clarification-requested');
    push(c + int(0, 25), 'clarification-answered');
  }
  if (rand() < 0.2) {
    const c = r + int(1, 30);
    push(c, 'fee-notice');
    push(c + int(0, 20), 'fee-resolved');
  }
  if (rand() < 0.1) {
    const c = r + int(5, 40); // a second clarification (does not toll)
    push(c, 'clarification-requested');
    push(c + int(0, 10), 'clarification-answered');
  }
  if (rand() < 0.25) push(r + int(5, 40), 'unusual-circumstances');
  ev.sort((a, b) => a.d - b.d || a.s - b.s);
  let last = ev.length ? ev[ev.length - 1].d : r;
  const end = rand();
  if (end < 0.45) {
    last += int(5, 60);
    push(last, 'adverse-determination');
    if (rand() < 0.5) {
      last += int(5, 100);
      push(last, 'appeal-received');
      if (rand() < 0.5) push((last += int(3, 40)), 'appeal-decided');
    }
  } else if (end < 0.65) push((last += int(5, 60)), 'determination');
  if (rand() < 0.05) push(last + int(1, 60), 'suit-filed');
  return {
    jurisdiction,
    agency: jurisdiction === 'us-federal' ? pick(FEDERAL_AGENCIES) : null,
    received: formatIso(r),
    events: ev.map((e) => ({ kind: e.kind, date: formatIso(e.d) })),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
// The machine is shared: time each round both by the wall clock and by this process's CPU time
// (user + system). Rates are from CPU time (what one core does); wall-clock rates are reported too.
interface Clock { wall: bigint; cpu: NodeJS.CpuUsage }
const start = (): Clock => ({ wall: process.hrtime.bigint(), cpu: process.cpuUsage() });
const stop = (c: Clock) => {
  const u = process.cpuUsage(c.cpu);
  return { wall: secs(c.wall), cpu: (u.user + u.system) / 1e6 };
};

console.error(`law bench: generating ${N} histories over ${jurisdictions.length} jurisdictions...`);
const inputs: DeadlineInput[] = new Array(N);
for (let i = 0; i < N; i++) inputs[i] = history();
const eventsTotal = inputs.reduce((n, h) => n + h.events.length, 0);
prepareBaseline([...new Set(listJurisdictions().map((j) => j.calendar))], BASELINE_YEARS[0], BASELINE_YEARS[1]);

// Encoding (validation + ISO parsing into day numbers) happens once per batch; both the engine's
// kernel and the baseline then run over the same plain day numbers.
// The first encode also builds every calendar's working-day index (date-holidays: ~1 ms per
// calendar-year); the second shows the steady state.
let c0 = start();
compileHistories(inputs);
const encodeColdSecs = stop(c0).cpu;
c0 = start();
const batch = compileHistories(inputs);
const encodeSecs = stop(c0).cpu;

// Agreement: every due date of a sample (every 97th history, up to 20,000), three ways: the
// explained engine, the bulk kernel and the day-by-day baseline.
const out = new Int32Array(KINDS.length);
const check = computeDeadlineBatch(batch);
let compared = 0, mismatches = 0;
for (let i = 0; i < N && compared < 20_000; i += 97) {
  const set = computeDeadlines(inputs[i]);
  baselineDeadlines(batch, batch.position[i], out);
  for (let k = 0; k < KINDS.length; k++) {
    const d = set.deadlines.find((x) => x.kind === KINDS[k]);
    const engine = d === undefined ? -2 : dayOf(d.due);
    const o = batch.position[i] * 6;
    const kernel = (check.out[o + 5] >>> (k * 4)) & F_PRESENT ? check.out[o + k] : -2;
    if (engine !== out[k] || kernel !== engine) {
      if (mismatches < 5) console.error(`MISMATCH ${KINDS[k]}: engine ${engine} kernel ${kernel} baseline ${out[k]} for ${JSON.stringify(inputs[i])}`);
      mismatches++;
    }
  }
  compared++;
}
if (mismatches) {
  console.error(`law bench: ${mismatches} disagreements between engine, kernel and baseline; not timing a wrong engine`);
  process.exit(1);
}

let sink = 0;
// One untimed round of each first (the kernel also ran once above for the agreement check), so
// neither side is timed while the JIT is still compiling it. Then the rounds are interleaved
// (kernel, baseline, kernel, baseline, ...) so both see the same load on the shared machine.
const kernelRound = () => {
  const c = start();
  const res = computeDeadlineBatch(batch, check); // bulk recompute reuses its output arrays
  const t = stop(c);
  sink += res.out[res.out.length - 1];
  return t;
};
// The JavaScript kernel (the reference the WebAssembly one is tested against) over the same
// records, for comparison only: the speed-up is the kernel's (computeDeadlineBatch).
const jsOut = { n: N, out: new Int32Array(N * 6) };
const jsKernelRound = () => {
  const c = start();
  const res = computeDeadlineBatchJs(batch, jsOut);
  const t = stop(c);
  sink += res.out[res.out.length - 1];
  return t;
};
const baselineRound = () => {
  const c = start();
  for (let j = 0; j < N; j++) {
    baselineDeadlines(batch, j, out); // same order as the kernel
    sink += out[0];
  }
  return stop(c);
};
kernelRound();
jsKernelRound();
baselineRound();
for (let i = 0; i < N * 6; i++) {
  if (jsOut.out[i] !== check.out[i]) {
    console.error(`law bench: the JavaScript and WebAssembly kernels disagree at word ${i}; not timing a wrong engine`);
    process.exit(1);
  }
}
const engineTimes: number[] = [], engineWall: number[] = [], jsKernelTimes: number[] = [];
const baselineTimes: number[] = [], baselineWall: number[] = [];
for (let round = 0; round < Math.max(ROUNDS, BASELINE_ROUNDS); round++) {
  if (round < ROUNDS) {
    const t = kernelRound();
    engineTimes.push(t.cpu);
    engineWall.push(t.wall);
    console.error(`engine round ${round + 1}: ${(N / t.cpu).toFixed(0)} sets/s (cpu), ${(N / t.wall).toFixed(0)} (wall)`);
    jsKernelTimes.push(jsKernelRound().cpu);
  }
  if (round < BASELINE_ROUNDS) {
    const t = baselineRound();
    baselineTimes.push(t.cpu);
    baselineWall.push(t.wall);
    console.error(`baseline round ${round + 1}: ${(N / t.cpu).toFixed(0)} sets/s (cpu), ${(N / t.wall).toFixed(0)} (wall)`);
  }
}
// The object API on a slice: DeadlineSet objects without text (computeDeadlinesMany) and with
// explanations (computeDeadlines, what a single request's page pays).
const sliceN = Math.min(N, 200_000);
const slice = inputs.slice(0, sliceN);
const to0 = start();
sink += computeDeadlinesMany(slice, { explain: false }).length;
const objectSecs = stop(to0).cpu;
const explainN = Math.min(N, 20_000);
const te0 = start();
for (let i = 0; i < explainN; i++) sink += computeDeadlines(inputs[i]).deadlines.length;
const explainSecs = stop(te0).cpu;

const setsPerSecond = Math.round(N / median(engineTimes));
const baselinePerSecond = Math.round(N / median(baselineTimes));
// Best rounds (least disturbed by other work on the machine): the other honest reading.
const bestPerSecond = Math.round(N / Math.min(...engineTimes));
const bestBaselinePerSecond = Math.round(N / Math.min(...baselineTimes));
const ns = (seconds: number) => Number(((seconds / N) * 1e9).toFixed(1));
const result = {
  sets_per_second: setsPerSecond,
  baseline_sets_per_second: baselinePerSecond,
  histories: N,
  speedup: Number((setsPerSecond / baselinePerSecond).toFixed(1)),
  timing: 'cpu',
  wall_sets_per_second: Math.round(N / median(engineWall)),
  wall_baseline_sets_per_second: Math.round(N / median(baselineWall)),
  rounds: ROUNDS,
  baseline_rounds: BASELINE_ROUNDS,
  events: eventsTotal,
  jurisdictions: jurisdictions.length,
  agreement_sample: compared,
  encode_histories_per_second: Math.round(N / encodeSecs),
  encode_cold_histories_per_second: Math.round(N / encodeColdSecs),
  end_to_end_sets_per_second: Math.round(N / (encodeSecs + median(engineTimes))),
  best_sets_per_second: bestPerSecond,
  best_baseline_sets_per_second: bestBaselinePerSecond,
  speedup_best: Number((bestPerSecond / bestBaselinePerSecond).toFixed(1)),
  ns_per_set: { encode: ns(encodeSecs), kernel: ns(median(engineTimes)), baseline: ns(median(baselineTimes)), js_kernel: ns(median(jsKernelTimes)) },
  kernel: batch.arena ? 'wasm' : 'js',
  load_average_start: loadAtStart.map((x) => Number(x.toFixed(1))),
  object_sets_per_second: Math.round(sliceN / objectSecs),
  explained_sets_per_second: Math.round(explainN / explainSecs),
  engine_version: ENGINE_VERSION,
};

const sh = (cmd: string) => {
  try {
    return execSync(cmd, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const machine = `${sh('nproc')} cores (${sh("lscpu | grep 'Model name' | sed 's/Model name: *//'") || cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')} (shared machine: rates are from process CPU time)`;
const file = new URL('./RESULTS.md', import.meta.url);
if (RECORD && !existsSync(file)) writeFileSync(file, '# Benchmark results\n\nAppended by the `bench:*` scripts (CONTRACTS.md "Benchmarks").\n');
if (RECORD) appendFileSync(
  file,
  `\n## bench:law — ${new Date().toISOString()}\n` +
    `- Machine: ${machine}\n` +
    `- Command: \`npm run bench:law${N !== 1_000_000 ? ` -- --histories ${N}` : ''}\`\n` +
    `- ${N} histories (${eventsTotal} events, ${jurisdictions.length} jurisdictions), median of ${ROUNDS} engine rounds / ${BASELINE_ROUNDS} baseline rounds\n` +
    `- Engine kernel (computeDeadlineBatch over encoded histories, ${result.kernel === 'wasm' ? 'WebAssembly' : 'JavaScript'}): ${setsPerSecond} sets/s; baseline (day-by-day over the same day numbers, Set of closures): ${baselinePerSecond} sets/s; speed-up ${result.speedup}x (medians; rounds interleaved after one untimed warm-up round each)\n` +
    `- Best rounds: kernel ${bestPerSecond} sets/s, baseline ${bestBaselinePerSecond} sets/s, speed-up ${result.speedup_best}x; per set: encode ${result.ns_per_set.encode} ns, kernel ${result.ns_per_set.kernel} ns (JavaScript kernel, for comparison: ${result.ns_per_set.js_kernel} ns), baseline ${result.ns_per_set.baseline} ns (medians); load average at the start ${loadAtStart.map((x) => x.toFixed(1)).join(' ')}\n` +
    `- Encoding (compileHistories: validation + ISO parsing): ${result.encode_histories_per_second} histories/s (first run, building the calendar indexes: ${result.encode_cold_histories_per_second}); encode + kernel: ${result.end_to_end_sets_per_second} sets/s\n` +
    `- Object API: computeDeadlinesMany (no text) ${result.object_sets_per_second} sets/s; computeDeadlines (explained) ${result.explained_sets_per_second} sets/s\n` +
    `- Engine, kernel and baseline agreed on every due date of ${compared} sampled histories\n` +
    `\n\`${JSON.stringify(result)}\`\n`,
);
if (sink === 0.5) console.error(sink); // keep results alive
console.log(JSON.stringify(result));
