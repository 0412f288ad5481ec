// The working-day index against an independent day-by-day count (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingDayIndex } from '../engine/calendar-registry';
import { daysFromCivil, formatIso, tryParseIso, civilFromDays, weekday } from '../engine/day-number';
import { naiveAddCalendar, naiveAddWorking } from './naive-count';

const START = daysFromCivil(2022, 1, 1);
const END = daysFromCivil(2026, 7, 15); // leave room for 90 working days inside the hand-copied table

describe('day numbers', () => {
  it('round-trip every day 1971-2199 and agree with Date on the weekday', () => {
    for (let d = daysFromCivil(1971, 1, 1); d <= daysFromCivil(2199, 12, 31); d += 1) {
      const iso = formatIso(d);
      if (tryParseIso(iso) !== d) throw new Error(`round trip failed for ${iso}`);
      if (d % 97 === 0) {
        expect(new Date(iso + 'T00:00:00Z').getUTCDay()).toBe(weekday(d));
        expect(civilFromDays(d).join('-')).toBe(iso.split('-').map(Number).join('-'));
      }
    }
  });
});

describe('working-day index', () => {
  const idx = workingDayIndex('us-federal');
  it('adding N working days equals counting day by day (federal 2022-2026)', () => {
    fc.assert(
      fc.property(fc.integer({ min: START, max: END }), fc.integer({ min: 1, max: 90 }), (d0, n) => {
        expect(formatIso(idx.addWorking(d0, n))).toBe(naiveAddWorking(formatIso(d0), n));
      }),
      { numRuns: 500 },
    );
  });
  it('calendar days rolled forward equal the day-by-day roll', () => {
    fc.assert(
      fc.property(fc.integer({ min: START, max: END }), fc.integer({ min: 1, max: 90 }), (d0, n) => {
        expect(formatIso(idx.onOrAfter(d0 + n))).toBe(naiveAddCalendar(formatIso(d0), n));
      }),
      { numRuns: 300 },
    );
  });
  it('countWorking is the inverse of addWorking', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1975, 1, 1), max: daysFromCivil(2190, 1, 1) }), fc.integer({ min: 1, max: 400 }), (d0, n) => {
        expect(idx.countWorking(d0, idx.addWorking(d0, n))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});
