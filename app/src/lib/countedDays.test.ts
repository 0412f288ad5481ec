import { describe, expect, it } from 'vitest';
import { countedDays, namedSkips } from './countedDays';
import { monthGrid } from './dates';
import type { Deadline } from '../api/types';

const response: Deadline = {
  kind: 'response',
  due: '2025-07-15',
  citation: '5 U.S.C. § 552(a)(6)(A)(i)',
  explanation: [
    'Received 2025-06-13; counting starts the next working day.',
    '20 working days, skipping weekends and federal holidays.',
    'Skipped 2025-06-19 (Juneteenth National Independence Day), 2025-07-04 (Independence Day).',
  ],
  verified: true,
  basis: 'law',
};

describe('days counted for the calendar', () => {
  it('names the holidays the explanation says were skipped', () => {
    const m = namedSkips(response.explanation);
    expect(m.get('2025-06-19')).toBe('Juneteenth National Independence Day');
    expect(m.get('2025-07-04')).toBe('Independence Day');
  });

  it('counts 20 working days from receipt to the due date, skipping weekends and the named holidays', () => {
    const r = countedDays(response, '2025-06-13')!;
    expect(r.derived).toBe(true);
    expect(r.dayKind).toBe('business');
    const due = r.marks.find((m) => m.state === 'due')!;
    expect(due.date).toBe('2025-07-15');
    expect(due.n).toBe(20);
    expect(r.marks.find((m) => m.date === '2025-07-04')).toMatchObject({ state: 'skipped', reason: 'Independence Day' });
    expect(r.marks.find((m) => m.date === '2025-06-14')).toMatchObject({ state: 'skipped', reason: 'weekend' });
  });

  it('draws nothing for a deadline whose date is unknown', () => {
    expect(countedDays({ ...response, due: null, basis: 'unknown' }, '2025-06-13')).toBeNull();
  });

  it('uses the days the API sends when it sends them', () => {
    const r = countedDays({ ...response, days: [{ date: '2025-07-14', counted: true, n: 19 }, { date: '2025-07-15', counted: true, n: 20 }] } as Deadline, null)!;
    expect(r.derived).toBe(false);
    expect(r.marks.map((m) => m.state)).toEqual(['counted', 'due']);
  });

  it('lays out a month with Monday first', () => {
    const weeks = monthGrid(2025, 6); // July 2025 begins on a Tuesday
    expect(weeks[0]).toEqual([null, '2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04', '2025-07-05', '2025-07-06']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});

describe('reading the law engine\'s own explanation lines', () => {
  const engine: Deadline = {
    kind: 'response', due: '2023-01-04', citation: '5 U.S.C. § 552(a)(6)(A)(i)', verified: true, basis: 'law',
    explanation: [
      "Rule: response: 20 working days (5 U.S.C. § 552(a)(6)(A)(i); source: https://uscode.house.gov/). '20 days (excepting Saturdays, Sundays, and legal public holidays)'",
      'Day 0: Mon 2022-12-05, the date the request was received (CONVENTIONS.md 2).',
      "Counted 20 working days: Tue 2022-12-06 (day 1) to Wed 2023-01-04 (day 20); skipped 8 weekend days and 2 closures: Mon 2022-12-26 Christmas Day (observed); Mon 2023-01-02 New Year's Day (observed).",
      'Due: Wed 2023-01-04, by the end of that day; overdue from Thu 2023-01-05 (CONVENTIONS.md 4).',
    ],
  };

  it('names the closures and not the counted days', () => {
    const m = namedSkips(engine.explanation);
    expect([...m.entries()]).toEqual([
      ['2022-12-26', 'Christmas Day (observed)'],
      ['2023-01-02', "New Year's Day (observed)"],
    ]);
  });

  it('reconstructs exactly the engine\'s count: 20 working days, 8 weekend days and 2 closures skipped', () => {
    const r = countedDays(engine, '2022-12-05')!;
    expect(r.marks.find((x) => x.state === 'due')).toMatchObject({ date: '2023-01-04', n: 20 });
    const skipped = r.marks.filter((x) => x.state === 'skipped');
    expect(skipped.filter((x) => x.reason === 'weekend')).toHaveLength(8);
    expect(skipped.filter((x) => x.reason !== 'weekend').map((x) => x.reason)).toEqual(['Christmas Day (observed)', "New Year's Day (observed)"]);
  });
});
