// The test vectors of us-federal.md section 4 and the peer cases of issue 2.
import { describe, expect, it } from 'vitest';
import { deadline, due, ev, federal } from './helpers';

// Received | 20-WD due | 20-WD due with EO closures skipped | +10 WD without / with EO closures
const VECTORS: [string, string, string, string, string][] = [
  ['2025-06-13', '2025-07-15', '2025-07-15', '2025-07-29', '2025-07-29'],
  ['2025-12-01', '2025-12-30', '2026-01-02', '2026-01-14', '2026-01-16'],
  ['2024-12-02', '2024-12-31', '2025-01-02', '2025-01-15', '2025-01-17'],
  ['2026-06-22', '2026-07-21', '2026-07-21', '2026-08-04', '2026-08-04'],
  ['2022-12-19', '2023-01-19', '2023-01-19', '2023-02-02', '2023-02-02'],
];

describe('us-federal.md section 4 test vectors', () => {
  for (const [received, plain, exec, ext, extExec] of VECTORS) {
    it(`received ${received}: 20 WD due ${plain}, with EO closures ${exec}`, () => {
      expect(due(federal(received), 'response')).toBe(plain);
      expect(due(federal(received, [], { options: { skipExecutiveClosures: true } }), 'response')).toBe(exec);
    });
    it(`received ${received}: +10 WD gives ${ext} / ${extExec}`, () => {
      const events = [ev('unusual-circumstances', received)];
      expect(due(federal(received, events), 'response')).toBe(ext);
      expect(due(federal(received, events, { options: { skipExecutiveClosures: true } }), 'response')).toBe(extExec);
    });
  }

  it('explains skipped executive closures when they are skipped, and names them as counted when not', () => {
    const skipped = deadline(federal('2025-12-01', [], { options: { skipExecutiveClosures: true } }), 'response')!;
    expect(skipped.explanation.join('\n')).toMatch(/Wed 2025-12-24 Christmas Eve.*skipped by choice/);
    const counted = deadline(federal('2025-12-01'), 'response')!;
    expect(counted.explanation.join('\n')).toMatch(/Counted as working days: Wed 2025-12-24 Christmas Eve/);
  });
});

describe('peer cases (issue 2, CONVENTIONS.md 2)', () => {
  it('20 working days from Saturday 2009-03-14 and Friday 2009-03-13 fall on the same day', () => {
    const sat = due(federal('2009-03-14'), 'response');
    expect(sat).toBe(due(federal('2009-03-13'), 'response'));
    expect(sat).toBe('2009-04-10');
  });
  it('20 working days from 2013-12-23 is 2014-01-23', () => {
    expect(due(federal('2013-12-23'), 'response')).toBe('2014-01-23');
  });
  it('explains a non-working day 0', () => {
    const lines = deadline(federal('2009-03-14'), 'response')!.explanation.join('\n');
    expect(lines).toContain('Day 0: Sat 2009-03-14');
    expect(lines).toContain('Mon 2009-03-16, is day 1');
  });
  it('names each skipped holiday in the explanation', () => {
    const lines = deadline(federal('2013-12-23'), 'response')!.explanation.join('\n');
    expect(lines).toContain('Wed 2013-12-25 Christmas Day');
    expect(lines).toContain("Wed 2014-01-01 New Year's Day");
    expect(lines).toContain('Due: Thu 2014-01-23');
  });
});
