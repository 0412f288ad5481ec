// AssemblyScript source of the bulk kernel in WebAssembly (built by build.mjs into batch-kernel.wasm;
// loaded by ../batch-wasm.ts). The same rules as the JavaScript kernel run() in ../batch.ts, over the
// same records, which a property test holds to computeDeadlines (law/test/batch.test.ts) and to the
// JavaScript kernel (law/test/batch-wasm.test.ts). Why WebAssembly: V8 compiles it without bounds,
// overflow or type checks and turns selects into conditional moves (decision 0110).
// Memory layout (all byte addresses into the one imported memory, see ../batch-wasm.ts):
//   hist: 8 i32 per position (received, determined, adverse, expedited, appeal, decided, suit,
//   end of the position's clock events); evCode (u8) / evDay (i32): clock events; out: 6 i32 per
//   position (as DeadlineBatch.out); cq/fq: scratch queues; P: a plan record (PLAN_* in
//   ../batch-wasm.ts), table addresses included.
const F_PRESENT = 1, F_VERIFIED = 2, F_DEFAULT = 4, F_UNKNOWN = 8;
const K_BUSINESS = 0, K_CALENDAR = 1, K_UNKNOWN = 2, K_NOFIXED = 3;
const L_NONE = 0, L_ONCE = 1, L_UNLIMITED = 2, T_FALSE = 0, T_TRUE = 1;
const EV_UNUSUAL = 0, EV_CLAR_REQ = 1, EV_CLAR_ANS = 2, EV_FEE_NOTICE = 3, EV_FEE_RESOLVED = 4;
const SECOND_TOLL = 1, EXT_LATE = 2, EXT_FURTHER = 4, EXT_NONE = 8, APPEAL_LATE = 16, OGLESBY = 32, OUT_OF_RANGE = 64;

// @ts-ignore
@inline function at(p: usize, i: i32): i32 { return load<i32>(p + ((<usize>i) << 2)); }

/** Positions [from, to) of one plan; end0 = where the first position's clock events start.
 *  A plan whose rule constants are those of COMMON below runs a copy of the kernel compiled with
 *  them as literals (its branches on them, and the code they rule out, are gone: ~5% faster in
 *  total together with the event shapes below, neither gave much alone); any other plan runs the
 *  generic copy. Both are the one source below, so they cannot drift apart. */
export function run(hist: usize, evCode: usize, evDay: usize, out: usize, cq: usize, fq: usize, from: i32, to: i32, P: usize, end0: i32): void {
  if (isCommon(P)) runCommon(hist, evCode, evDay, out, cq, fq, from, to, P, end0);
  else runAny(hist, evCode, evDay, out, cq, fq, from, to, P, end0);
}

// COMMON: the rule constants of US federal FOIA without an agency override (5 U.S.C. 552 as
// encoded in law/jurisdictions: business days, suit on a missed deadline, one extension of known
// business days with notice before the due day, not repeatable, one clarification toll,
// unlimited fee tolls, Oglesby), the commonest plan of a federal-first product. Day counts
// (respDays, extDays), tables and flags still come from the plan record, so a changed rule file
// only moves a plan from one copy to the other.
const C_RESP_KIND = K_BUSINESS, C_RESP_ROLL = true, C_CLAR = L_ONCE, C_FEE = L_UNLIMITED, C_TOLL_VERIFIED = true;
const C_EXT_AVAIL = T_TRUE, C_EXT_KIND = K_BUSINESS, C_EXT_NOTICE = 0, C_EXT_REPEAT = T_FALSE, C_EXT_VERIFIED = true, C_EXT_SIMPLE = true;
const C_COURT = T_TRUE, C_LATE_REQ_APPEAL = 1;

// @ts-ignore
@inline function isCommon(P: usize): bool {
  return load<i32>(P, 32) == C_RESP_KIND && (load<i32>(P, 40) != 0) == C_RESP_ROLL && load<i32>(P, 52) == C_CLAR && load<i32>(P, 56) == C_FEE &&
    (load<i32>(P, 60) != 0) == C_TOLL_VERIFIED && load<i32>(P, 64) == C_EXT_AVAIL && load<i32>(P, 68) == C_EXT_KIND && load<i32>(P, 76) == C_EXT_NOTICE &&
    load<i32>(P, 80) == C_EXT_REPEAT && (load<i32>(P, 84) != 0) == C_EXT_VERIFIED && (load<i32>(P, 88) != 0) == C_EXT_SIMPLE &&
    load<i32>(P, 104) == C_COURT && load<i32>(P, 108) == C_LATE_REQ_APPEAL;
}
function runCommon(hist: usize, evCode: usize, evDay: usize, out: usize, cq: usize, fq: usize, from: i32, to: i32, P: usize, end0: i32): void {
  runWith(hist, evCode, evDay, out, cq, fq, from, to, P, end0, true);
}
function runAny(hist: usize, evCode: usize, evDay: usize, out: usize, cq: usize, fq: usize, from: i32, to: i32, P: usize, end0: i32): void {
  runWith(hist, evCode, evDay, out, cq, fq, from, to, P, end0, false);
}

// @ts-ignore
@inline function runWith(hist: usize, evCode: usize, evDay: usize, out: usize, cq: usize, fq: usize, from: i32, to: i32, P: usize, end0: i32, COMMON: bool): void {
  const base = load<i32>(P, 0);
  const cum = <usize>load<i32>(P, 4), wd = <usize>load<i32>(P, 8);
  const respTab = <usize>load<i32>(P, 12), expTab = <usize>load<i32>(P, 16), appTab = <usize>load<i32>(P, 20), decTab = <usize>load<i32>(P, 24), extTab = <usize>load<i32>(P, 28);
  const respKind = COMMON ? C_RESP_KIND : load<i32>(P, 32), respDays = load<i32>(P, 36), respRoll = COMMON ? C_RESP_ROLL : load<i32>(P, 40) != 0;
  const respVerified = load<i32>(P, 44) != 0, respFlags0 = load<i32>(P, 48);
  const clarLimit = COMMON ? C_CLAR : load<i32>(P, 52), feeLimit = COMMON ? C_FEE : load<i32>(P, 56), tollVerified = COMMON ? C_TOLL_VERIFIED : load<i32>(P, 60) != 0;
  const extAvail = COMMON ? C_EXT_AVAIL : load<i32>(P, 64), extKind = COMMON ? C_EXT_KIND : load<i32>(P, 68), extDays = load<i32>(P, 72);
  const extNotice = COMMON ? C_EXT_NOTICE : load<i32>(P, 76), extRepeat = COMMON ? C_EXT_REPEAT : load<i32>(P, 80), extVerified = COMMON ? C_EXT_VERIFIED : load<i32>(P, 84) != 0;
  const extSimple = COMMON ? C_EXT_SIMPLE : load<i32>(P, 88) != 0;
  const expFlags = load<i32>(P, 92), appFlags = load<i32>(P, 96), decFlags = load<i32>(P, 100);
  const court = COMMON ? C_COURT : load<i32>(P, 104), lateReqAppeal = COMMON ? C_LATE_REQ_APPEAL : load<i32>(P, 108);
  const appliesFrom = load<i32>(P, 112), appliesBefore = load<i32>(P, 116);
  const cvFlag = load<i32>(P, 120);
  const known = respKind == K_BUSINESS || respKind == K_CALENDAR;
  const respNoFixed = respKind == K_NOFIXED;
  let end = end0;
  for (let i = from; i < to; i++) {
    const o = out + ((<usize>i * 6) << 2), h = hist + ((<usize>i * 8) << 2);
    const r = load<i32>(h, 0);
    // Sign bits of (r - appliesFrom) and (appliesBefore - 1 - r): receipt outside the rule's dates.
    let w = (<i32>(<u32>((r - appliesFrom) | (appliesBefore - 1 - r)) >> 31)) * OUT_OF_RANGE;
    const determinedAt = load<i32>(h, 4);
    // ---- response clock (response-clock.ts) ----
    let responseDue = at(respTab, r - base);
    let respFlags = respFlags0;
    let paused = false;
    const e0 = end;
    end = load<i32>(h, 28);
    const n = end - e0;
    const c0 = <i32>load<u8>(evCode + e0), c1 = <i32>load<u8>(evCode + e0 + 1);
    // One question and its answer, or one extension notice: computed without branches below
    // (as is no clock event at all); anything else takes the general loop.
    const isPair = (n == 2) & (c1 == c0 + 1) & ((c0 == EV_CLAR_REQ) | (c0 == EV_FEE_NOTICE));
    const isNote = (n == 1) & (c0 == EV_UNUSUAL);
    if (!known) {
      // no period to move
    } else if ((n != 0) & !(isPair | isNote)) {
      // Clock events (only those before the determination are stored; answers were validated).
      let business = respKind == K_BUSINESS;
      let d0 = responseDue, rawEnd = business ? d0 : r + respDays;
      let unknown = false, verified = respVerified, basisDefault = false;
      let remaining = 0, pendingExt = 0, depth = 0, clarTolls = 0, feeTolls = 0, exts = 0;
      let ch = 0, ct = 0, fh = 0, ft = 0;
      // The commonest event shapes run as straight-line code: build.mjs expands the loop below into
      // one copy per shape listed on the @shapes line (each event's code a constant, `continue`
      // leaving that event's step), chosen by `shape` (codes in base 5, by count of events); any
      // other shape takes the loop. Listed: one question pair and one extension notice in any
      // order, two question pairs in any order (85% of the bench's loop histories). A mispredicted
      // branch per event and per trip of the loop is what this saves. (c2-c4 may read up to 4 bytes
      // past the last event: the arena pads evCode by 16, see ../batch-wasm.ts createArena.)
      const c2 = <i32>load<u8>(evCode + e0 + 2), c3 = <i32>load<u8>(evCode + e0 + 3), c4 = <i32>load<u8>(evCode + e0 + 4);
      const k3 = (c0 * 5 + c1) * 5 + c2, k4 = k3 * 5 + c3;
      const shape = n == 3 ? k3 : n == 4 ? 125 + k4 : n == 5 ? 750 + k4 * 5 + c4 : -1;
      // @shapes 012 102 120 034 304 340 1212 1122 1234 1324 1342 3412 3142 3124 3434 3344
      for (let e = e0; e < end; e++) {
        const d = at(evDay, e);
        const code = <i32>load<u8>(evCode + e);
        if (code == EV_CLAR_REQ || code == EV_FEE_NOTICE) {
          const fee = code == EV_FEE_NOTICE;
          const limit = fee ? feeLimit : clarLimit;
          let tolls = false;
          if (limit == L_UNLIMITED || (limit == L_ONCE && (fee ? feeTolls : clarTolls) == 0)) {
            if (paused) tolls = true;
            else if (d < d0) {
              tolls = true;
              remaining = business ? at(cum, rawEnd - base) - at(cum, d - base) : rawEnd - d;
              paused = true;
            }
          } else if (limit == L_ONCE) w |= SECOND_TOLL;
          else if (limit != 0) { verified = false; basisDefault = true; }
          if (tolls) {
            depth++;
            if (fee) feeTolls++; else clarTolls++;
            if (!tollVerified) verified = false;
          }
          if (fee) store<u8>(fq + ft++, tolls ? 1 : 0); else store<u8>(cq + ct++, tolls ? 1 : 0);
        } else if (code == EV_CLAR_ANS || code == EV_FEE_RESOLVED) {
          const tolled = code == EV_FEE_RESOLVED ? load<u8>(fq + fh++) : load<u8>(cq + ch++);
          if (tolled && --depth == 0 && paused) {
            paused = false;
            if (business) rawEnd = d0 = at(wd, at(cum, d - base) + remaining + pendingExt - 1);
            else { rawEnd = d + remaining + pendingExt; d0 = respRoll ? at(wd, at(cum, rawEnd - base - 1)) : rawEnd; }
            pendingExt = 0;
          }
        } else {
          // EV_UNUSUAL: an extension notice
          if (extAvail == T_FALSE) { w |= EXT_NONE; continue; }
          if (extAvail != T_TRUE || extKind == K_UNKNOWN) { unknown = true; verified = false; continue; }
          if (exts >= 1 && extRepeat != T_TRUE) { w |= EXT_FURTHER; continue; }
          if (!paused && d > d0 && extNotice != 1) {
            w |= EXT_LATE;
            if (extNotice == 2) { verified = false; basisDefault = true; }
            continue;
          }
          exts++;
          if (!extVerified) verified = false;
          if (paused) {
            if (extKind == (business ? K_BUSINESS : K_CALENDAR)) pendingExt += extDays;
            else { unknown = true; verified = false; }
            continue;
          }
          if (extKind == K_BUSINESS) { rawEnd = d0 = at(wd, at(cum, d0 - base) + extDays - 1); business = true; }
          else { rawEnd = d0 + extDays; business = false; d0 = respRoll ? at(wd, at(cum, rawEnd - base - 1)) : rawEnd; }
        }
      }
      // A determination while the clock is stopped ends the toll on its date.
      if (paused && determinedAt >= 0) {
        paused = false;
        if (business) rawEnd = d0 = at(wd, at(cum, determinedAt - base) + remaining + pendingExt - 1);
        else { rawEnd = determinedAt + remaining + pendingExt; d0 = respRoll ? at(wd, at(cum, rawEnd - base - 1)) : rawEnd; }
      }
      responseDue = !unknown && !paused ? d0 : -1;
      respFlags = F_PRESENT | (verified && !unknown ? F_VERIFIED : 0) | (unknown ? F_UNKNOWN : basisDefault ? F_DEFAULT : 0);
    } else {
      // Day numbers of the (up to two) events, replaced by safe days when absent.
      const ev0 = select<i32>(at(evDay, e0), r, n != 0);
      const ev1 = select<i32>(at(evDay, e0 + 1), ev0, isPair);
      // A question and its answer: the first toll of its kind stops the clock if asked before the
      // due day; the remaining days are counted again from the answer.
      const limit = select<i32>(feeLimit, clarLimit, c0 == EV_FEE_NOTICE);
      const limTolls = (limit == L_ONCE) | (limit == L_UNLIMITED);
      const toll = isPair & limTolls & (ev0 < responseDue);
      let tolled: i32;
      if (respKind == K_BUSINESS) tolled = at(wd, at(cum, ev1 - base) + at(cum, responseDue - base) - at(cum, ev0 - base) - 1);
      else { const raw = ev1 + r + respDays - ev0; tolled = respRoll ? at(wd, at(cum, raw - base - 1)) : raw; }
      if (!tollVerified) respFlags = select<i32>(respFlags & ~F_VERIFIED, respFlags, toll);
      // not known whether it tolls: not applied, labelled default
      respFlags = select<i32>(F_PRESENT | F_DEFAULT, respFlags, isPair & !limTolls & (limit != L_NONE));
      // One extension notice.
      if (extAvail == T_FALSE) w |= select<i32>(EXT_NONE, 0, isNote);
      else if (!extSimple) {
        // an extension of unknown length
        responseDue = select<i32>(-1, responseDue, isNote);
        respFlags = select<i32>(F_PRESENT | F_UNKNOWN, respFlags, isNote);
      } else {
        // Sent after the due day where notice is required before it: no extension.
        const late = isNote & (ev0 > responseDue) & (extNotice != 1);
        w |= select<i32>(EXT_LATE, 0, late);
        if (extNotice == 2) respFlags = select<i32>(F_PRESENT | F_DEFAULT, respFlags, late);
        const ext = isNote & !late;
        responseDue = select<i32>(at(extTab, responseDue - base), responseDue, ext);
        if (!extVerified) respFlags = select<i32>(respFlags & ~F_VERIFIED, respFlags, ext);
      }
      responseDue = select<i32>(tolled, responseDue, toll);
    }
    store<i32>(o, responseDue, 0);
    // ---- one-period deadlines (period-deadline.ts): table lookups, masked when absent ----
    // m = all ones when the event happened (day >= 0), 0 when not (day -1); an absent deadline
    // reads slot 0 of its table and writes due -1, flags 0.
    const expAt = load<i32>(h, 12), adverseAt = load<i32>(h, 8), appealAt = load<i32>(h, 16);
    const mExp = ~(expAt >> 31), mAdv = ~(adverseAt >> 31), mApp = ~(appealAt >> 31);
    store<i32>(o, at(expTab, (expAt - base) & mExp) | ~mExp, 4);
    let fw = respFlags | ((expFlags & mExp) << 4);
    const fd = at(appTab, (adverseAt - base) & mAdv) | ~mAdv;
    store<i32>(o, fd, 8);
    fw |= (appFlags & mAdv) << 8;
    w |= (<i32>(<u32>(~fd & (fd - appealAt)) >> 31)) * APPEAL_LATE;
    const decisionDue = at(decTab, (appealAt - base) & mApp) | ~mApp;
    store<i32>(o, decisionDue, 12);
    fw |= (decFlags & mApp) << 12;
    // ---- may-sue (may-sue.ts), without branches on the history ----
    const decidedAt = load<i32>(h, 20);
    // No appeal: suit after a missed response deadline.
    const noDate = select<i32>(F_PRESENT | (respNoFixed ? 0 : F_UNKNOWN), 0, determinedAt < 0);
    let cDue = -1, cFlags = 0, cW = 0;
    if (court == T_TRUE) {
      // m = -1 when the response deadline was missed (no determination by the due day), else 0.
      const m = (<i32>(<u32>(~determinedAt & (determinedAt - responseDue - 1)) >> 31)) - 1;
      // Oglesby: answered late, adverse, before any suit (suit < 0 or suit > determination).
      const suitAt = load<i32>(h, 24);
      const oglesby = lateReqAppeal ? (<i32>(<u32>(responseDue - determinedAt) >> 31)) & (<i32>(<u32>~adverseAt >> 31)) & (<i32>(<u32>(suitAt | (determinedAt - suitAt)) >> 31)) : 0;
      const none = responseDue < 0;
      cDue = select<i32>(-1, ((responseDue + 1) & m) | ~m, none);
      cFlags = select<i32>(noDate, ((F_PRESENT | cvFlag) & m) & ~(oglesby * F_VERIFIED), none);
      cW = select<i32>(0, oglesby * OGLESBY, none);
    } else if (court != T_FALSE) {
      const inTime = (determinedAt >= 0) & (determinedAt <= responseDue);
      cFlags = select<i32>(noDate, select<i32>(0, F_PRESENT | F_UNKNOWN, inTime), responseDue < 0);
    }
    cDue = select<i32>(-1, cDue, paused);
    cFlags = select<i32>(0, cFlags, paused);
    cW = select<i32>(0, cW, paused);
    // An appeal not yet decided: suit once its decision is late.
    let bDue = -1, bFlags = F_PRESENT | F_UNKNOWN;
    if (court == T_TRUE) { bDue = select<i32>(-1, decisionDue + 1, decisionDue < 0); bFlags = select<i32>(F_PRESENT | F_UNKNOWN, F_PRESENT | cvFlag, decisionDue < 0); }
    else if (court == T_FALSE) bFlags = select<i32>(F_PRESENT | F_UNKNOWN, 0, decisionDue < 0);
    const decided = decidedAt >= 0, appealed = appealAt >= 0;
    const sDue = select<i32>(decidedAt, select<i32>(bDue, cDue, appealed), decided);
    const sFlags = select<i32>(F_PRESENT | cvFlag, select<i32>(bFlags, cFlags, appealed), decided);
    w |= select<i32>(0, select<i32>(0, cW, appealed), decided);
    store<i32>(o, sDue, 16);
    store<i32>(o, fw | (sFlags << 16) | (w << 20), 20);
  }
}
