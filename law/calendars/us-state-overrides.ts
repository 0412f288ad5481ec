// Corrections to date-holidays for the state calendars: each says what the library gets wrong for the
// days state offices are closed, why, and where that comes from (README.md has the same table).
// Only a state whose full year was compared with a government list is `verified`.
import type { IsoDate } from '../contract';
import { addDays, FRI, isoOf, MON, nthWeekday, THU } from './dates';
import type { LibraryCalendarSpec } from './library';

export const LIBRARY_SOURCE = 'date-holidays 3.37.0 (data/countries/US.yaml), public holidays of the state';

export type StateOverride = Partial<Omit<LibraryCalendarSpec, 'id' | 'country' | 'regions'>>;

/** A commemoration the library files as 'public'; state offices stay open (no statute closes them). */
const SUSAN_B_ANTHONY = { name: /^Susan B\. Anthony Day/, reason: 'commemorative day; state offices are not closed' };

/** The Friday after the fourth Thursday of November. */
const dayAfterThanksgiving = (y: number): IsoDate => addDays(nthWeekday(y, 11, THU, 4), 1);
/** The Tuesday after the first Monday of November (general election day). */
const electionDay = (y: number): IsoDate => addDays(nthWeekday(y, 11, MON, 1), 1);

const GA_2025 = 'https://georgia.gov/georgia-state-holidays-2025';
const GA_2024 = "georgia.gov 'State of Georgia Holiday Schedule' page, 2024 (as stored at https://stage.team.georgia.gov/devel/load-with-references/node/296)";

export const STATE_OVERRIDES: Record<string, StateOverride> = {
  // N.Y. General Construction Law § 24: a public holiday on a Sunday is observed on Monday; a Saturday
  // one is not moved (state attendance rules). Lincoln's Birthday and Election Day are § 24 public
  // holidays (state staff get floating days). Checked against SUNY Delhi HR's 2025 state list.
  NY: {
    weekend: 'sun-mon',
    drop: [SUSAN_B_ANTHONY],
    verified: true,
    source:
      `${LIBRARY_SOURCE}; N.Y. General Construction Law § 24 (Sunday -> Monday, Saturday not moved); ` +
      'checked against the 2025 state holiday list at https://delhi.edu/mydelhi/hr/holiday-schedule/index.php',
  },
  // Cal. Gov. Code § 19853 (CalHR): a Sunday holiday is observed on Monday; a Saturday one is not moved,
  // except Veterans Day (observed the Friday before). Juneteenth is not a state holiday for state workers.
  CA: {
    weekend: 'sun-mon',
    weekendFor: [{ name: /^Veterans Day/, rule: 'sat-fri-sun-mon' }],
    drop: [
      {
        name: /^Juneteenth/,
        reason:
          'not in the Gov. Code § 19853 holidays of state employees (CalHR list https://www.calhr.ca.gov/employees/Pages/holidays.aspx; ' +
          'the 2024 CalHR list has no June 19)',
      },
    ],
    source:
      `${LIBRARY_SOURCE}; Juneteenth removed; CalHR weekend rule (Sunday -> Monday; Saturday not moved except Veterans Day -> Friday), ` +
      'https://www.calhr.ca.gov/employees/Pages/holidays.aspx; 2013 and 2014 CalHR lists match and the 2024 CalHR list as reproduced at ' +
      'https://www.indybay.org/newsitems/2024/06/20/18867501.php matches (a copy, so not verified)',
  },
  // Tex. Gov't Code § 552.0031: a PIA 'business day' excludes the national holidays of § 662.003(a)
  // (not Columbus Day) and the state holidays of § 662.003(b); a weekend holiday is not moved to a weekday.
  TX: {
    weekend: 'none',
    drop: [{ name: /^Columbus Day/, reason: 'not a national holiday under Tex. Gov’t Code § 662.003(a)' }],
    add: [
      { name: 'Confederate Heroes Day', on: (y) => isoOf(y, 1, 19), reason: 'Tex. Gov’t Code § 662.003(b)(1)' },
      { name: 'Texas Independence Day', on: (y) => isoOf(y, 3, 2), reason: 'Tex. Gov’t Code § 662.003(b)(2)' },
      { name: 'San Jacinto Day', on: (y) => isoOf(y, 4, 21), reason: 'Tex. Gov’t Code § 662.003(b)(3)' },
      { name: 'Emancipation Day in Texas', on: (y) => isoOf(y, 6, 19), reason: 'Tex. Gov’t Code § 662.003(b)(4)' },
      { name: 'Lyndon Baines Johnson Day', on: (y) => isoOf(y, 8, 27), reason: 'Tex. Gov’t Code § 662.003(b)(5)' },
    ],
    source:
      `${LIBRARY_SOURCE}; Tex. Gov't Code §§ 552.0031, 662.003(a)-(b) (state holidays added, Columbus Day removed, ` +
      'weekend holidays not moved, https://hr.sao.texas.gov/Holidays/); skeleton-crew state holidays ' +
      'count as closures because § 552.0031 excludes them from PIA business days; not checked against a dated official list',
  },
  // DC Personnel Manual § 1222.1(b): Saturday -> Friday, Sunday -> Monday for every legal public holiday
  // (the library misses e.g. DC Emancipation Day on Saturday 2022-04-16 -> Friday 2022-04-15).
  // D.C. Code § 1-612.02: Inauguration Day (January 20 every 4th year; Monday the 21st when on a Sunday).
  DC: {
    weekend: 'sat-fri-sun-mon',
    add: [
      {
        name: 'Inauguration Day',
        on: (y) => (y % 4 === 1 ? isoOf(y, 1, 20) : null),
        weekend: 'sun-mon',
        reason: 'D.C. Code § 1-612.02(a); 5 U.S.C. § 6103(c) (Washington, D.C. area)',
      },
    ],
    verified: true,
    source:
      `${LIBRARY_SOURCE}; D.C. Code § 1-612.02 (Inauguration Day added); DPM § 1222.1(b) weekend rule; checked against the ` +
      'DCHR issuances of legal public holidays 2023, 2024 and 2025 (https://edpm.dc.gov/issuances/legal-public-holidays-2023/, ' +
      'https://edpm.dc.gov/issuances/legal-public-holidays-2024/, https://edpm.dc.gov/issuances/legal-public-holidays)',
  },
  // Fla. Stat. § 110.117(1): nine paid holidays of all state branches and agencies (no Juneteenth, no
  // Presidents' Day, no Columbus Day); Saturday -> Friday, Sunday -> Monday (§ 110.117(1)(j)).
  FL: {
    weekend: 'sat-fri-sun-mon',
    drop: [
      SUSAN_B_ANTHONY,
      { name: /^Juneteenth/, reason: 'not one of the paid holidays of Fla. Stat. § 110.117(1)' },
    ],
    source:
      `${LIBRARY_SOURCE}; Fla. Stat. § 110.117(1) (Juneteenth removed; Saturday -> Friday, Sunday -> Monday), ` +
      'https://codes.findlaw.com/fl/title-x-public-officers-employees-and-records/fl-st-sect-110-117.html; the library’s ' +
      "2026-02-16 'Commemoration of America's 250th Birthday' (dos.fl.gov press release) is kept; governors' ad hoc " +
      'closures are not modelled; not checked against a dated official list',
  },
  // Colorado: C.R.S. 24-11-101 legal holidays (Cabrini Day on the first Monday of October replaced Columbus Day
  // in 2020) as the library has them, plus the 'Governor's Holiday': administrative leave closing state
  // offices on a day the Governor picks each year (an executive closure, not a legal holiday).
  CO: {
    add: [
      {
        name: "Governor's Holiday (administrative leave; state offices closed)",
        on: (y) => ({ 2021: '2021-11-26', 2022: '2022-11-25', 2023: '2023-07-03', 2024: '2024-07-05' })[y] ?? null,
        kind: 'executive-closure',
        reason: 'Colorado DHR holiday schedules and Governor’s Holiday FAQ (https://dhr.colorado.gov/state-employees/time-off-leave)',
      },
    ],
    verified: true,
    source:
      `${LIBRARY_SOURCE}; C.R.S. 24-11-101; the Governor's Holiday of 2021-2024 added as an executive closure; calendar year 2024 equals ` +
      'the FY 2023-24 and FY 2024-25 state holiday schedules of https://dhr.colorado.gov/state-employees/time-off-leave ' +
      "(later Governor's Holidays are not known and not listed)",
  },
  // Georgia: O.C.G.A. § 1-4-1 lets the Governor designate the state holidays each year; the two unnamed
  // 'State Holiday' days and the observed day of Washington's Birthday move from year to year, so no
  // library rule is right. Years with a published list use it verbatim; other years fall back to the library.
  GA: {
    officialYears: {
      2024: {
        source: GA_2024,
        days: [
          { date: '2024-01-01', name: "New Year's Day" },
          { date: '2024-01-15', name: "Martin Luther King, Jr.'s Birthday" },
          { date: '2024-03-29', name: 'State Holiday' },
          { date: '2024-05-27', name: 'Memorial Day' },
          { date: '2024-06-19', name: 'Juneteenth' },
          { date: '2024-07-04', name: 'Independence Day' },
          { date: '2024-09-02', name: 'Labor Day' },
          { date: '2024-10-14', name: 'Columbus Day' },
          { date: '2024-11-11', name: 'Veterans Day' },
          { date: '2024-11-28', name: 'Thanksgiving Day' },
          { date: '2024-11-29', name: 'State Holiday' },
          { date: '2024-12-24', name: "Washington's Birthday (observed)" },
          { date: '2024-12-25', name: 'Christmas Day' },
        ],
      },
      2025: {
        source: GA_2025,
        days: [
          { date: '2025-01-01', name: "New Year's Day" },
          { date: '2025-01-20', name: "Martin Luther King, Jr.'s Birthday" },
          { date: '2025-04-18', name: 'State Holiday (Good Friday)' },
          { date: '2025-05-26', name: 'Memorial Day' },
          { date: '2025-06-19', name: 'Juneteenth' },
          { date: '2025-07-04', name: 'Independence Day' },
          { date: '2025-09-01', name: 'Labor Day' },
          { date: '2025-10-13', name: 'Columbus Day' },
          { date: '2025-11-11', name: 'Veterans Day' },
          { date: '2025-11-27', name: 'Thanksgiving Day' },
          { date: '2025-11-28', name: 'State Holiday' },
          { date: '2025-12-25', name: 'Christmas Day' },
          { date: '2025-12-26', name: "Washington's Birthday (observed)" },
        ],
      },
    },
    verified: true,
    source:
      `Governor's list of state holidays (O.C.G.A. § 1-4-1) for 2024 and 2025 (${GA_2025}); other years: ${LIBRARY_SOURCE}, ` +
      "whose 'State Holiday' and Washington's Birthday dates are wrong for 2024 and 2025 and unchecked for other years",
  },
  // Illinois state agencies (CMS list; 80 Ill. Adm. Code 303.190, 420.830, 500.330): Lincoln's Birthday,
  // Columbus Day, the day after Thanksgiving and General Election Day (even years) are holidays; Casimir
  // Pulaski Day and Malcolm X Day are not. A Saturday holiday is observed on Friday (CMS 2020: July 3).
  IL: {
    weekend: 'sat-fri-sun-mon',
    drop: [
      { name: /^Casimir Pulaski Day/, reason: 'not a state-agency holiday (CMS list; 80 Ill. Adm. Code 303.190)' },
      { name: /^Malcolm X Day/, reason: 'not a state-agency holiday (CMS list; 80 Ill. Adm. Code 303.190)' },
    ],
    add: [
      {
        name: 'Day after Thanksgiving',
        on: dayAfterThanksgiving,
        reason: 'CMS state holiday list (Thanksgiving: Thursday and Friday); 80 Ill. Adm. Code 420.830, 500.330',
      },
    ],
    source:
      `${LIBRARY_SOURCE}; Casimir Pulaski Day and Malcolm X Day removed, day after Thanksgiving added, Saturday -> Friday and ` +
      'Sunday -> Monday; the CMS list for 2020 (https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx) ' +
      'matches, but no list for 2024-2026 was found, so not verified',
  },
  // Maryland: statewide general election day (even years) is a state holiday; the library omits it. The
  // Governor declared Christmas Eve 2024 a state holiday.
  MD: {
    add: [
      { name: 'General Election Day', on: (y) => (y % 2 === 0 ? electionDay(y) : null), reason: 'Md. Code, General Provisions § 1-111 (each statewide general election day); Maryland Manual holiday list (https://2004mdmanual.msa.maryland.gov/msa/mdmanual/01glance/html/holidaye.html)' },
      { name: 'Christmas Eve (declared by the Governor)', on: (y) => (y === 2024 ? '2024-12-24' : null), reason: 'Governor Moore’s declaration of 2024-12-22 (https://www.wgmd.com/gov-moore-declares-christmas-eve-a-state-holiday/)' },
    ],
    addedWeekend: 'none',
    source:
      `${LIBRARY_SOURCE}; general election day (even years) and Christmas Eve 2024 added; Saturday -> Friday, Sunday -> Monday as in the ` +
      'Maryland Manual list (https://2004mdmanual.msa.maryland.gov/msa/mdmanual/01glance/html/holidaye.html); no recent official list found, so not verified',
  },
  // Massachusetts: G.L. c. 4 § 7 cl. 18. Evacuation Day and Bunker Hill Day are Suffolk County holidays on
  // which all state offices remain open; a Saturday holiday is not moved (offices open on the Friday); a
  // Sunday holiday is observed on Monday (HRD and Trial Court holiday memos).
  MA: {
    weekend: 'sun-mon',
    drop: [
      { name: /^Evacuation Day/, reason: 'Suffolk County only; state offices remain open (HRD legal holiday memo)' },
      { name: /^Bunker Hill Day/, reason: 'Suffolk County only; state offices remain open (HRD legal holiday memo)' },
    ],
    source:
      `${LIBRARY_SOURCE}; Evacuation Day and Bunker Hill Day removed; Sunday -> Monday, Saturday not moved ` +
      '(http://www.mass.gov/anf/employment-equal-access-disability/oversight-agencies/hrd/legal-holiday-calendar.html, ' +
      'http://www.mass.gov/courts/court-info/trial-court/exec-office/ocm/legal-holidays.html); the official lists found are for ' +
      '2014-2016 only, so not verified',
  },
  // Minn. Stat. § 645.44 subd. 5: for the executive branch the Friday after Thanksgiving is a holiday and
  // the October Monday holiday (Columbus Day, now Indigenous Peoples' Day) is not; only New Year's Day,
  // Independence Day, Veterans Day and Christmas (and Juneteenth, as the library has it) move off weekends.
  MN: {
    weekend: 'none',
    weekendFor: [{ name: /^(New Year's Day|Juneteenth|Independence Day|Veterans Day|Christmas Day)/, rule: 'sat-fri-sun-mon' }],
    drop: [
      { name: /^(Indigenous Peoples' Day|Columbus Day)/, reason: 'not a holiday for the executive branch (Minn. Stat. § 645.44 subd. 5)' },
    ],
    add: [{ name: 'Friday after Thanksgiving', on: dayAfterThanksgiving, reason: 'Minn. Stat. § 645.44 subd. 5 (executive branch)' }],
    source:
      `${LIBRARY_SOURCE}; Minn. Stat. § 645.44 subd. 5 (executive branch: October holiday removed, Friday after Thanksgiving added, ` +
      'weekend moves only for the fixed-date holidays) as quoted at https://prolegalmn.com/legal-resources; not checked against a dated official list',
  },
  // N.J.S.A. 36:1-1, 36:1-1.2: Lincoln's Birthday is a public holiday on which state offices stay open;
  // Juneteenth is the third Friday in June (P.L. 2020, c. 93); Saturday -> Friday, Sunday -> Monday.
  NJ: {
    weekend: 'sat-fri-sun-mon',
    drop: [
      { name: /^Lincoln's Birthday/, reason: 'state offices remain open (N.J.S.A. 36:1-1)' },
      { name: /^Juneteenth/, reason: 'New Jersey observes Juneteenth on the third Friday in June (P.L. 2020, c. 93)', when: (y) => y >= 2021 },
    ],
    add: [
      {
        name: 'Juneteenth',
        on: (y) => (y >= 2021 ? nthWeekday(y, 6, FRI, 3) : null),
        reason: 'N.J.S.A. 36:1-1 as amended by P.L. 2020, c. 93 (third Friday in June; first observed 2021)',
      },
    ],
    source:
      `${LIBRARY_SOURCE}; N.J.S.A. 36:1-1, 36:1-1.2 (Lincoln's Birthday removed, Juneteenth on the third Friday of June, ` +
      'Saturday -> Friday, Sunday -> Monday) as summarised at https://legalclarity.org/state-holidays-in-nj-official-calendar-and-office-closures; ' +
      '2025 matches the list at https://excelnotes.com/holidays-in-new-jersey-2025/amp (secondary), so not verified',
  },
  // North Carolina: the State Human Resources Commission sets 12 holidays (G.S. 126-4): Juneteenth is not one.
  NC: {
    drop: [{ name: /^Juneteenth/, reason: 'not one of the 12 holidays set under G.S. 126-4 (none on the State Board of Elections 2025 list)' }],
    source:
      `${LIBRARY_SOURCE}; Juneteenth removed (G.S. 126-4, https://oshr.nc.gov/policies/holidays-policy; State Board of Elections ` +
      'closures https://www.ncsbe.gov/event-terms/state-holidays?page=1); the third Christmas day, set each year by the Commission, ' +
      'is not modelled (the library has only two in some years, e.g. 2025), so not verified',
  },
  // Pennsylvania: Commonwealth administrative offices close on the day after Thanksgiving.
  PA: {
    add: [{ name: 'Day after Thanksgiving', on: dayAfterThanksgiving, reason: 'Commonwealth office closing (https://hyring.com/blog/holiday-lists/usa/pennsylvania, secondary)' }],
    source:
      `${LIBRARY_SOURCE}; day after Thanksgiving added from a secondary list of Commonwealth office closings ` +
      "(https://hyring.com/blog/holiday-lists/usa/pennsylvania); the library's Flag Day (June 14) is unchecked; not verified",
  },
  // Code of Virginia § 2.2-3300: Election Day (every November since the 2020 amendment) and the Friday after
  // Thanksgiving are legal holidays; the library has Election Day in even years only and no Friday.
  VA: {
    add: [
      { name: 'Election Day', on: (y) => (y >= 2020 ? electionDay(y) : null), reason: 'Code of Virginia § 2.2-3300 (Election Day, from 2020)' },
      { name: 'Day after Thanksgiving', on: dayAfterThanksgiving, reason: 'Code of Virginia § 2.2-3300 (the Friday next following Thanksgiving Day)' },
    ],
    addedWeekend: 'none',
    source:
      `${LIBRARY_SOURCE}; Election Day (every year from 2020) and day after Thanksgiving added (Code of Virginia § 2.2-3300, ` +
      'https://law.lis.virginia.gov/vacodefull/title2.2/chapter33); 2025 matches the Commonwealth calendar as reproduced by Culpeper County ' +
      '(https://web.culpepercounty.gov/node/8226; half days and the Governor’s extra leave not counted), a copy, so not verified',
  },
  // RCW 1.16.050: Native American Heritage Day (the Friday after Thanksgiving) is a legal holiday; Columbus
  // Day is only a 'legislatively recognized day'; Juneteenth from 2022 (WAC 357-31-005, effective 10/1/2021);
  // Saturday -> Friday, Sunday -> Monday (RCW 1.16.050(5)).
  WA: {
    weekend: 'sat-fri-sun-mon',
    drop: [
      { name: /^Columbus Day/, reason: "a 'legislatively recognized day', not a legal holiday (RCW 1.16.050)" },
      { name: /^Juneteenth/, reason: 'a state legal holiday only from 2022 (WAC 357-31-005, effective 2021-10-01)', when: (y) => y < 2022 },
    ],
    add: [{ name: 'Native American Heritage Day', on: dayAfterThanksgiving, reason: 'RCW 1.16.050(1)(j)' }],
    source:
      `${LIBRARY_SOURCE}; RCW 1.16.050 (http://apps.leg.wa.gov/RCW/default.aspx?cite=1.16.050) and WAC 357-31-005 ` +
      '(https://apps.leg.wa.gov/WAC/default.aspx?cite=357-31-005): Columbus Day removed, Native American Heritage Day added, Juneteenth ' +
      'from 2022, Saturday -> Friday, Sunday -> Monday; assembled from the official texts, no dated official list found, so not verified',
  },
  WI: { drop: [SUSAN_B_ANTHONY] },
  WV: { drop: [SUSAN_B_ANTHONY] },
};
