// Tolling, CONVENTIONS.md 12: days C < d <= D are not counted; one clarification, fees unlimited.
import { describe, expect, it } from 'vitest';
import { deadline, due, ev, federal } from './helpers';
import { naiveAddWorking } from './naive-count';

// Received Fri 2025-06-13; untolled due Tue 2025-07-15 (us-federal.md section 4).
const R = '2025-06-13';

describe('clarification tolling', () => {
  it('stops the clock from the day after the request to the answer: (2025-06-20, 2025-06-25] = 3 working days', () => {
    const set = federal(R, [ev('clarification-requested', '2025-06-20'), ev('clarification-answered', '2025-06-25')]);
    // Mon 23, Tue 24, Wed 25 June are tolled: due moves 3 working days past 2025-07-15.
    expect(due(set, 'response')).toBe(naiveAddWorking('2025-07-15', 3));
    expect(due(set, 'response')).toBe('2025-07-18');
    const text = deadline(set, 'response')!.explanation.join('\n');
    expect(text).toContain('Tolled: Sat 2025-06-21 to Wed 2025-06-25 (3 working days C < d <= D not counted)');
    expect(text).toContain('16 working days remain');
  });

  it('an answer on the day of the request tolls nothing', () => {
    expect(due(federal(R, [ev('clarification-requested', '2025-06-20'), ev('clarification-answered', '2025-06-20')]), 'response')).toBe('2025-07-15');
  });

  it('a request on or after the deadline does not stop the clock', () => {
    for (const c of ['2025-07-15', '2025-07-16']) {
      const set = federal(R, [ev('clarification-requested', c), ev('clarification-answered', '2025-07-30')]);
      expect(due(set, 'response')).toBe('2025-07-15');
      expect(deadline(set, 'response')!.explanation.join('\n')).toMatch(/cannot stop a clock that has already run out/);
    }
  });

  it('a second clarification request does not toll, and the explanation and warnings say so', () => {
    const set = federal(R, [
      ev('clarification-requested', '2025-06-20'),
      ev('clarification-answered', '2025-06-25'),
      ev('clarification-requested', '2025-07-01'),
      ev('clarification-answered', '2025-07-08'),
    ]);
    expect(due(set, 'response')).toBe('2025-07-18');
    expect(deadline(set, 'response')!.explanation.join('\n')).toMatch(/a second clarification request does not stop the clock: only one may toll/);
    expect(set.warnings.join('\n')).toMatch(/Second clarification request on Tue 2025-07-01 did not stop the clock/);
  });

  it('an unanswered clarification leaves no due date (the clock is stopped) and no may-sue date', () => {
    const set = federal(R, [ev('clarification-requested', '2025-06-20')]);
    expect(due(set, 'response')).toBeNull();
    expect(deadline(set, 'response')!.basis).toBe('law');
    expect(deadline(set, 'response')!.explanation.join('\n')).toMatch(/stopped since Fri 2025-06-20.*16 working days will remain/);
    expect(deadline(set, 'may-sue')).toBeUndefined();
  });
});

describe('fee tolling', () => {
  it('is not limited in number: two fee exchanges toll 3 + 2 working days', () => {
    const set = federal(R, [
      ev('fee-notice', '2025-06-20'),
      ev('fee-resolved', '2025-06-25'),
      ev('fee-notice', '2025-07-07'),
      ev('fee-resolved', '2025-07-09'),
    ]);
    expect(due(set, 'response')).toBe(naiveAddWorking('2025-07-15', 5));
    expect(due(set, 'response')).toBe('2025-07-22');
  });

  it('overlapping clarification and fee spans toll their union once', () => {
    const set = federal(R, [
      ev('clarification-requested', '2025-06-20'),
      ev('fee-notice', '2025-06-23'),
      ev('clarification-answered', '2025-06-25'),
      ev('fee-resolved', '2025-06-27'),
    ]);
    // (2025-06-20, 2025-06-27] = Mon 23 .. Fri 27 = 5 working days.
    expect(due(set, 'response')).toBe(naiveAddWorking('2025-07-15', 5));
  });

  it('a fee resolution without a notice is refused', () => {
    expect(() => federal(R, [ev('fee-resolved', '2025-06-25')])).toThrow(/no earlier open fee-notice/);
  });
});
