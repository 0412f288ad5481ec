import { describe, expect, it } from 'vitest';
import { computeScorecard, daysBetween, median } from './compute';

describe('scorecard figures', () => {
  it('counts calendar days and takes medians (mean of the middle two for an even count)', () => {
    expect(daysBetween('2026-01-05', '2026-01-09')).toBe(4);
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(median([])).toBeNull();
    expect(median([10, 4, 86])).toBe(10);
    expect(median([15, 86])).toBe(50.5);
  });

  it('counts a request overdue when decided after its deadline or still undecided past it', () => {
    const s = computeScorecard([
      { id: 'a', filed_on: '2026-01-05', response_due: '2026-02-03', first_response_on: '2026-01-09', completed_on: '2026-01-20' },
      { id: 'b', filed_on: '2026-01-05', response_due: '2026-02-03', first_response_on: '2026-01-15', completed_on: null },
      { id: 'c', filed_on: '2026-01-05', response_due: '2026-02-03', first_response_on: '2026-04-01', completed_on: '2026-04-01' },
      { id: 'd', filed_on: '2026-05-20', response_due: '2026-06-18', first_response_on: null, completed_on: null },
      { id: 'e', filed_on: '2026-01-05', response_due: null, first_response_on: '2026-01-01', completed_on: null },
    ], '2026-06-01');
    expect(s).toEqual({
      requests: 5, median_days_to_first_response: 10, responded: 3, median_days_to_completion: 50.5, completed: 2,
      share_overdue: 0.5, overdue: 2, with_deadline: 4,
    });
  });
});
