// Observed legal public holidays 2022-2026, shared/reference/law/us-federal.md section 3.2, as the
// engine sees them (through law/calendars and the engine's working-day index).
import { describe, expect, it } from 'vitest';
import { calendarClosures } from '../index';
import { workingDayIndex } from '../engine/calendar-registry';
import { tryParseIso } from '../engine/day-number';

// us-federal.md 3.2, copied by hand (rows: holiday; columns 2022..2026).
const OBSERVED: Record<number, string[]> = {
  2022: ['2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26'],
  2023: ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25'],
  2024: ['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
};

describe('US federal observed holidays 2022-2026 (us-federal.md 3.2)', () => {
  for (const [year, dates] of Object.entries(OBSERVED)) {
    it(`${year}: calendarClosures lists exactly the observed dates`, () => {
      expect(calendarClosures('us-federal', Number(year)).map((c) => c.date)).toEqual(dates);
    });
  }

  it('New Year 2022 is observed on Friday 2021-12-31 and belongs to 2021', () => {
    expect(calendarClosures('us-federal', 2021).map((c) => c.date)).toContain('2021-12-31');
    expect(calendarClosures('us-federal', 2022).map((c) => c.date)).not.toContain('2022-01-01');
  });

  it('the working-day index treats every observed day as closed and the day before/after as open when a weekday', () => {
    const idx = workingDayIndex('us-federal');
    for (const dates of Object.values(OBSERVED)) {
      for (const d of dates) expect(idx.isWorking(tryParseIso(d)), d).toBe(false);
    }
    expect(idx.isWorking(tryParseIso('2023-11-09'))).toBe(true); // Thursday before observed Veterans Day
    expect(idx.isWorking(tryParseIso('2021-12-30'))).toBe(true);
  });

  it('executive-order closures are listed only on request, with their kind', () => {
    expect(calendarClosures('us-federal', 2024).map((c) => c.date)).not.toContain('2024-12-24');
    const withExec = calendarClosures('us-federal', 2025, { includeExecutiveClosures: true });
    expect(withExec.filter((c) => c.kind === 'executive-closure').map((c) => c.date)).toEqual(['2025-01-09', '2025-12-24', '2025-12-26']);
  });

  it('custom closures merge in, weekends dropped', () => {
    const c = calendarClosures('us-federal', 2025, { extraClosures: [{ date: '2025-03-03', name: 'Office move' }, { date: '2025-03-08', name: 'Saturday' }] });
    expect(c.find((x) => x.date === '2025-03-03')).toEqual({ date: '2025-03-03', name: 'Office move', kind: 'custom' });
    expect(c.find((x) => x.date === '2025-03-08')).toBeUndefined();
  });
});
