// The WebAssembly bulk kernel (law/engine/batch-wasm.ts, built from wasm/batch-kernel.as) against
// the JavaScript kernel, which law/test/batch.test.ts holds to computeDeadlines: every word of the
// result (due days, flags, warnings) must be identical.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileHistories, computeDeadlineBatch, computeDeadlines, listJurisdictions, type DeadlineInput } from '../index';
import { computeDeadlineBatchJs } from '../engine/batch';
import { KERNEL_WASM_BASE64 } from '../engine/wasm/batch-kernel-bytes';
import { daysFromCivil, formatIso } from '../engine/day-number';
import { SYNTHETIC_RULES } from './synthetic-rules';
import { AGENCIES, KINDS, wellFormedEvents } from './event-sequence';
import { getJurisdictionRules } from '../jurisdictions';
import type { JurisdictionRules } from '../jurisdictions/types';


// Deterministic (mulberry32): the same histories every run.
function generator(seed: number) {
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  /** Random valid timelines: answers only after an open question, decisions after an appeal. */
  return (jurisdiction: string, fromYear: number, toYear: number): DeadlineInput => {
    const d = int(daysFromCivil(fromYear, 1, 1), daysFromCivil(toYear, 12, 31));
    const received = formatIso(d);
    const steps: { gap: number; k: number }[] = [];
    for (let k = int(0, 8); k > 0; k--) steps.push({ gap: int(0, 25), k: int(0, KINDS.length - 1) });
    const events = wellFormedEvents(d, steps);
    const agency = jurisdiction === 'us-federal' ? AGENCIES[int(0, AGENCIES.length - 1)] : null;
    return { jurisdiction, agency, received, events, options: rand() < 0.2 ? { skipExecutiveClosures: true } : undefined };
  };
}

function expectKernelsAgree(inputs: DeadlineInput[], lookup?: (id: string) => JurisdictionRules | undefined) {
  const wasm = compileHistories(inputs, lookup, { kernel: 'wasm' });
  expect(wasm.arena).not.toBeNull();
  const js = compileHistories(inputs, lookup, { kernel: 'js' });
  expect(js.arena).toBeNull();
  const a = computeDeadlineBatch(wasm), b = computeDeadlineBatch(js);
  expect(Array.from(wasm.index)).toEqual(Array.from(js.index));
  let diff = -1;
  for (let i = 0; i < inputs.length * 6 && diff < 0; i++) if (a.out[i] !== b.out[i]) diff = i;
  const at = diff < 0 ? '' : `word ${diff % 6} of ${JSON.stringify(inputs[wasm.index[Math.floor(diff / 6)]])}: wasm ${a.out[diff]}, js ${b.out[diff]}`;
  expect(at).toBe('');
  return { wasm, a };
}

describe('WebAssembly bulk kernel = JavaScript kernel', () => {
  it('runs the committed batch-kernel.wasm (the embedded bytes are that file)', () => {
    const file = readFileSync(new URL('../engine/wasm/batch-kernel.wasm', import.meta.url));
    expect(Buffer.from(KERNEL_WASM_BASE64, 'base64').equals(file)).toBe(true);
  });

  it('on 6,000 random histories over every jurisdiction and several federal agencies', () => {
    const gen = generator(7);
    const ids = listJurisdictions().map((j) => j.id);
    const inputs = Array.from({ length: 6000 }, (_, i) => gen(i % 2 ? 'us-federal' : ids[i % ids.length], 2019, 2031));
    const { wasm, a } = expectKernelsAgree(inputs);
    // and a few against the explained engine directly
    for (let i = 0; i < 6000; i += 500) {
      const set = computeDeadlines(inputs[i]);
      const response = set.deadlines.find((d) => d.kind === 'response')!;
      const due = a.out[wasm.position[i] * 6];
      expect(due < 0 ? null : formatIso(due), JSON.stringify(inputs[i])).toBe(response.due);
    }
  }, 60_000);

  it('on rule files with unknowns, calendar days and no appeal', () => {
    const rules = SYNTHETIC_RULES;
    const lookup = (id: string) => rules.find((r) => r.id === id) ?? getJurisdictionRules(id);
    const gen = generator(11);
    const ids = [...rules.map((r) => r.id), 'us-federal'];
    expectKernelsAgree(Array.from({ length: 4000 }, (_, i) => gen(ids[i % ids.length], 2000, 2040)), lookup);
  }, 60_000);

  it('follows the calendar index when it grows after compiling (tables re-copied, memory moved)', () => {
    const gen = generator(3);
    const inputs = Array.from({ length: 500 }, () => gen('us-federal', 2024, 2025));
    const batch = compileHistories(inputs, undefined, { kernel: 'wasm' });
    const first = batch.arena;
    computeDeadlineBatch(batch);
    // Another computation far in the future widens the federal index (new arrays, new tables).
    computeDeadlines({ jurisdiction: 'us-federal', received: '2095-06-02', events: [] });
    // Whether the wider tables still fit the room reserved at compile time depends on how many
    // distinct tables the plans share; take the room away so the move is always exercised.
    first!.tableRoom = 0;
    const res = computeDeadlineBatch(batch);
    expect(batch.arena).not.toBe(first);
    expect(batch.hist.buffer).toBe(batch.arena!.mem.buffer);
    const js = computeDeadlineBatchJs(batch);
    expect(Array.from(res.out)).toEqual(Array.from(js.out));
  });

  it('writes the batch result buffer in place, or copies into an array the caller passes', () => {
    const gen = generator(5);
    const batch = compileHistories(Array.from({ length: 300 }, () => gen('us-federal', 2024, 2025)), undefined, { kernel: 'wasm' });
    const first = computeDeadlineBatch(batch);
    const again = computeDeadlineBatch(batch, first);
    expect(again.out).toBe(first.out);
    const own = { n: batch.n, out: new Int32Array(batch.n * 6) };
    const copied = computeDeadlineBatch(batch, own);
    expect(copied.out).toBe(own.out);
    expect(Array.from(own.out)).toEqual(Array.from(first.out));
  });
});
