// Bulk recompute (e.g. the whole database after a calendar change): histories are encoded once
// into typed arrays (compileHistories: validation + date parsing), then computeDeadlineBatch runs
// a tight kernel over day numbers with the working-day index: O(1) per period, no allocation per
// request, no text. Large batches run the kernel's WebAssembly form (batch-wasm.ts, decision
// 0110); run() below is the JavaScript form, the reference it is tested against. It is the same rules as computeDeadlines (response-clock.ts, may-sue.ts); a
// property test (law/test/batch.test.ts) holds the two to identical dates, flags and warnings.
import type { DeadlineKind } from '../contract';
import * as plan from './batch-plan';
import { refreshPlanTables, type Plan } from './batch-plan';
import { runArena } from './batch-wasm';
import type { HistoryBatch } from './batch-compile';
import { formatIso } from './day-number';
import * as events from './events';

// The kernel's constants, repeated here as literals: under an ES module loader (tsx, node) an
// imported binding is a live module cell that the optimizing compiler reloads on every use; as
// module-local constants the kernel measured ~15% faster. Checked against their definitions below.
const F_PRESENT = 1, F_VERIFIED = 2, F_DEFAULT = 4, F_UNKNOWN = 8;
const K_BUSINESS = 0, K_CALENDAR = 1, K_UNKNOWN = 2, K_NOFIXED = 3;
const L_NONE = 0, L_ONCE = 1, L_UNLIMITED = 2, T_FALSE = 0, T_TRUE = 1;
const EV_UNUSUAL = 0, EV_CLAR_REQ = 1, EV_CLAR_ANS = 2, EV_FEE_NOTICE = 3, EV_FEE_RESOLVED = 4;
if (
  F_PRESENT !== plan.F_PRESENT || F_VERIFIED !== plan.F_VERIFIED || F_DEFAULT !== plan.F_DEFAULT || F_UNKNOWN !== plan.F_UNKNOWN ||
  K_BUSINESS !== plan.K_BUSINESS || K_CALENDAR !== plan.K_CALENDAR || K_UNKNOWN !== plan.K_UNKNOWN || K_NOFIXED !== plan.K_NOFIXED ||
  L_NONE !== plan.L_NONE || L_ONCE !== plan.L_ONCE || L_UNLIMITED !== plan.L_UNLIMITED || T_FALSE !== plan.T_FALSE || T_TRUE !== plan.T_TRUE ||
  EV_UNUSUAL !== events.EV_UNUSUAL || EV_CLAR_REQ !== events.EV_CLAR_REQ || EV_CLAR_ANS !== events.EV_CLAR_ANS ||
  EV_FEE_NOTICE !== events.EV_FEE_NOTICE || EV_FEE_RESOLVED !== events.EV_FEE_RESOLVED
) {
  throw new Error('law/engine/batch.ts: kernel constants out of step with batch-plan.ts / events.ts');
}

export { compileHistories } from './batch-compile';
export type { CompileOptions, HistoryBatch } from './batch-compile';
export { WASM_MIN_HISTORIES } from './batch-compile';

export { F_DEFAULT, F_PRESENT, F_UNKNOWN, F_VERIFIED } from './batch-plan';

/** Deadline kinds in batch order: out[position * BATCH_STRIDE + k]. */
export const BATCH_KINDS: readonly DeadlineKind[] = ['response', 'expedited-decision', 'appeal-filing', 'appeal-decision', 'may-sue'];

/** Warning bits in DeadlineBatch.warnings (the texts are those of computeDeadlines). */
export const W_SECOND_TOLL = 1, W_EXT_LATE = 2, W_EXT_FURTHER = 4, W_EXT_NONE = 8, W_APPEAL_LATE = 16, W_OGLESBY = 32, W_OUT_OF_RANGE = 64;
// The same bits for the kernel: exported bindings are module cells, reloaded on every use.
const SECOND_TOLL = 1, EXT_LATE = 2, EXT_FURTHER = 4, EXT_NONE = 8, APPEAL_LATE = 16, OGLESBY = 32, OUT_OF_RANGE = 64;

/** Words per position in DeadlineBatch.out. */
export const BATCH_STRIDE = 6;

export interface DeadlineBatch {
  n: number;
  /** One record of BATCH_STRIDE words per position (one output stream for the kernel; measured
   *  faster than separate due/flags/warnings arrays, see 0105): words 0-4 are the due day numbers
   *  (days since 1970-01-01, -1 = deadline without a date) of BATCH_KINDS in order; word 5 packs
   *  the flags (F_*) of kind k in bits 4k..4k+3 and the warning bits (W_*) from bit 20. Read it
   *  with batchDue / batchFlags / batchWarnings. For a batch on the WebAssembly kernel it is a
   *  view of the batch's kernel memory, rewritten by the next computeDeadlineBatch on that batch. */
  out: Int32Array;
}

// Scratch FIFO queues of "did this open question toll" (reused; the kernel is synchronous).
let clarQ = new Uint8Array(64), feeQ = new Uint8Array(64);

/** The deadlines of every history in the batch, computed by the WebAssembly kernel (batch-wasm.ts).
 *  The result's `out` is the batch's own result buffer (in the kernel's memory): the next call on
 *  the same batch overwrites it in place, which is what a bulk recompute wants. To keep a result
 *  across calls, pass `reuse` with an array of your own (at least 6 words per history): the
 *  results are copied into it. */
export function computeDeadlineBatch(batch: HistoryBatch, reuse?: DeadlineBatch): DeadlineBatch {
  const n = batch.n;
  if (batch.arena === null) return computeDeadlineBatchJs(batch, reuse);
  const a = runArena(batch.arena, batch.plans, batch.runStart, batch.runPlan, batch.evStart);
  if (a !== batch.arena) {
    // Moved to a larger memory (the calendar index grew): the batch's views follow it.
    batch.arena = a;
    batch.hist = a.hist;
    batch.evCode = a.evCode;
    batch.evDay = a.evDay;
  }
  if (reuse !== undefined && reuse.out !== a.out && reuse.out.length >= n * 6) {
    reuse.out.set(a.out);
    return { n, out: reuse.out };
  }
  return { n, out: a.out };
}

/** The same results from the JavaScript kernel (the reference the WebAssembly kernel is tested
 *  against, and what runs for a batch too large for one WebAssembly memory). Pass `reuse` (a
 *  result of an earlier call with at least as many histories) to write into its array. */
export function computeDeadlineBatchJs(batch: HistoryBatch, reuse?: DeadlineBatch): DeadlineBatch {
  const { n, plans, evCode } = batch;
  const fits = reuse !== undefined && reuse.out.length >= n * 6;
  const out: DeadlineBatch = fits ? reuse : { n, out: new Int32Array(n * 6) };
  if (clarQ.length < evCode.length) {
    clarQ = new Uint8Array(evCode.length);
    feeQ = new Uint8Array(evCode.length);
  }
  for (const p of plans) refreshPlanTables(p);
  const { runStart, runPlan } = batch;
  for (let r = 0; r + 1 < runStart.length; r++) run(batch, plans[runPlan[r]], runStart[r], runStart[r + 1], out);
  return { n, out: out.out };
}

/** Positions [from, to) of one plan: the plan's constants are loaded once into locals. */
function run(batch: HistoryBatch, P: Plan, from: number, to: number, out: DeadlineBatch): void {
  const { hist, evStart, evCode, evDay } = batch;
  const due = out.out;
  const cq = clarQ, fq = feeQ;
  const base = P.base, cum = P.cum, wd = P.wd;
  const respTab = P.respTab, expTab = P.expTab, appTab = P.appTab, decTab = P.decTab;
  const respKind = P.respKind, respDays = P.respDays, respRoll = P.respRoll, respVerified = P.respVerified, respFlags0 = P.respFlags0;
  const clarLimit = P.clarLimit, feeLimit = P.feeLimit, tollVerified = P.tollVerified;
  const extAvail = P.extAvail, extKind = P.extKind, extDays = P.extDays, extNotice = P.extNotice, extRepeat = P.extRepeat, extVerified = P.extVerified;
  const extTab = P.extTab, extSimple = P.extSimple;
  const expFlags = P.expFlags, appFlags = P.appFlagsEff, decFlags = P.decFlags;
  const court = P.court, lateReqAppeal = P.lateReqAppeal;
  const appliesFrom = P.appliesFrom, appliesBefore = P.appliesBefore;
  const known = respKind === K_BUSINESS || respKind === K_CALENDAR;
  const respNoFixed = respKind === K_NOFIXED;
  const cvFlag = P.courtVerified && P.calVerified ? F_VERIFIED : 0;
  let end = evStart[from]; // the previous history's end is this one's start
  for (let i = from; i < to; i++) {
    const o = i * 6, h = i * 8;
    const r = hist[h];
    // Sign bits of (r - appliesFrom) and (appliesBefore - 1 - r): receipt outside the rule's dates.
    let w = (((r - appliesFrom) | (appliesBefore - 1 - r)) >>> 31) * OUT_OF_RANGE;
    const determinedAt = hist[h + 1];
    // ---- response clock (response-clock.ts) ----
    let responseDue = respTab[r - base];
    let respFlags = respFlags0, paused = false, respKnown = known;
    const e0 = end;
    end = hist[h + 7];
    if (e0 === end || !known) {
      // no clock event: the table's day
    } else if (end - e0 === 2 && evCode[e0 + 1] === evCode[e0] + 1 && (evCode[e0] === EV_CLAR_REQ || evCode[e0] === EV_FEE_NOTICE)) {
      // One question and its answer (the general loop below, unrolled).
      const limit = evCode[e0] === EV_FEE_NOTICE ? feeLimit : clarLimit;
      if (limit === L_ONCE || limit === L_UNLIMITED) {
        // The first toll of its kind stops the clock if asked before the due day; the remaining
        // days are counted again from the answer.
        const c = evDay[e0];
        if (c < responseDue) {
          const answered = evDay[e0 + 1];
          if (respKind === K_BUSINESS) responseDue = wd[cum[answered - base] + cum[responseDue - base] - cum[c - base] - 1];
          else { const raw = answered + r + respDays - c; responseDue = respRoll ? wd[cum[raw - base - 1]] : raw; }
          if (!tollVerified) respFlags &= ~F_VERIFIED;
        }
      } else if (limit !== L_NONE) respFlags = F_PRESENT | F_DEFAULT; // not known whether it tolls: not applied, labelled default
    } else if (end - e0 === 1 && evCode[e0] === EV_UNUSUAL) {
      // One extension notice (the general loop below, unrolled).
      if (extAvail === T_FALSE) w |= EXT_NONE;
      else if (!extSimple) { responseDue = -1; respKnown = false; respFlags = F_PRESENT | F_UNKNOWN; } // extension of unknown length
      else if (evDay[e0] > responseDue && extNotice !== 1) {
        // Sent after the due day where notice is required before it: no extension.
        w |= EXT_LATE;
        if (extNotice === 2) respFlags = F_PRESENT | F_DEFAULT;
      } else {
        responseDue = extTab[responseDue - base];
        if (!extVerified) respFlags &= ~F_VERIFIED;
      }
    } else {
      // Clock events (only those before the determination are stored; answers were validated).
      let business = respKind === K_BUSINESS;
      let d0 = responseDue, rawEnd = business ? d0 : r + respDays;
      let unknown = false, verified = respVerified, basisDefault = false;
      let remaining = 0, pendingExt = 0, depth = 0, clarTolls = 0, feeTolls = 0, exts = 0;
      let ch = 0, ct = 0, fh = 0, ft = 0; // queue heads/tails
      for (let e = e0; e < end; e++) {
        const d = evDay[e];
        const code = evCode[e];
        if (code === EV_CLAR_REQ || code === EV_FEE_NOTICE) {
          const fee = code === EV_FEE_NOTICE;
          const limit = fee ? feeLimit : clarLimit;
          let tolls = false;
          if (limit === L_UNLIMITED || (limit === L_ONCE && (fee ? feeTolls : clarTolls) === 0)) {
            if (paused) tolls = true;
            else if (d < d0) {
              tolls = true;
              remaining = business ? cum[rawEnd - base] - cum[d - base] : rawEnd - d;
              paused = true;
            }
          } else if (limit === L_ONCE) w |= SECOND_TOLL;
          else if (limit !== 0) { verified = false; basisDefault = true; } // unknown
          if (tolls) {
            depth++;
            if (fee) feeTolls++; else clarTolls++;
            if (!tollVerified) verified = false;
          }
          if (fee) fq[ft++] = tolls ? 1 : 0; else cq[ct++] = tolls ? 1 : 0;
        } else if (code === EV_CLAR_ANS || code === EV_FEE_RESOLVED) {
          const tolled = code === EV_FEE_RESOLVED ? fq[fh++] : cq[ch++];
          if (tolled && --depth === 0 && paused) {
            paused = false;
            if (business) rawEnd = d0 = wd[cum[d - base] + remaining + pendingExt - 1];
            else { rawEnd = d + remaining + pendingExt; d0 = respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
            pendingExt = 0;
          }
        } else {
          // EV_UNUSUAL: an extension notice
          if (extAvail === T_FALSE) { w |= EXT_NONE; continue; }
          if (extAvail !== T_TRUE || extKind === K_UNKNOWN) { unknown = true; verified = false; continue; }
          if (exts >= 1 && extRepeat !== T_TRUE) { w |= EXT_FURTHER; continue; }
          if (!paused && d > d0 && extNotice !== 1) {
            w |= EXT_LATE;
            if (extNotice === 2) { verified = false; basisDefault = true; }
            continue;
          }
          exts++;
          if (!extVerified) verified = false;
          if (paused) {
            if (extKind === (business ? K_BUSINESS : K_CALENDAR)) pendingExt += extDays;
            else { unknown = true; verified = false; }
            continue;
          }
          if (extKind === K_BUSINESS) { rawEnd = d0 = wd[cum[d0 - base] + extDays - 1]; business = true; }
          else { rawEnd = d0 + extDays; business = false; d0 = respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
        }
      }
      // A determination while the clock is stopped ends the toll on its date.
      if (paused && determinedAt >= 0) {
        paused = false;
        if (business) rawEnd = d0 = wd[cum[determinedAt - base] + remaining + pendingExt - 1];
        else { rawEnd = determinedAt + remaining + pendingExt; d0 = respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
      }
      respKnown = !unknown;
      responseDue = respKnown && !paused ? d0 : -1;
      respFlags = F_PRESENT | (verified && respKnown ? F_VERIFIED : 0) | (unknown ? F_UNKNOWN : basisDefault ? F_DEFAULT : 0);
    }
    due[o] = responseDue;
    // ---- one-period deadlines (period-deadline.ts): table lookups, masked when absent ----
    // m = all ones when the event happened (day >= 0), 0 when not (day -1); an absent deadline
    // reads slot 0 of its table and writes due -1, flags 0.
    const expAt = hist[h + 3], adverseAt = hist[h + 2], appealAt = hist[h + 4];
    const mExp = ~(expAt >> 31), mAdv = ~(adverseAt >> 31), mApp = ~(appealAt >> 31);
    due[o + 1] = expTab[(expAt - base) & mExp] | ~mExp;
    let fw = respFlags | ((expFlags & mExp) << 4);
    const fd = appTab[(adverseAt - base) & mAdv] | ~mAdv;
    due[o + 2] = fd;
    fw |= (appFlags & mAdv) << 8;
    // An appeal received after the filing window closed (fd >= 0 and appealAt > fd).
    w |= ((~fd & (fd - appealAt)) >>> 31) * APPEAL_LATE;
    const decisionDue = decTab[(appealAt - base) & mApp] | ~mApp;
    due[o + 3] = decisionDue;
    fw |= (decFlags & mApp) << 12;
    // ---- may-sue (may-sue.ts) ----
    const decidedAt = hist[h + 5];
    let sDue = -1, sFlags = 0;
    if (decidedAt >= 0) { sDue = decidedAt; sFlags = F_PRESENT | cvFlag; }
    else if (appealAt >= 0) {
      if (decisionDue < 0) sFlags = F_PRESENT | F_UNKNOWN;
      else if (court === T_TRUE) { sDue = decisionDue + 1; sFlags = F_PRESENT | cvFlag; }
      else if (court !== T_FALSE) sFlags = F_PRESENT | F_UNKNOWN;
    } else if (!paused && court !== T_FALSE) {
      if (responseDue < 0) {
        if (determinedAt < 0) sFlags = F_PRESENT | (respNoFixed ? 0 : F_UNKNOWN);
      } else if (court === T_TRUE) {
        // m = -1 when the response deadline was missed (no determination by the due day), else 0.
        const m = ((~determinedAt & (determinedAt - responseDue - 1)) >>> 31) - 1;
        sDue = ((responseDue + 1) & m) | ~m;
        // Oglesby: answered late, adverse, before any suit (suit < 0 or suit > determination).
        const suitAt = hist[h + 6];
        const oglesby = lateReqAppeal ? ((responseDue - determinedAt) >>> 31) & (~adverseAt >>> 31) & ((suitAt | (determinedAt - suitAt)) >>> 31) : 0;
        sFlags = ((F_PRESENT | cvFlag) & m) & ~(oglesby * F_VERIFIED);
        w |= oglesby * OGLESBY;
      } else if (!(determinedAt >= 0 && determinedAt <= responseDue)) sFlags = F_PRESENT | F_UNKNOWN;
    }
    due[o + 4] = sDue;
    due[o + 5] = fw | (sFlags << 16) | (w << 20);
  }
}

/** ISO due date of deadline `kind` of input history i: undefined when absent, null when it has no date. */
export function batchDue(batch: HistoryBatch, result: DeadlineBatch, i: number, kind: DeadlineKind): string | null | undefined {
  const o = batch.position[i] * 6, k = BATCH_KINDS.indexOf(kind);
  if (k < 0) throw new Error(`batchDue: unknown deadline kind '${kind}'`);
  if (!((result.out[o + 5] >>> (k * 4)) & F_PRESENT)) return undefined;
  const d = result.out[o + k];
  return d < 0 ? null : formatIso(d);
}

/** Warning bits of input history i. */
export function batchWarnings(batch: HistoryBatch, result: DeadlineBatch, i: number): number {
  return result.out[batch.position[i] * 6 + 5] >>> 20;
}

/** Flags (F_*) of deadline `kind` of input history i. */
export function batchFlags(batch: HistoryBatch, result: DeadlineBatch, i: number, kind: DeadlineKind): number {
  const k = BATCH_KINDS.indexOf(kind);
  if (k < 0) throw new Error(`batchFlags: unknown deadline kind '${kind}'`);
  return (result.out[batch.position[i] * 6 + 5] >>> (k * 4)) & 15;
}
