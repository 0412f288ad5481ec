// The bulk kernel in WebAssembly (source wasm/batch-kernel.as, bytes wasm/batch-kernel.wasm as
// embedded by wasm/build.mjs): ~1.5-1.7x the JavaScript kernel of batch.ts on the same records
// (decision 0110). Each batch owns one WebAssembly memory (its "arena") holding its encoded
// histories, clock events, result buffer and a copy of its plans' due-day tables; the memory is
// never grown, so the typed-array views of it that the batch exposes stay valid.
import { refreshPlanTables, type Plan } from './batch-plan';
import { KERNEL_WASM_BASE64 } from './wasm/batch-kernel-bytes';

/** Plan record: 32 i32 words, read by the kernel (offsets in wasm/batch-kernel.as). */
const PLAN_WORDS = 32;
/** The largest arena we ask for (wasm32 addresses up to 4 GiB; keep a margin). */
const MAX_ARENA_BYTES = 3.5 * 2 ** 30;
const PAGE = 65536;
const align = (x: number) => Math.ceil(x / 64) * 64;

let kernelModule: WebAssembly.Module | undefined;
function moduleOnce(): WebAssembly.Module {
  if (!kernelModule) {
    const bin = atob(KERNEL_WASM_BASE64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    kernelModule = new WebAssembly.Module(bytes);
  }
  return kernelModule;
}

type RunFn = (hist: number, evCode: number, evDay: number, out: number, cq: number, fq: number, from: number, to: number, plan: number, end0: number) => void;

export interface KernelArena {
  mem: WebAssembly.Memory;
  run: RunFn;
  n: number;
  events: number;
  pHist: number; pCode: number; pDay: number; pCq: number; pFq: number; pOut: number; pPlans: number; pTables: number;
  /** Bytes available for tables from pTables. */
  tableRoom: number;
  hist: Int32Array; evCode: Uint8Array; evDay: Int32Array; out: Int32Array;
  /** Address of each table (and cum/wd array) now copied into the arena. */
  placed: Map<Int32Array, number>;
}

/** A new arena for n positions and `events` clock events, with room for `tableBytes` of tables;
 *  null when it would be larger than wasm32 allows (the caller then uses the JavaScript kernel). */
export function createArena(n: number, events: number, planCount: number, tableBytes: number): KernelArena | null {
  let top = 64;
  const take = (bytes: number) => {
    const p = top;
    top = align(top + bytes);
    return p;
  };
  const pHist = take(n * 32), pCode = take(events + 16), pDay = take(events * 4 + 16);
  const pCq = take(events + 64), pFq = take(events + 64), pOut = take(n * 24), pPlans = take(planCount * PLAN_WORDS * 4);
  const pTables = top;
  const bytes = top + tableBytes;
  if (bytes > MAX_ARENA_BYTES) return null;
  const mem = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
  const inst = new WebAssembly.Instance(moduleOnce(), { env: { memory: mem } });
  const buf = mem.buffer;
  return {
    mem, run: inst.exports.run as RunFn, n, events,
    pHist, pCode, pDay, pCq, pFq, pOut, pPlans, pTables, tableRoom: buf.byteLength - pTables,
    hist: new Int32Array(buf, pHist, n * 8), evCode: new Uint8Array(buf, pCode, events), evDay: new Int32Array(buf, pDay, events),
    out: new Int32Array(buf, pOut, n * 6), placed: new Map(),
  };
}

/** Table bytes to reserve for a batch's plans: each index's cum and wd arrays plus five tables per
 *  plan, at the index's present size, with room for the index to grow by a quarter. */
export function tableReserve(plans: Plan[]): number {
  const perIndex = new Map<unknown, { len: number; plans: number }>();
  for (const p of plans) {
    const len = p.idx.arrays().cum.length;
    const e = perIndex.get(p.idx);
    if (e) e.plans++;
    else perIndex.set(p.idx, { len, plans: 1 });
  }
  let bytes = 0;
  for (const { len, plans: k } of perIndex.values()) bytes += align(len * 4 + 64) * (2 + 5 * k);
  return Math.ceil(bytes * 1.25);
}

/** The batch's arena, moved to a larger one when its plans' tables no longer fit (the calendar
 *  index grew since the batch was compiled); histories and events are copied over. */
function withRoomFor(a: KernelArena, plans: Plan[], need: number): KernelArena {
  if (need <= a.tableRoom) return a;
  const b = createArena(a.n, a.events, plans.length, Math.ceil(need * 1.25));
  if (!b) throw new RangeError('computeDeadlineBatch: the batch and its calendar tables exceed 3.5 GiB; split the batch');
  b.hist.set(a.hist);
  b.evCode.set(a.evCode);
  b.evDay.set(a.evDay);
  return b;
}

const PLAN_ARRAYS = (p: Plan) => [p.cum, p.wd, p.respTab, p.expTab, p.appTab, p.decTab, p.extTab];

/** Copy the plans' tables into the arena when any changed since the last run, and write the plan
 *  records the kernel reads. Returns the arena to run in (a new one if the old had no room). */
function placeTables(arena: KernelArena, plans: Plan[]): KernelArena {
  let current = true;
  for (let i = 0; i < plans.length && current; i++) for (const t of PLAN_ARRAYS(plans[i])) if (!arena.placed.has(t)) current = false;
  if (current) return arena;
  const distinct = new Set<Int32Array>();
  for (const p of plans) for (const t of PLAN_ARRAYS(p)) distinct.add(t);
  let need = 0;
  for (const t of distinct) need += align(t.byteLength + 16);
  const a = withRoomFor(arena, plans, need);
  a.placed = new Map();
  let top = a.pTables;
  for (const t of distinct) {
    new Int32Array(a.mem.buffer, top, t.length).set(t);
    a.placed.set(t, top);
    top = align(top + t.byteLength + 16);
  }
  const rec = new Int32Array(a.mem.buffer, a.pPlans, plans.length * PLAN_WORDS);
  plans.forEach((P, k) => {
    const at = (t: Int32Array) => a.placed.get(t)!;
    rec.set([
      P.base, at(P.cum), at(P.wd), at(P.respTab), at(P.expTab), at(P.appTab), at(P.decTab), at(P.extTab),
      P.respKind, P.respDays, +P.respRoll, +P.respVerified, P.respFlags0, P.clarLimit, P.feeLimit, +P.tollVerified,
      P.extAvail, P.extKind, P.extDays, P.extNotice, P.extRepeat, +P.extVerified, +P.extSimple, P.expFlags,
      P.appFlagsEff, P.decFlags, P.court, +P.lateReqAppeal, P.appliesFrom, P.appliesBefore, P.courtVerified && P.calVerified ? 2 : 0, 0,
    ], k * PLAN_WORDS);
  });
  return a;
}

/** Run the WebAssembly kernel over every run of the batch; returns the arena it ran in, whose
 *  `out` holds the results. */
export function runArena(arena: KernelArena, plans: Plan[], runStart: Int32Array, runPlan: Uint16Array, evStart: Int32Array): KernelArena {
  for (const p of plans) refreshPlanTables(p);
  const a = placeTables(arena, plans);
  const { run, pHist, pCode, pDay, pOut, pCq, pFq, pPlans } = a;
  for (let r = 0; r + 1 < runStart.length; r++) {
    run(pHist, pCode, pDay, pOut, pCq, pFq, runStart[r], runStart[r + 1], pPlans + runPlan[r] * PLAN_WORDS * 4, evStart[runStart[r]]);
  }
  return a;
}
