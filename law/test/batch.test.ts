// The bulk kernel (compileHistories + computeDeadlineBatch) against computeDeadlines: identical
// due dates, presence, basis, verified flags and warning kinds on random histories.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BATCH_KINDS, batchDue, batchFlags, batchWarnings, compileHistories, listJurisdictions, computeDeadlineBatch, computeDeadlines, F_DEFAULT, F_UNKNOWN, F_VERIFIED,
  W_APPEAL_LATE, W_EXT_FURTHER, W_EXT_LATE, W_EXT_NONE, W_OGLESBY, W_OUT_OF_RANGE, W_SECOND_TOLL, type DeadlineBatch, type DeadlineInput, type HistoryBatch, type DeadlineSet,
} from '../index';
import { computeWithRules } from '../engine/compute';
import { daysFromCivil, formatIso, tryParseIso } from '../engine/day-number';
import { SYNTHETIC_RULES } from './synthetic-rules';
import { AGENCIES, KINDS, wellFormedEvents } from './event-sequence';


/** Random valid histories: answers only after an open question, appeal-decided after a received appeal. */
const history: fc.Arbitrary<DeadlineInput> = fc
  .record({
    r: fc.integer({ min: daysFromCivil(1995, 1, 1), max: daysFromCivil(2120, 1, 1) }),
    steps: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 25 }), k: fc.integer({ min: 0, max: KINDS.length - 1 }) }), { maxLength: 10 }),
    agency: fc.constantFrom(...AGENCIES),
    exec: fc.boolean(),
  })
  .map(({ r, steps, agency, exec }) => {
    const events = wellFormedEvents(r, steps);
    return { jurisdiction: 'us-federal', agency, received: formatIso(r), events, options: exec ? { skipExecutiveClosures: true } : undefined };
  });

function warningBits(warnings: string[]): number {
  let w = 0;
  for (const t of warnings) {
    if (/Oglesby/.test(t)) w |= W_OGLESBY;
    else if (/^Second /.test(t)) w |= W_SECOND_TOLL;
    else if (/came after the response deadline/.test(t)) w |= W_EXT_LATE;
    else if (/^Further extension notice/.test(t)) w |= W_EXT_FURTHER;
    else if (/the law provides no extension/.test(t)) w |= W_EXT_NONE;
    else if (/after the filing window closed/.test(t)) w |= W_APPEAL_LATE;
    else if (/ applies only to /.test(t)) w |= W_OUT_OF_RANGE;
  }
  return w;
}

function expectSame(inputs: DeadlineInput[]) {
  const batch = compileHistories(inputs);
  expectSameResult(inputs, inputs.map((x) => computeDeadlines(x)), batch, computeDeadlineBatch(batch));
}

/** Both kernels (small batches run the JavaScript one unless asked; see CompileOptions). */
const KERNELS = ['js', 'wasm'] as const;

function expectSameResult(inputs: DeadlineInput[], sets: DeadlineSet[], batch: HistoryBatch, res: DeadlineBatch) {
  inputs.forEach((_, i) => {
    const set = sets[i];
    BATCH_KINDS.forEach((kind) => {
      const d = set.deadlines.find((x) => x.kind === kind);
      expect(batchDue(batch, res, i, kind), `${kind} of ${JSON.stringify(inputs[i])}`).toBe(d === undefined ? undefined : d.due);
      if (!d) return;
      const f = batchFlags(batch, res, i, kind);
      expect({ verified: !!(f & F_VERIFIED), basis: f & F_UNKNOWN ? 'unknown' : f & F_DEFAULT ? 'default' : 'law' }, kind).toEqual({ verified: d.verified, basis: d.basis });
    });
    expect(batchWarnings(batch, res, i), JSON.stringify(set.warnings)).toBe(warningBits(set.warnings));
  });
}

describe('bulk kernel = computeDeadlines', () => {
  it('on random federal histories', () => {
    fc.assert(fc.property(fc.array(history, { minLength: 1, maxLength: 20 }), (inputs) => expectSame(inputs)), { numRuns: 300 });
  });

  it('on random federal histories, WebAssembly kernel', () => {
    fc.assert(
      fc.property(fc.array(history, { minLength: 1, maxLength: 20 }), (inputs) => {
        const batch = compileHistories(inputs, undefined, { kernel: 'wasm' });
        expectSameResult(inputs, inputs.map((x) => computeDeadlines(x)), batch, computeDeadlineBatch(batch));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('on random histories over every registered jurisdiction (states, countries)', () => {
    const ids = listJurisdictions().map((j) => j.id);
    // Receipts 2019-2031 only: each new year costs every date-holidays calendar a rebuild.
    const recent = fc.tuple(history, fc.integer({ min: daysFromCivil(2019, 1, 1), max: daysFromCivil(2031, 1, 1) }));
    const h = fc.tuple(recent, fc.constantFrom(...ids)).map(([[x, r], id]) => {
      const shift = r - tryParseIso(x.received);
      return {
        jurisdiction: id,
        agency: id === 'us-federal' ? x.agency : null,
        received: formatIso(r),
        events: x.events.map((e) => ({ kind: e.kind, date: formatIso(tryParseIso(e.date) + shift) })),
      };
    });
    fc.assert(fc.property(fc.array(h, { minLength: 1, maxLength: 10 }), (inputs) => expectSame(inputs)), { numRuns: 50 });
  }, 120_000);

  it('names the history in input errors', () => {
    expect(() => compileHistories([{ jurisdiction: 'us-federal', received: '2025-01-02', events: [] }, { jurisdiction: 'us-federal', received: '2025-02-30', events: [] }])).toThrow(
      /history 1: received date '2025-02-30'/,
    );
  });
});

// Rule files with unknowns, calendar days, no appeal... go through the same kernel.
const SYNTHETIC = SYNTHETIC_RULES;
const lookup = (id: string) => SYNTHETIC.find((r) => r.id === id);

describe('bulk kernel = computeWithRules on rule files with unknowns', () => {
  it('on random histories', () => {
    const h = fc.tuple(history, fc.constantFrom(...SYNTHETIC.map((r) => r.id))).map(([x, id]) => ({ ...x, jurisdiction: id, agency: null }));
    fc.assert(
      fc.property(fc.array(h, { minLength: 1, maxLength: 10 }), (inputs) => {
        const sets = inputs.map((x) => computeWithRules(lookup(x.jurisdiction)!, x, false));
        for (const kernel of KERNELS) {
          const batch = compileHistories(inputs, lookup, { kernel });
          expectSameResult(inputs, sets, batch, computeDeadlineBatch(batch));
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
