// US federal calendar against shared/reference/law/us-federal.md section 3 (OPM tables 2022-2026,
// 5 U.S.C. § 6103, EO 11582). Expected dates are the table's, typed in by hand.
import { describe, expect, it } from 'vitest';
import { LawInputError } from '../contract';
import { FEDERAL_EXECUTIVE_CLOSURES, getCalendar } from './index';

const federal = getCalendar('us-federal')!;
const holidays = (year: number) => federal.closures(year).filter((c) => c.kind === 'holiday').map((c) => c.date);

// us-federal.md 3.2, one row per year (bold = moved from a weekend).
const OBSERVED: Record<number, string[]> = {
  2022: ['2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26'],
  2023: ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25'],
  2024: ['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
};

describe('us-federal calendar (5 U.S.C. § 6103, EO 11582)', () => {
  for (const [year, dates] of Object.entries(OBSERVED)) {
    it(`lists exactly the observed legal public holidays of ${year} (us-federal.md 3.2)`, () => {
      expect(holidays(Number(year))).toEqual(dates);
    });
  }

  it('puts New Year’s Day 2022 (a Saturday) on Friday 2021-12-31, in 2021', () => {
    const d2021 = federal.closures(2021);
    expect(d2021.at(-1)).toMatchObject({ date: '2021-12-31', kind: 'holiday' });
    expect(d2021.at(-1)!.name).toMatch(/New Year/);
    expect(federal.closures(2022).some((c) => /New Year/.test(c.name))).toBe(false);
  });

  it('2027 look-ahead: Juneteenth 06-18, Independence Day 07-05, Christmas 12-24, New Year 2028 on 12-31', () => {
    const d = holidays(2027);
    expect(d).toEqual(expect.arrayContaining(['2027-06-18', '2027-07-05', '2027-12-24', '2027-12-31']));
    expect(d.filter((x) => x.startsWith('2027-12'))).toEqual(['2027-12-24', '2027-12-31']);
  });

  it('starts Juneteenth in 2021 (Friday 2021-06-18) and not before', () => {
    expect(holidays(2021)).toContain('2021-06-18');
    expect(holidays(2020).some((d) => d.startsWith('2020-06-1'))).toBe(false);
  });

  it('does not close on Inauguration Day (§ 6103(c) is local to the Washington area)', () => {
    expect(holidays(2017)).not.toContain('2017-01-20');
    expect(holidays(2021)).not.toContain('2021-01-20');
  });

  it('lists the executive-order closures separately, with kind and source', () => {
    const eo = (y: number) => federal.closures(y).filter((c) => c.kind === 'executive-closure').map((c) => c.date);
    expect(eo(2024)).toEqual(['2024-12-24']);
    expect(eo(2025)).toEqual(['2025-01-09', '2025-12-24', '2025-12-26']);
    expect(eo(2023)).toEqual([]);
    for (const c of FEDERAL_EXECUTIVE_CLOSURES) expect(c.source).toMatch(/^https:\/\//);
  });

  it('never lists a weekend, and lists each day once, sorted, 1971-2199', () => {
    for (let y = 1971; y <= 2199; y++) {
      const days = federal.closures(y).map((c) => c.date);
      for (const d of days) {
        expect(d.startsWith(String(y))).toBe(true);
        const w = new Date(`${d}T00:00:00Z`).getUTCDay();
        expect(w === 0 || w === 6, `${d} is a weekend`).toBe(false);
      }
      expect([...new Set(days)].sort()).toEqual(days);
    }
  });

  it('refuses years outside 1971-2199 with a year-out-of-range error', () => {
    expect(() => federal.closures(1970)).toThrow(LawInputError);
    expect(() => federal.closures(2200)).toThrow(/1971-2199/);
    expect(() => federal.closures(2025.5)).toThrow(LawInputError);
  });

  it('returns the cached, frozen list for a year', () => {
    const a = federal.closures(2025);
    expect(federal.closures(2025)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
