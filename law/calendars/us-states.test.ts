// State calendars. Checked against official lists where one was found (URLs below); the others
// are library-based and marked verified: false.
import { describe, expect, it } from 'vitest';
import { getCalendar } from './index';
import { US_STATE_NAMES } from './us-states';

const dates = (id: string, year: number) => getCalendar(id)!.closures(year).map((c) => c.date);

describe('US state calendars', () => {
  it('exist for all 50 states and DC, named us-<postal code>', () => {
    expect(Object.keys(US_STATE_NAMES)).toHaveLength(51);
    for (const code of Object.keys(US_STATE_NAMES)) expect(getCalendar(`us-${code.toLowerCase()}`)?.id).toBe(`us-${code.toLowerCase()}`);
  });

  it('New York 2025 equals the state list at https://delhi.edu/mydelhi/hr/holiday-schedule/index.php', () => {
    expect(dates('us-ny', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-12', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04',
      '2025-09-01', '2025-10-13', '2025-11-04', '2025-11-11', '2025-11-27', '2025-12-25',
    ]);
    expect(getCalendar('us-ny')!.verified).toBe(true);
  });

  it('New York does not move a Saturday holiday to Friday (Gen. Constr. Law § 24), but moves Sunday ones to Monday', () => {
    expect(dates('us-ny', 2026)).not.toContain('2026-07-03'); // July 4, 2026 is a Saturday
    expect(dates('us-ny', 2023)).toContain('2023-01-02'); // January 1, 2023 is a Sunday
    expect(dates('us-ny', 2023)).toContain('2023-02-13'); // Lincoln's Birthday on Sunday 2023-02-12
  });

  it('California 2014 equals CalHR’s list at http://www.calhr.ca.gov/employees/Pages/state-holidays.aspx', () => {
    expect(dates('us-ca', 2014)).toEqual([
      '2014-01-01', '2014-01-20', '2014-02-17', '2014-03-31', '2014-05-26', '2014-07-04',
      '2014-09-01', '2014-11-11', '2014-11-27', '2014-11-28', '2014-12-25',
    ]);
  });

  it('California 2013 observes Cesar Chavez Day (a Sunday) on Monday 2013-04-01, as CalHR lists', () => {
    expect(dates('us-ca', 2013)).toContain('2013-04-01');
  });

  it('keeps the Friday of a Saturday Veterans Day that the library files as "bank" (CONVENTIONS.md 9)', () => {
    expect(dates('us-wa', 2023)).toContain('2023-11-10');
    expect(dates('us-ca', 2023)).toContain('2023-11-10');
  });

  it('Texas counts the § 662.003(b) state holidays, not Columbus Day, and moves no weekend holiday', () => {
    const tx = dates('us-tx', 2024);
    expect(tx).toEqual(expect.arrayContaining(['2024-01-19', '2024-08-27', '2024-11-29', '2024-12-24', '2024-12-26']));
    expect(tx).not.toContain('2024-10-14');
    expect(dates('us-tx', 2026)).not.toContain('2026-07-03');
  });

  it('DC closes on Inauguration Day and DC Emancipation Day', () => {
    expect(dates('us-dc', 2033)).toContain('2033-01-20'); // a Thursday
    expect(dates('us-dc', 2029).filter((d) => d.startsWith('2029-01-'))).toEqual(['2029-01-01', '2029-01-15']); // Jan 20 is a Saturday
    expect(dates('us-dc', 2025)).toContain('2025-04-16');
  });

  it('drops Susan B. Anthony Day, a commemoration (state offices stay open)', () => {
    expect(dates('us-fl', 2024)).not.toContain('2024-02-15');
    expect(dates('us-wv', 2024)).not.toContain('2024-02-15');
  });
});
