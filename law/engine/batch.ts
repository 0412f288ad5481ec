// Bulk recompute (e.g. the whole database after a calendar change): histories are encoded once
// into typed arrays (compileHistories: validation + date parsing), then computeDeadlineBatch runs
// a tight kernel over day numbers with the working-day index: O(1) per period, no allocation per
// request, no text. It is the same rules as computeDeadlines (response-clock.ts, may-sue.ts); a
// property test (law/test/batch.test.ts) holds the two to identical dates, flags and warnings.
import type { DeadlineKind } from '../contract';
import { F_DEFAULT, F_PRESENT, F_UNKNOWN, F_VERIFIED, K_BUSINESS, K_CALENDAR, K_NOFIXED, K_UNKNOWN, L_ONCE, L_UNLIMITED, T_FALSE, T_TRUE } from './batch-plan';
import type { HistoryBatch } from './batch-compile';
import { formatIso } from './day-number';
import { EV_CLAR_ANS, EV_CLAR_REQ, EV_FEE_NOTICE, EV_FEE_RESOLVED } from './events';

export { compileHistories } from './batch-compile';
export type { HistoryBatch } from './batch-compile';

export { F_DEFAULT, F_PRESENT, F_UNKNOWN, F_VERIFIED } from './batch-plan';

/** Deadline kinds in batch order: due[i * 5 + k]. */
export const BATCH_KINDS: readonly DeadlineKind[] = ['response', 'expedited-decision', 'appeal-filing', 'appeal-decision', 'may-sue'];

/** Warning bits in DeadlineBatch.warnings (the texts are those of computeDeadlines). */
export const W_SECOND_TOLL = 1, W_EXT_LATE = 2, W_EXT_FURTHER = 4, W_EXT_NONE = 8, W_APPEAL_LATE = 16, W_OGLESBY = 32, W_OUT_OF_RANGE = 64;

export interface DeadlineBatch {
  n: number;
  /** Due day numbers (days since 1970-01-01); -1 = deadline without a date. Check flags for presence. */
  due: Int32Array;
  /** F_PRESENT | F_VERIFIED | F_DEFAULT | F_UNKNOWN per deadline. */
  flags: Uint8Array;
  /** Warning bits (W_*) per position. */
  warnings: Uint8Array;
}

// Scratch FIFO queues of "did this open question toll" (reused; the kernel is synchronous).
let clarQ = new Uint8Array(64), feeQ = new Uint8Array(64);

/** The deadlines of every history in the batch. Pass `reuse` (a result of an earlier call with at
 *  least as many histories) to write into its arrays instead of allocating new ones. */
export function computeDeadlineBatch(batch: HistoryBatch, reuse?: DeadlineBatch): DeadlineBatch {
  const { n, plans, plan, received, evStart, evCode, evDay } = batch;
  const detCol = batch.determinedAt, advCol = batch.adverseAt, expCol = batch.expeditedAt;
  const appCol = batch.appealAt, decCol = batch.decidedAt, suitCol = batch.suitAt;
  const fits = reuse !== undefined && reuse.due.length >= n * 5;
  const due = fits ? reuse.due : new Int32Array(n * 5);
  const flags = fits ? reuse.flags : new Uint8Array(n * 5);
  const warnings = fits ? reuse.warnings : new Uint8Array(n);
  if (clarQ.length < evCode.length) {
    clarQ = new Uint8Array(evCode.length);
    feeQ = new Uint8Array(evCode.length);
  }
  const cq = clarQ, fq = feeQ; // locals: the module bindings are reassignable, locals are not
  for (const p of plans) {
    const a = p.idx.arrays();
    p.base = a.base; p.cum = a.cum; p.wd = a.wd;
  }
  // Positions in batch order: every array is read and written sequentially.
  for (let i = 0; i < n; i++) {
    const P = plans[plan[i]];
    const base = P.base, cum = P.cum, wd = P.wd;
    const o = i * 5;
    const r = received[i];
    let w = 0;
    if (r < P.appliesFrom || r >= P.appliesBefore) w |= W_OUT_OF_RANGE;
    // ---- response clock (response-clock.ts) ----
    const known = P.respKind === K_BUSINESS || P.respKind === K_CALENDAR;
    let business = P.respKind === K_BUSINESS;
    let rawEnd = 0, d0 = 0, unknown = false, verified = P.respVerified && known, basisDefault = false;
    if (known) {
      if (business) rawEnd = d0 = wd[cum[r - base] + P.respDays - 1];
      else { rawEnd = r + P.respDays; d0 = P.respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
    }
    let paused = false, remaining = 0, pendingExt = 0, depth = 0, clarTolls = 0, feeTolls = 0, exts = 0;
    let ch = 0, ct = 0, fh = 0, ft = 0; // queue heads/tails
    const determinedAt = detCol[i], adverseAt = advCol[i], expAt = expCol[i], appealAt = appCol[i], decidedAt = decCol[i], suitAt = suitCol[i];
    const end = evStart[i + 1];
    // Only clock events before the determination are stored (compileHistories), so no event here
    // comes after it; answers were validated there too.
    if (known) {
      for (let e = evStart[i]; e < end; e++) {
        const d = evDay[e];
        const code = evCode[e];
        if (code === EV_CLAR_REQ || code === EV_FEE_NOTICE) {
          const fee = code === EV_FEE_NOTICE;
          const limit = fee ? P.feeLimit : P.clarLimit;
          let tolls = false;
          if (limit === L_UNLIMITED || (limit === L_ONCE && (fee ? feeTolls : clarTolls) === 0)) {
            if (paused) tolls = true;
            else if (d < d0) {
              tolls = true;
              remaining = business ? cum[rawEnd - base] - cum[d - base] : rawEnd - d;
              paused = true;
            }
          } else if (limit === L_ONCE) w |= W_SECOND_TOLL;
          else if (limit !== 0) { verified = false; basisDefault = true; } // unknown
          if (tolls) {
            depth++;
            if (fee) feeTolls++; else clarTolls++;
            if (!P.tollVerified) verified = false;
          }
          if (fee) fq[ft++] = tolls ? 1 : 0; else cq[ct++] = tolls ? 1 : 0;
        } else if (code === EV_CLAR_ANS || code === EV_FEE_RESOLVED) {
          const tolled = code === EV_FEE_RESOLVED ? fq[fh++] : cq[ch++];
          if (tolled && --depth === 0 && paused) {
            paused = false;
            if (business) rawEnd = d0 = wd[cum[d - base] + remaining + pendingExt - 1];
            else { rawEnd = d + remaining + pendingExt; d0 = P.respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
            pendingExt = 0;
          }
        } else {
          // EV_UNUSUAL: an extension notice
          if (P.extAvail === T_FALSE) { w |= W_EXT_NONE; continue; }
          if (P.extAvail !== T_TRUE || P.extKind === K_UNKNOWN) { unknown = true; verified = false; continue; }
          if (exts >= 1 && P.extRepeat !== T_TRUE) { w |= W_EXT_FURTHER; continue; }
          if (!paused && d > d0 && P.extNotice !== 1) {
            w |= W_EXT_LATE;
            if (P.extNotice === 2) { verified = false; basisDefault = true; }
            continue;
          }
          exts++;
          if (!P.extVerified) verified = false;
          if (paused) {
            if (P.extKind === (business ? K_BUSINESS : K_CALENDAR)) pendingExt += P.extDays;
            else { unknown = true; verified = false; }
            continue;
          }
          if (P.extKind === K_BUSINESS) { rawEnd = d0 = wd[cum[d0 - base] + P.extDays - 1]; business = true; }
          else { rawEnd = d0 + P.extDays; business = false; d0 = P.respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
        }
      }
      // A determination while the clock is stopped ends the toll on its date.
      if (paused && determinedAt >= 0) {
        paused = false;
        if (business) rawEnd = d0 = wd[cum[determinedAt - base] + remaining + pendingExt - 1];
        else { rawEnd = determinedAt + remaining + pendingExt; d0 = P.respRoll ? wd[cum[rawEnd - base - 1]] : rawEnd; }
      }
    }
    const respKnown = known && !unknown;
    const responseDue = respKnown && !paused ? d0 : -1;
    // Every slot of this history is written (no fill pass over the output).
    due[o + 1] = -1; due[o + 2] = -1; due[o + 3] = -1; due[o + 4] = -1;
    flags[o + 1] = 0; flags[o + 2] = 0; flags[o + 3] = 0; flags[o + 4] = 0;
    due[o] = responseDue;
    flags[o] = F_PRESENT | (verified && respKnown ? F_VERIFIED : 0) |
      (!known ? (P.respKind === K_NOFIXED ? 0 : F_UNKNOWN) : unknown ? F_UNKNOWN : basisDefault ? F_DEFAULT : 0);
    // ---- one-period deadlines (period-deadline.ts) ----
    if (expAt >= 0) {
      flags[o + 1] = P.expFlags;
      if (P.expPresent) due[o + 1] = period(P.expKind, P.expDays, P.expRoll, expAt, base, cum, wd);
    }
    if (adverseAt >= 0) {
      if (P.appealExists === T_FALSE) flags[o + 2] = P.noAppealFlags;
      else {
        const fd = period(P.appKind, P.appDays, P.appRoll, adverseAt, base, cum, wd);
        due[o + 2] = fd;
        flags[o + 2] = P.appFlags;
        if (appealAt > adverseAt && fd >= 0 && appealAt > fd) w |= W_APPEAL_LATE;
      }
    }
    let decisionDue = -1;
    if (appealAt >= 0) {
      due[o + 3] = decisionDue = period(P.decKind, P.decDays, P.decRoll, appealAt, base, cum, wd);
      flags[o + 3] = P.decFlags;
    }
    // ---- may-sue (may-sue.ts) ----
    const cv = P.courtVerified && P.calVerified;
    let sDue = -2, sFlags = 0;
    if (decidedAt >= 0) { sDue = decidedAt; sFlags = F_PRESENT | (cv ? F_VERIFIED : 0); }
    else if (appealAt >= 0) {
      if (decisionDue < 0) { sDue = -1; sFlags = F_PRESENT | F_UNKNOWN; }
      else if (P.court === T_TRUE) { sDue = decisionDue + 1; sFlags = F_PRESENT | (cv ? F_VERIFIED : 0); }
      else if (P.court !== T_FALSE) { sDue = -1; sFlags = F_PRESENT | F_UNKNOWN; }
    } else if (!paused) {
      if (!respKnown || responseDue < 0) {
        if (determinedAt < 0 && P.court !== T_FALSE) { sDue = -1; sFlags = F_PRESENT | (P.respKind === K_NOFIXED ? 0 : F_UNKNOWN); }
      } else if (!(determinedAt >= 0 && determinedAt <= responseDue) && P.court !== T_FALSE) {
        if (P.court !== T_TRUE) { sDue = -1; sFlags = F_PRESENT | F_UNKNOWN; }
        else {
          sDue = responseDue + 1;
          let v = cv;
          if (determinedAt > responseDue && (suitAt < 0 || suitAt > determinedAt) && adverseAt >= 0 && P.lateReqAppeal) { v = false; w |= W_OGLESBY; }
          sFlags = F_PRESENT | (v ? F_VERIFIED : 0);
        }
      }
    }
    if (sDue !== -2) { due[o + 4] = sDue; flags[o + 4] = sFlags; }
    warnings[i] = w;
  }
  return { n, due, flags, warnings };
}

function period(kind: number, days: number, roll: boolean, d0: number, base: number, cum: Int32Array, wd: Int32Array): number {
  if (kind === K_BUSINESS) return wd[cum[d0 - base] + days - 1];
  if (kind === K_CALENDAR) { const raw = d0 + days; return roll ? wd[cum[raw - base - 1]] : raw; }
  return -1;
}

/** ISO due date of deadline `kind` of input history i: undefined when absent, null when it has no date. */
export function batchDue(batch: HistoryBatch, result: DeadlineBatch, i: number, kind: DeadlineKind): string | null | undefined {
  const o = batch.position[i] * 5 + BATCH_KINDS.indexOf(kind);
  if (!(result.flags[o] & F_PRESENT)) return undefined;
  const d = result.due[o];
  return d < 0 ? null : formatIso(d);
}

/** Warning bits of input history i. */
export function batchWarnings(batch: HistoryBatch, result: DeadlineBatch, i: number): number {
  return result.warnings[batch.position[i]];
}

/** Flags (F_*) of deadline `kind` of input history i. */
export function batchFlags(batch: HistoryBatch, result: DeadlineBatch, i: number, kind: DeadlineKind): number {
  return result.flags[batch.position[i] * 5 + BATCH_KINDS.indexOf(kind)];
}
