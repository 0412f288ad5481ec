// Encoding of request histories for the bulk kernel (batch.ts): validation (the same
// LawInputErrors as computeDeadlines, naming the history), ISO dates to day numbers, the
// calendar-independent facts of each timeline digested once, and a grouped layout.
import { LawInputError, type DeadlineInput } from '../contract';
import { getJurisdictionRules } from '../jurisdictions';
import type { JurisdictionRules } from '../jurisdictions/types';
import { buildPlan, type Plan } from './batch-plan';
import { createArena, tableReserve, type KernelArena } from './batch-wasm';
import { parseIso, tryParseIso } from './day-number';
import {
  EV_ADVERSE, EV_APPEAL_DECIDED, EV_APPEAL_RECEIVED, EV_CLAR_ANS, EV_CLAR_REQ, EV_DETERMINATION, EV_EXPEDITED,
  EV_FEE_NOTICE, EV_FEE_RESOLVED, EV_SUIT, EVENT_KINDS, parseEvents,
} from './events';

/**
 * Histories stored grouped by (jurisdiction/agency plan, receipt date in slots of a few days), so
 * the kernel reads every array sequentially, loads a plan's constants once per run, and its
 * due-day table lookups move forward through memory (measured: 51 -> 38 ns a set against
 * grouping by receipt year; 3-4x faster than input order over 69 calendars). Position j holds input history `index[j]`; input history i
 * is at `position[i]`. Results (DeadlineBatch) are by position; use batchDue() to read by input index.
 */
export interface HistoryBatch {
  n: number;
  plans: Plan[];
  plan: Uint16Array;
  received: Int32Array;
  /** Clock events (questions, answers, extension notices before the determination) at position j
   *  are evCode/evDay[evStart[j] .. evStart[j + 1]). */
  evStart: Int32Array;
  evCode: Uint8Array;
  evDay: Int32Array;
  /** The calendar-independent facts of each timeline, digested once (day numbers, -1 = none):
   *  first determination, last adverse determination, first expedited request, last appeal
   *  received, its decision, first suit. */
  determinedAt: Int32Array;
  adverseAt: Int32Array;
  expeditedAt: Int32Array;
  appealAt: Int32Array;
  decidedAt: Int32Array;
  suitAt: Int32Array;
  /** The same per-position numbers interleaved for the kernel (one input stream instead of eight
   *  columns): hist[j * 8 + 0..7] = received, determinedAt, adverseAt, expeditedAt, appealAt,
   *  decidedAt, suitAt, evStart[j + 1]. */
  hist: Int32Array;
  /** The WebAssembly memory the kernel runs in (batch-wasm.ts): hist, evCode and evDay above are
   *  views of it. null for the JavaScript kernel (CompileOptions.kernel; a batch too large for one
   *  WebAssembly memory also gets the JavaScript kernel). */
  arena: KernelArena | null;
  index: Uint32Array;
  position: Uint32Array;
  /** Runs of positions with one plan: run r is positions runStart[r] .. runStart[r + 1] - 1, all
   *  with plan runPlan[r] (the kernel loads a plan's constants once per run). */
  runStart: Int32Array;
  runPlan: Uint16Array;
}

export interface CompileOptions {
  /** Which kernel computeDeadlineBatch runs: 'wasm' (batch-wasm.ts), 'js' (batch.ts run()), or
   *  'auto' (default): WebAssembly from WASM_MIN_HISTORIES histories up. Both give identical
   *  results (law/test/batch-wasm.test.ts); the WebAssembly one needs a memory of its own per batch
   *  and a copy of the due-day tables (~1-10 ms), which only pays off on large batches. */
  kernel?: 'auto' | 'wasm' | 'js';
}
/** Batches at least this large run the WebAssembly kernel by default (see CompileOptions). */
export const WASM_MIN_HISTORIES = 20_000;

const KIND_CODE = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));

interface PlanKey { agency: string | null; opts: object | undefined; p: number }

// Input-order scratch of compileHistories, kept between calls: allocating ~50 bytes per history
// of short-lived typed arrays on every call made V8 run a full mark-compact of the caller's heap
// (all the input objects) for "external memory pressure" on nearly every bulk recompute (~300 ms
// per million histories, measured). Batches above SCRATCH_KEEP histories get their own arrays.
const SCRATCH_KEEP = 4_000_000;
let scratch = { rec: new Int32Array(0), evStartIn: new Int32Array(0), evCodeIn: new Uint8Array(0), evDayIn: new Int32Array(0) };
function scratchFor(n: number, events: number): typeof scratch {
  if (scratch.rec.length >= n * 8 && scratch.evCodeIn.length >= events) return scratch;
  const fresh = {
    rec: new Int32Array(n * 8), evStartIn: new Int32Array(n + 1),
    evCodeIn: new Uint8Array(Math.max(events, scratch.evCodeIn.length)), evDayIn: new Int32Array(Math.max(events, scratch.evCodeIn.length)),
  };
  if (n <= SCRATCH_KEEP) scratch = fresh;
  return fresh;
}

/** Validates and encodes histories (the same LawInputErrors as computeDeadlines, naming the index).
 *  One pass in input order (plan, days, digest), a counting sort by (plan, receipt slot), one
 *  reordering pass. On any input error the histories are checked again in input order, so
 *  the error names the first bad history. */
export function compileHistories(
  inputs: readonly DeadlineInput[],
  lookup: (id: string) => JurisdictionRules | undefined = getJurisdictionRules,
  options: CompileOptions = {},
): HistoryBatch {
  const n = inputs.length;
  const plans: Plan[] = [];
  const byJurisdiction = new Map<string, PlanKey[]>();
  let lastJ: unknown = undefined, lastA: unknown = undefined, lastO: unknown = undefined, lastP = -1;
  // Pass 1 works in input order (the input objects are read where they lie in memory) and keeps
  // the per-history numbers as one 8-word record, so the reordering below reads one cache line.
  // record: plan, received, determined, adverse, expedited, appeal, decided, suit
  let total = 0;
  for (let i = 0; i < n; i++) {
    const events = inputs[i]?.events;
    if (Array.isArray(events)) total += events.length;
  }
  const { rec, evStartIn, evCodeIn, evDayIn } = scratchFor(n, total);
  let min = 0x7fffffff, max = -0x7fffffff, e = 0;
  for (let i = 0; i < n; i++) {
    const input = inputs[i];
    if (!input || typeof input !== 'object') throw firstError(inputs, lookup);
    const opts = input.options;
    const agency = input.agency ?? null;
    let p = -1;
    if (input.jurisdiction === lastJ && agency === lastA && opts === lastO) p = lastP;
    else {
      const keys = byJurisdiction.get(input.jurisdiction);
      if (keys) for (let k = 0; k < keys.length; k++) if (keys[k].agency === agency && keys[k].opts === opts) { p = keys[k].p; break; }
      if (p < 0) {
        const rules = lookup(input.jurisdiction);
        if (!rules) throw firstError(inputs, lookup);
        const from = rules.appliesTo?.receivedFrom ? tryParseIso(rules.appliesTo.receivedFrom) : -1e9;
        const before = rules.appliesTo?.receivedBefore ? tryParseIso(rules.appliesTo.receivedBefore) : 1e9;
        p = plans.length;
        if (p > 65535) throw new LawInputError('invalid-event', 'too many distinct (jurisdiction, agency, options) in one batch; split it');
        let plan: Plan;
        try {
          plan = buildPlan(rules, agency, opts, from, before);
        } catch {
          throw firstError(inputs, lookup);
        }
        plans.push(plan);
        if (keys) keys.push({ agency, opts, p });
        else byJurisdiction.set(input.jurisdiction, [{ agency, opts, p }]);
      }
      lastJ = input.jurisdiction; lastA = agency; lastO = opts; lastP = p;
    }
    const r = tryParseIso(input.received);
    if (r < -1e8) throw firstError(inputs, lookup);
    if (r < min) min = r;
    evStartIn[i] = e;
    const events = input.events;
    let ne = 0;
    if (events !== undefined && events !== null) {
      if (!Array.isArray(events)) throw firstError(inputs, lookup);
      ne = events.length;
    }
    let det = -1, adv = -1, exp = -1, app = -1, dec = -1, suit = -1, clar = 0, fee = 0, prev = r;
    for (let k = 0; k < ne; k++) {
      const ev = events[k];
      const code = ev && typeof ev === 'object' ? KIND_CODE.get(ev.kind) : undefined;
      const d = code === undefined ? -1e9 : tryParseIso(ev.date);
      // Unknown kind, bad date, before receipt or out of order: firstError says which.
      if (d < prev) throw firstError(inputs, lookup);
      prev = d;
      switch (code) {
        case EV_CLAR_ANS: if (clar-- === 0) throw firstError(inputs, lookup); break;
        case EV_FEE_RESOLVED: if (fee-- === 0) throw firstError(inputs, lookup); break;
        case EV_CLAR_REQ: clar++; break;
        case EV_FEE_NOTICE: fee++; break;
        case EV_EXPEDITED: if (exp < 0) exp = d; break;
        case EV_ADVERSE: if (det < 0) det = d; adv = d; break;
        case EV_DETERMINATION: if (det < 0) det = d; break;
        case EV_APPEAL_RECEIVED: app = d; dec = -1; break;
        case EV_APPEAL_DECIDED: if (app < 0) throw firstError(inputs, lookup); dec = d; break;
        case EV_SUIT: if (suit < 0) suit = d; break;
      }
      // Only questions, answers and extension notices before the determination move the clock.
      if (det < 0 && code! <= EV_FEE_RESOLVED) {
        evCodeIn[e] = code!;
        evDayIn[e++] = d;
      }
    }
    if (prev > max) max = prev;
    const o = i * 8;
    rec[o] = p; rec[o + 1] = r; rec[o + 2] = det; rec[o + 3] = adv; rec[o + 4] = exp; rec[o + 5] = app; rec[o + 6] = dec; rec[o + 7] = suit;
  }
  evStartIn[n] = e;
  // Periods end at most ~2 years after the last event (the longest are 90 working days + 10).
  if (n > 0) for (const p of plans) p.idx.cover(min, max + 800);
  const { index, position, runStart, runPlan } = sortOrder(n, plans.length, rec, min, max);
  // Reorder into the batch's columns (sequential writes); the kernel's records and clock events
  // go straight into its WebAssembly memory.
  const kernel = options.kernel ?? 'auto';
  const useWasm = kernel === 'wasm' || (kernel === 'auto' && n >= WASM_MIN_HISTORIES);
  const arena = useWasm ? createArena(n, e, plans.length, tableReserve(plans)) : null;
  const plan = new Uint16Array(n), received = new Int32Array(n), evStart = new Int32Array(n + 1);
  const evCode = arena ? arena.evCode : new Uint8Array(e), evDay = arena ? arena.evDay : new Int32Array(e);
  const determinedAt = new Int32Array(n), adverseAt = new Int32Array(n), expeditedAt = new Int32Array(n);
  const appealAt = new Int32Array(n), decidedAt = new Int32Array(n), suitAt = new Int32Array(n);
  const hist = arena ? arena.hist : new Int32Array(n * 8);
  e = 0;
  for (let j = 0; j < n; j++) {
    const i = index[j], o = i * 8;
    plan[j] = rec[o]; received[j] = rec[o + 1];
    determinedAt[j] = rec[o + 2]; adverseAt[j] = rec[o + 3]; expeditedAt[j] = rec[o + 4];
    appealAt[j] = rec[o + 5]; decidedAt[j] = rec[o + 6]; suitAt[j] = rec[o + 7];
    evStart[j] = e;
    for (let x = evStartIn[i], xe = evStartIn[i + 1]; x < xe; x++, e++) {
      evCode[e] = evCodeIn[x];
      evDay[e] = evDayIn[x];
    }
    const h = j * 8;
    hist[h] = rec[o + 1]; hist[h + 1] = rec[o + 2]; hist[h + 2] = rec[o + 3]; hist[h + 3] = rec[o + 4];
    hist[h + 4] = rec[o + 5]; hist[h + 5] = rec[o + 6]; hist[h + 6] = rec[o + 7]; hist[h + 7] = e;
  }
  evStart[n] = e;
  return {
    n, plans, plan, received, evStart, evCode, evDay, determinedAt, adverseAt, expeditedAt, appealAt, decidedAt, suitAt,
    hist, arena, index, position, runStart, runPlan,
  };
}

/** The first bad history in input order, as computeDeadlines would report it (error path only). */
function firstError(inputs: readonly DeadlineInput[], lookup: (id: string) => JurisdictionRules | undefined): Error {
  const planned = new Set<string>(); // (jurisdiction, agency) pairs without options already checked
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    try {
      if (!input || typeof input !== 'object') throw new LawInputError('invalid-event', 'deadline input must be an object {jurisdiction, received, events}');
      const rules = lookup(input.jurisdiction);
      if (!rules) throw new LawInputError('unknown-jurisdiction', `unknown jurisdiction '${String(input.jurisdiction)}'`);
      const key = `${input.jurisdiction}\u0000${input.agency ?? ''}`;
      if (input.options !== undefined || !planned.has(key)) {
        buildPlan(rules, input.agency ?? null, input.options, 0, 0);
        if (input.options === undefined) planned.add(key);
      }
      const r = parseIso(input.received, 'received date');
      const ev = parseEvents(input.events, r, input.received);
      let clar = 0, fee = 0, app = false;
      for (let k = 0; k < ev.n; k++) {
        const code = ev.codes[k];
        if (code === EV_CLAR_ANS || code === EV_FEE_RESOLVED) {
          const isFee = code === EV_FEE_RESOLVED;
          if (isFee ? fee === 0 : clar === 0) {
            throw new LawInputError('invalid-event', `event ${k + 1} (${isFee ? 'fee-resolved' : 'clarification-answered'} on ${input.events[k].date}) has no earlier open ${isFee ? 'fee-notice' : 'clarification-requested'}`);
          }
          if (isFee) fee--; else clar--;
        } else if (code === EV_CLAR_REQ) clar++;
        else if (code === EV_FEE_NOTICE) fee++;
        else if (code === EV_APPEAL_RECEIVED) app = true;
        else if (code === EV_APPEAL_DECIDED && !app) {
          throw new LawInputError('invalid-event', `event ${k + 1} (appeal-decided on ${input.events[k].date}) has no earlier appeal-received`);
        }
      }
    } catch (err) {
      if (err instanceof LawInputError) return new LawInputError(err.code, `history ${i}: ${err.message}`);
      return err as Error;
    }
  }
  return new Error('compileHistories: an input failed the fast checks but passes the full ones (bug)');
}

/** The batch order: by (plan, receipt date in slots of 2^shift days), with a counting sort in
 *  O(histories). The slots are as fine as the batch size allows (about one bucket per history at
 *  most), so within a plan the kernel's table lookups move forward through memory. Position j
 *  holds input history index[j]; input history i is at position[i]. */
function sortOrder(n: number, planCount: number, rec: Int32Array, min: number, max: number) {
  const span = n > 0 ? max - min : 0;
  let shift = 0;
  while (shift < 30 && planCount * ((span >> shift) + 1) > n + 4096) shift++;
  const slots = (span >> shift) + 1;
  const buckets = planCount * slots;
  const count = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) count[rec[i * 8] * slots + ((rec[i * 8 + 1] - min) >> shift) + 1]++;
  for (let k = 0; k < buckets; k++) count[k + 1] += count[k];
  // Runs: consecutive non-empty buckets of one plan (count[k] is now the start of bucket k).
  const runStart: number[] = [], runPlan: number[] = [];
  for (let k = 0; k < buckets; k++) {
    if (count[k + 1] === count[k]) continue;
    const p = Math.floor(k / slots);
    if (runPlan.length === 0 || runPlan[runPlan.length - 1] !== p) {
      runStart.push(count[k]);
      runPlan.push(p);
    }
  }
  runStart.push(n);
  const index = new Uint32Array(n);
  const position = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const j = count[rec[i * 8] * slots + ((rec[i * 8 + 1] - min) >> shift)]++;
    index[j] = i;
    position[i] = j;
  }
  return { index, position, runStart: Int32Array.from(runStart), runPlan: Uint16Array.from(runPlan) };
}
