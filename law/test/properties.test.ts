// Property tests (fast-check) over random federal histories: the engine's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadlinesMany, type DeadlineSet, type LegalEvent } from '../index';
import { workingDayIndex } from '../engine/calendar-registry';
import { daysFromCivil, formatIso, tryParseIso } from '../engine/day-number';
import { federal } from './helpers';

const idx = workingDayIndex('us-federal');
const receipt = fc.integer({ min: daysFromCivil(1990, 1, 1), max: daysFromCivil(2150, 1, 1) });
const AGENCIES = ['dhs', 'cbp', 'doj', 'doi', 'nasa', null] as const;

type Action =
  | { t: 'clar' | 'fee'; at: number; len: number }
  | { t: 'unusual' | 'expedited'; at: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ t: fc.constantFrom('clar' as const, 'fee' as const), at: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ t: fc.constantFrom('unusual' as const, 'expedited' as const), at: fc.integer({ min: 0, max: 60 }) }),
);

/** Events of actions, sorted by date (requests before answers on the same day). */
function eventsOf(r: number, actions: Action[]): LegalEvent[] {
  const list: { day: number; seq: number; e: LegalEvent['kind'] }[] = [];
  let seq = 0;
  for (const a of actions) {
    if (a.t === 'clar' || a.t === 'fee') {
      list.push({ day: r + a.at, seq: seq++, e: a.t === 'clar' ? 'clarification-requested' : 'fee-notice' });
      list.push({ day: r + a.at + a.len, seq: seq++ + 1e6, e: a.t === 'clar' ? 'clarification-answered' : 'fee-resolved' });
    } else list.push({ day: r + a.at, seq: seq++, e: a.t === 'unusual' ? 'unusual-circumstances' : 'expedited-requested' });
  }
  list.sort((x, y) => x.day - y.day || x.seq - y.seq);
  return list.map((x) => ({ kind: x.e, date: formatIso(x.day) }));
}

const dueDay = (set: DeadlineSet, kind: string) => {
  const d = set.deadlines.find((x) => x.kind === kind);
  return d === undefined ? undefined : d.due === null ? null : tryParseIso(d.due);
};

describe('engine properties', () => {
  it('every due date is a working day', () => {
    fc.assert(
      fc.property(receipt, fc.array(action, { maxLength: 6 }), fc.constantFrom(...AGENCIES), fc.integer({ min: 0, max: 80 }), (r, actions, agency, adv) => {
        const events = eventsOf(r, actions);
        const last = events.length ? tryParseIso(events[events.length - 1].date) : r;
        events.push({ kind: 'adverse-determination', date: formatIso(last + adv) }, { kind: 'appeal-received', date: formatIso(last + adv + 30) });
        const set = federal(formatIso(r), events, { agency });
        for (const d of set.deadlines) {
          if (d.kind === 'may-sue' || d.due === null) continue; // may-sue is the calendar day after a deadline
          expect(idx.isWorking(tryParseIso(d.due)), `${d.kind} ${d.due}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('day counting is monotone in the receipt date', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 0, max: 40 }), (r, gap) => {
        const [a, b] = computeDeadlinesMany([
          { jurisdiction: 'us-federal', received: formatIso(r), events: [{ kind: 'expedited-requested', date: formatIso(r) }] },
          { jurisdiction: 'us-federal', received: formatIso(r + gap), events: [{ kind: 'expedited-requested', date: formatIso(r + gap) }] },
        ]);
        for (const k of ['response', 'expedited-decision', 'may-sue']) expect(dueDay(a, k)!).toBeLessThanOrEqual(dueDay(b, k)!);
      }),
      { numRuns: 300 },
    );
  });

  it('tolling never shortens the response deadline', () => {
    fc.assert(
      fc.property(receipt, fc.array(action, { maxLength: 5 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (r, actions, at, len) => {
        const noClar = actions.filter((a) => a.t !== 'clar');
        const without = federal(formatIso(r), eventsOf(r, noClar));
        const withToll = federal(formatIso(r), eventsOf(r, [...noClar, { t: 'clar', at, len }]));
        expect(dueDay(withToll, 'response')!).toBeGreaterThanOrEqual(dueDay(without, 'response')!);
      }),
      { numRuns: 300 },
    );
  });

  it('later events (other than determinations) never make any deadline earlier or remove it', () => {
    fc.assert(
      fc.property(receipt, fc.array(action, { maxLength: 5 }), fc.array(action, { minLength: 1, maxLength: 3 }), fc.option(fc.integer({ min: 0, max: 60 })), (r, first, more, adverseAt) => {
        const h = eventsOf(r, first);
        const last = h.length ? tryParseIso(h[h.length - 1].date) : r;
        if (adverseAt !== null) h.push({ kind: 'adverse-determination', date: formatIso(last + adverseAt) });
        const from = h.length ? tryParseIso(h[h.length - 1].date) : r;
        const later = eventsOf(from, more);
        const a = federal(formatIso(r), h, { agency: 'dhs' });
        const b = federal(formatIso(r), [...h, ...later], { agency: 'dhs' });
        for (const d of a.deadlines) {
          const before = dueDay(a, d.kind);
          const after = dueDay(b, d.kind);
          expect(after, d.kind).not.toBeUndefined();
          if (before !== null && after !== null) expect(after!, d.kind).toBeGreaterThanOrEqual(before!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fee tolling and extensions inserted anywhere never make the response earlier', () => {
    fc.assert(
      fc.property(receipt, fc.array(action, { maxLength: 5 }), fc.oneof(fc.record({ t: fc.constant('fee' as const), at: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 20 }) }), fc.record({ t: fc.constant('unusual' as const), at: fc.integer({ min: 0, max: 60 }) })), (r, actions, extra) => {
        const a = federal(formatIso(r), eventsOf(r, actions));
        const b = federal(formatIso(r), eventsOf(r, [...actions, extra]));
        expect(dueDay(b, 'response')!).toBeGreaterThanOrEqual(dueDay(a, 'response')!);
      }),
      { numRuns: 300 },
    );
  });

  it('the bulk form gives the same dates, flags and citations as the explained form', () => {
    fc.assert(
      fc.property(receipt, fc.array(action, { maxLength: 6 }), fc.constantFrom(...AGENCIES), (r, actions, agency) => {
        const input = { jurisdiction: 'us-federal', agency, received: formatIso(r), events: eventsOf(r, actions) };
        const [fast] = computeDeadlinesMany([input]);
        const slow = federal(input.received, input.events, { agency });
        expect(fast.deadlines.map(({ explanation: _e, ...d }) => d)).toEqual(slow.deadlines.map(({ explanation: _e, ...d }) => d));
        expect(fast.warnings).toEqual(slow.warnings);
        expect(fast.deadlines.every((d) => d.explanation.length === 0)).toBe(true);
        expect(slow.deadlines.every((d) => d.explanation.length > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
