// Each state calendar against a full year of a published list of the days state offices close. Lists
// from a government page make the calendar `verified`; copies and statute-derived lists do not (README.md).
// Expected arrays are the list's weekday dates, typed from the source named in each test.
import { describe, expect, it } from 'vitest';
import { getCalendar, type CalendarClosure } from './index';

const cal = (id: string) => getCalendar(id)!;
const dates = (id: string, year: number) => cal(id).closures(year).map((c) => c.date);

describe('US state calendars against published lists', () => {
  describe('District of Columbia (verified: DCHR issuances of legal public holidays)', () => {
    it('2023 = https://edpm.dc.gov/issuances/legal-public-holidays-2023/ (Saturday -> Friday, Sunday -> Monday, DPM § 1222.1(b))', () => {
      expect(dates('us-dc', 2023)).toEqual([
        '2023-01-02', '2023-01-16', '2023-02-20', '2023-04-17', '2023-05-29', '2023-06-19',
        '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25',
      ]);
    });
    it('2024 = https://edpm.dc.gov/issuances/legal-public-holidays-2024/', () => {
      expect(dates('us-dc', 2024)).toEqual([
        '2024-01-01', '2024-01-15', '2024-02-19', '2024-04-16', '2024-05-27', '2024-06-19',
        '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
      ]);
    });
    it('2025 = https://edpm.dc.gov/issuances/legal-public-holidays (Inauguration Day and MLK Day both on January 20)', () => {
      expect(dates('us-dc', 2025)).toEqual([
        '2025-01-01', '2025-01-20', '2025-02-17', '2025-04-16', '2025-05-26', '2025-06-19',
        '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
      ]);
      expect(cal('us-dc').closures(2025)[1].name).toContain('Inauguration Day');
      expect(cal('us-dc').verified).toBe(true);
    });
    it('observes DC Emancipation Day on Saturday 2022-04-16 on Friday 2022-04-15 (the library missed it)', () => {
      expect(dates('us-dc', 2022)).toContain('2022-04-15');
    });
  });

  describe('Georgia (verified: the Governor designates the days each year)', () => {
    it('2025 = https://georgia.gov/georgia-state-holidays-2025 (Good Friday and Washington’s Birthday on December 26)', () => {
      expect(dates('us-ga', 2025)).toEqual([
        '2025-01-01', '2025-01-20', '2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01',
        '2025-10-13', '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25', '2025-12-26',
      ]);
      expect(cal('us-ga').verified).toBe(true);
    });
    it('2024 = the georgia.gov holiday schedule (Good Friday 2024-03-29; Washington’s Birthday on December 24)', () => {
      expect(dates('us-ga', 2024)).toEqual([
        '2024-01-01', '2024-01-15', '2024-03-29', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02',
        '2024-10-14', '2024-11-11', '2024-11-28', '2024-11-29', '2024-12-24', '2024-12-25',
      ]);
    });
    it('falls back to the library rules for a year without a published list', () => {
      const y2026 = cal('us-ga').closures(2026);
      expect(y2026.map((c) => c.date)).toContain('2026-11-27');
      expect(y2026.every((c) => !(c as CalendarClosure).source?.includes('georgia.gov'))).toBe(true);
    });
  });

  describe('Colorado (verified: DHR state holiday schedules)', () => {
    it('2024 = FY 2023-24 and FY 2024-25 schedules of https://dhr.colorado.gov/state-employees/time-off-leave (Governor’s Holiday July 5 as an executive closure)', () => {
      expect(dates('us-co', 2024)).toEqual([
        '2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-07-05', '2024-09-02',
        '2024-10-07', '2024-11-11', '2024-11-28', '2024-12-25',
      ]);
      expect(cal('us-co').closures(2024).find((c) => c.date === '2024-07-05')!.kind).toBe('executive-closure');
      expect(cal('us-co').verified).toBe(true);
    });
    it('2023 = the FY 2022-23 and FY 2023-24 schedules (Cabrini Day 2023-10-02, Veterans Day on Friday 2023-11-10)', () => {
      expect(dates('us-co', 2023)).toEqual([
        '2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-03', '2023-07-04', '2023-09-04',
        '2023-10-02', '2023-11-10', '2023-11-23', '2023-12-25',
      ]);
    });
  });

  it('Maryland 2004 = the Maryland Manual list (https://2004mdmanual.msa.maryland.gov/msa/mdmanual/01glance/html/holidaye.html): Election Day, Friday after Thanksgiving, Saturday -> Friday', () => {
    expect(dates('us-md', 2004)).toEqual([
      '2004-01-01', '2004-01-19', '2004-02-16', '2004-05-31', '2004-07-05', '2004-09-06', '2004-10-11', '2004-11-02',
      '2004-11-11', '2004-11-25', '2004-11-26', '2004-12-24', '2004-12-31',
    ]);
    expect(dates('us-md', 2024)).toEqual(expect.arrayContaining(['2024-11-05', '2024-12-24']));
    expect(dates('us-md', 2025)).not.toContain('2025-11-04'); // no statewide general election in odd years
  });

  it('Wisconsin FY 2024-25 = the University of Wisconsin legal holiday list (https://kb.wisc.edu/chm/132114): the nine days of Wis. Stat. § 230.35(4)(a) (verified)', () => {
    const fy = [...dates('us-wi', 2024), ...dates('us-wi', 2025)].filter((d) => d >= '2024-07-01' && d <= '2025-06-30');
    expect(fy).toEqual([
      '2024-07-04', '2024-09-02', '2024-11-28', '2024-12-24', '2024-12-25', '2024-12-31', '2025-01-01', '2025-01-20', '2025-05-26',
    ]);
    expect(dates('us-wi', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-24', '2025-12-25', '2025-12-31',
    ]);
    expect(dates('us-wi', 2022)).toContain('2022-12-26'); // Christmas on Sunday -> Monday
    expect(dates('us-wi', 2022)).not.toContain('2022-12-23'); // Christmas Eve on Saturday is not moved
    expect(cal('us-wi').verified).toBe(true);
  });

  it('Indiana 2019 = the State Personnel Department list (https://www.in.gov/spd/2555.htm, as archived): Washington’s Birthday on December 24, Lincoln’s on the Friday after Thanksgiving', () => {
    expect(dates('us-in', 2019)).toEqual([
      '2019-01-01', '2019-01-21', '2019-04-19', '2019-05-07', '2019-05-27', '2019-07-04', '2019-09-02', '2019-10-14',
      '2019-11-05', '2019-11-11', '2019-11-28', '2019-11-29', '2019-12-24', '2019-12-25',
    ]);
    // A year without a list: no February Washington's Birthday (offices open), the December day unknown.
    expect(dates('us-in', 2025)).not.toContain('2025-02-17');
    expect(dates('us-in', 2025)).toEqual(expect.arrayContaining(['2025-05-06', '2025-11-04', '2025-11-28']));
  });

  it('Tennessee 2025 = the state office closures as reproduced at https://capitalfiling.com/state-holiday-schedule/ (Columbus Day moved to the Friday after Thanksgiving)', () => {
    expect(dates('us-tn', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01',
      '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-24', '2025-12-25',
    ]);
    expect(dates('us-tn', 2026).slice(0, 2)).toEqual(['2026-01-01', '2026-01-02']);
  });

  it('Missouri 2025 and 2026 = the Office of Administration lists (https://oa.mo.gov/commissioner/state-holidays) (verified)', () => {
    expect(dates('us-mo', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-12', '2025-02-17', '2025-05-08', '2025-05-26', '2025-06-19', '2025-07-04',
      '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
    ]);
    expect(dates('us-mo', 2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-12', '2026-02-16', '2026-05-08', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
    expect(cal('us-mo').verified).toBe(true);
  });

  it('South Carolina 2025 = the state HR holiday schedule (https://admin.sc.gov/services/state-human-resources/benefits-and-leave/holiday-leave) (verified)', () => {
    expect(dates('us-sc', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-09', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-11',
      '2025-11-27', '2025-11-28', '2025-12-24', '2025-12-25', '2025-12-26',
    ]);
    // 2026 as listed at https://hyring.com/blog/holiday-lists/usa/south-carolina (secondary): Dec 26 on Saturday -> Monday Dec 28.
    expect(dates('us-sc', 2026).slice(-3)).toEqual(['2026-12-24', '2026-12-25', '2026-12-28']);
    expect(cal('us-sc').verified).toBe(true);
  });

  it('Oregon 2025 = ORS 187.010 plus the day after Thanksgiving (State HR Policy 60.010.01), no Columbus Day', () => {
    expect(dates('us-or', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-11-11',
      '2025-11-27', '2025-11-28', '2025-12-25',
    ]);
  });

  it('Connecticut 2024 = the DAS holiday observance list (ct.gov, https://authoring-stage.ct.egov.com/das/services-for-state-employees/holidays) (verified)', () => {
    expect(dates('us-ct', 2024)).toEqual([
      '2024-01-01', '2024-01-15', '2024-02-12', '2024-02-19', '2024-03-29', '2024-05-27', '2024-06-19', '2024-07-04',
      '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
    ]);
    expect(cal('us-ct').verified).toBe(true);
  });

  it('Oklahoma: no Columbus Day or Juneteenth (25 O.S. § 82.1); 2015 = Executive Order 2014-19A', () => {
    expect(dates('us-ok', 2015)).toEqual([
      '2015-01-01', '2015-01-19', '2015-02-16', '2015-05-25', '2015-07-03', '2015-09-07', '2015-11-11', '2015-11-26',
      '2015-11-27', '2015-12-24', '2015-12-25',
    ]);
    expect(dates('us-ok', 2025)).not.toContain('2025-10-13');
    expect(dates('us-ok', 2025)).not.toContain('2025-06-19');
  });

  it('Alabama 2023 = the state list at https://inform.alabama.gov/calendar.aspx (Governor’s State Holidays June 19 and November 24)', () => {
    expect(dates('us-al', 2023)).toEqual([
      '2023-01-02', '2023-01-16', '2023-02-20', '2023-04-24', '2023-05-29', '2023-06-05', '2023-06-19', '2023-07-04',
      '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-11-24', '2023-12-25',
    ]);
  });

  it('Iowa 2025 = Iowa Code § 1C.2 (nine holidays with the Friday after Thanksgiving; no Presidents’ Day, Juneteenth or Columbus Day)', () => {
    expect(dates('us-ia', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25',
    ]);
  });

  it('Utah observes Juneteenth on a Monday from 2025 (§ 63G-1-301(2)(c)-(d)) and Pioneer Day on a Saturday on the Friday before', () => {
    expect(dates('us-ut', 2025)).toContain('2025-06-16');
    expect(dates('us-ut', 2025)).not.toContain('2025-06-19');
    expect(dates('us-ut', 2027)).toContain('2027-06-21'); // June 19, 2027 is a Saturday -> Monday after
    expect(dates('us-ut', 2027)).toContain('2027-07-23'); // July 24, 2027 is a Saturday -> Friday
  });

  it('Nevada closes for Juneteenth only from 2023 (AB 140); 2021 and 2022 offices were open', () => {
    expect(dates('us-nv', 2021)).not.toContain('2021-06-18');
    expect(dates('us-nv', 2022)).not.toContain('2022-06-20');
    expect(dates('us-nv', 2023)).toContain('2023-06-19');
  });

  it('Illinois 2020 = CMS state holiday list (https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx): no Pulaski Day, day after Thanksgiving, July 4 on Friday', () => {
    expect(dates('us-il', 2020)).toEqual([
      '2020-01-01', '2020-01-20', '2020-02-12', '2020-02-17', '2020-05-25', '2020-07-03', '2020-09-07',
      '2020-10-12', '2020-11-03', '2020-11-11', '2020-11-26', '2020-11-27', '2020-12-25',
    ]);
    expect(dates('us-il', 2025)).not.toContain('2025-03-03'); // Casimir Pulaski Day: offices open
    expect(dates('us-il', 2025)).not.toContain('2025-05-19'); // Malcolm X Day: not a state-agency holiday
    expect(dates('us-il', 2023)).toContain('2023-02-13'); // Lincoln's Birthday on Sunday -> Monday
    expect(cal('us-il').verified).toBe(false);
  });

  it('Massachusetts 2015 and 2016 = the Trial Court and HRD lists (mass.gov): Suffolk County days and Saturday holidays not closures', () => {
    expect(dates('us-ma', 2015)).toEqual([
      '2015-01-01', '2015-01-19', '2015-02-16', '2015-04-20', '2015-05-25', '2015-09-07', '2015-10-12',
      '2015-11-11', '2015-11-26', '2015-12-25',
    ]);
    expect(dates('us-ma', 2016)).toEqual([
      '2016-01-01', '2016-01-18', '2016-02-15', '2016-04-18', '2016-05-30', '2016-07-04', '2016-09-05',
      '2016-10-10', '2016-11-11', '2016-11-24', '2016-12-26',
    ]);
  });

  it('California 2024 = the CalHR 2024 list as reproduced at https://www.indybay.org/newsitems/2024/06/20/18867501.php (no Juneteenth)', () => {
    expect(dates('us-ca', 2024)).toEqual([
      '2024-01-01', '2024-01-15', '2024-02-19', '2024-04-01', '2024-05-27', '2024-07-04', '2024-09-02',
      '2024-11-11', '2024-11-28', '2024-11-29', '2024-12-25',
    ]);
  });

  it('New Jersey 2025 = https://excelnotes.com/holidays-in-new-jersey-2025/amp (Juneteenth on the third Friday, no Lincoln’s Birthday)', () => {
    expect(dates('us-nj', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-20', '2025-07-04',
      '2025-09-01', '2025-10-13', '2025-11-04', '2025-11-11', '2025-11-27', '2025-12-25',
    ]);
  });

  it('Virginia 2025 = the Commonwealth calendar as reproduced by Culpeper County (https://web.culpepercounty.gov/node/8226), half days excluded', () => {
    expect(dates('us-va', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01',
      '2025-10-13', '2025-11-04', '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25',
    ]);
  });

  it('Minnesota 2025 = Minn. Stat. § 645.44 subd. 5 for the executive branch (no October holiday, Friday after Thanksgiving)', () => {
    expect(dates('us-mn', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01',
      '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25',
    ]);
  });

  it('Washington 2025 = RCW 1.16.050 (Native American Heritage Day, no Columbus Day); Juneteenth only from 2022', () => {
    expect(dates('us-wa', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01',
      '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25',
    ]);
    expect(dates('us-wa', 2021)).not.toContain('2021-06-18');
  });

  it('Florida 2025 = Fla. Stat. § 110.117(1): nine paid holidays, no Juneteenth', () => {
    expect(dates('us-fl', 2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-11', '2025-11-27',
      '2025-11-28', '2025-12-25',
    ]);
  });

  it('North Carolina 2025 contains every day the State Board of Elections lists for January-November (https://www.ncsbe.gov/event-terms/state-holidays?page=1) and no Juneteenth', () => {
    const nc = dates('us-nc', 2025);
    expect(nc.filter((d) => d < '2025-12-01')).toEqual([
      '2025-01-01', '2025-01-20', '2025-04-18', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-11',
      '2025-11-27', '2025-11-28',
    ]);
  });

  it('Pennsylvania 2026 = the Commonwealth office closings listed at https://hyring.com/blog/holiday-lists/usa/pennsylvania', () => {
    expect(dates('us-pa', 2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07',
      '2026-10-12', '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-25',
    ]);
  });
});
