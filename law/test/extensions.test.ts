// Unusual circumstances, CONVENTIONS.md 13: +10 working days only on notice given before the deadline.
import { describe, expect, it } from 'vitest';
import { deadline, due, ev, federal } from './helpers';
import { naiveAddWorking } from './naive-count';

const R = '2025-06-13'; // due 2025-07-15

describe('unusual-circumstances extension', () => {
  it('notice on the deadline day still extends by 10 working days', () => {
    expect(due(federal(R, [ev('unusual-circumstances', '2025-07-15')]), 'response')).toBe(naiveAddWorking('2025-07-15', 10));
  });

  it('notice after the deadline extends nothing, and says so', () => {
    const set = federal(R, [ev('unusual-circumstances', '2025-07-16')]);
    expect(due(set, 'response')).toBe('2025-07-15');
    expect(deadline(set, 'response')!.explanation.join('\n')).toMatch(/given after the deadline of Tue 2025-07-15: it extends nothing/);
    expect(set.warnings.join('\n')).toMatch(/came after the response deadline .* extends nothing/);
  });

  it('a second notice extends nothing further (the statute allows 10 working days)', () => {
    const set = federal(R, [ev('unusual-circumstances', '2025-06-20'), ev('unusual-circumstances', '2025-07-01')]);
    expect(due(set, 'response')).toBe('2025-07-29');
    expect(deadline(set, 'response')!.explanation.join('\n')).toMatch(/further extension notice extends nothing/);
  });

  it('notice while the clock is stopped is added when it resumes', () => {
    const set = federal(R, [ev('clarification-requested', '2025-06-20'), ev('unusual-circumstances', '2025-06-23'), ev('clarification-answered', '2025-06-25')]);
    // 3 tolled working days, then 10 more.
    expect(due(set, 'response')).toBe(naiveAddWorking('2025-07-15', 13));
  });

  it('extension then tolling: the toll shifts the extended deadline', () => {
    const set = federal(R, [ev('unusual-circumstances', '2025-06-16'), ev('fee-notice', '2025-07-20'), ev('fee-resolved', '2025-07-23')]);
    // extended due 2025-07-29; fee span (Sun 07-20, Wed 07-23] = Mon 21, Tue 22, Wed 23 = 3 working days.
    expect(due(set, 'response')).toBe(naiveAddWorking('2025-07-29', 3));
  });

  it('events after the determination do not change the response deadline', () => {
    const set = federal(R, [ev('determination', '2025-07-01'), ev('unusual-circumstances', '2025-07-02')]);
    expect(due(set, 'response')).toBe('2025-07-15');
  });
});
