// An independent day-by-day counter for tests: Date arithmetic and the observed federal holidays
// of us-federal.md 3.2 copied by hand (2022-2026), nothing from law/calendars or law/engine.
export const FEDERAL_OBSERVED_2022_2026 = new Set([
  '2021-12-31',
  '2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26',
  '2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25',
  '2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
  '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
  '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
]);

export function addDaysIso(iso: string, n: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function isWorkingIso(iso: string, closed: Set<string> = FEDERAL_OBSERVED_2022_2026): boolean {
  const w = new Date(iso + 'T00:00:00Z').getUTCDay();
  return w !== 0 && w !== 6 && !closed.has(iso);
}

/** The n-th working day after day 0, counted one day at a time. */
export function naiveAddWorking(day0: string, n: number, closed?: Set<string>): string {
  let d = day0;
  let left = n;
  while (left > 0) {
    d = addDaysIso(d, 1);
    if (isWorkingIso(d, closed)) left--;
  }
  return d;
}

/** N calendar days after day 0, rolled forward to a working day. */
export function naiveAddCalendar(day0: string, n: number, closed?: Set<string>): string {
  let d = addDaysIso(day0, n);
  while (!isWorkingIso(d, closed)) d = addDaysIso(d, 1);
  return d;
}
