// State calendar corrections, states A-M: each says what date-holidays gets wrong about the days state
// offices close, why, and where that comes from (README.md has the same table). Only a state whose full
// year was compared with a government list is `verified`.
import { isoOf } from './dates';
import { dayAfterThanksgiving, electionDay, LIBRARY_SOURCE, type StateOverride, SUSAN_B_ANTHONY } from './us-state-override-helpers';
import { ALABAMA_LISTS, GA_2025, GEORGIA_LISTS, INDIANA_LISTS } from './us-state-official-years';

export const STATE_OVERRIDES_A_M: Record<string, StateOverride> = {
  // Alabama (Code § 1-3-8): the library matches the statute days; the Governor adds 'State Holiday' days by year
  // (2023: June 19 and November 24). Only 2023's official list is known.
  AL: {
    officialYears: ALABAMA_LISTS,
    source:
      `${LIBRARY_SOURCE}; 2023 taken from the state's list (https://inform.alabama.gov/calendar.aspx); in other years the Governor's ` +
      "'State Holiday' days are not known (the library has Juneteenth, not the day after Thanksgiving); not verified (no 2024-2026 list found)",
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
  // Connecticut (C.G.S. § 1-4): the library matches the DAS list.
  CT: {
    verified: true,
    source: `${LIBRARY_SOURCE}; 2024 equals the DAS holiday observance list (ct.gov, https://authoring-stage.ct.egov.com/das/services-for-state-employees/holidays)`,
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
  // Georgia: O.C.G.A. § 1-4-1 lets the Governor designate the state holidays each year; the two unnamed
  // 'State Holiday' days and the observed day of Washington's Birthday move from year to year, so no
  // library rule is right. Years with a published list use it verbatim; other years fall back to the library.
  GA: {
    officialYears: GEORGIA_LISTS,
    verified: true,
    source:
      `Governor's list of state holidays (O.C.G.A. § 1-4-1) for 2024 and 2025 (${GA_2025}); other years: ${LIBRARY_SOURCE}, ` +
      "whose 'State Holiday' and Washington's Birthday dates are wrong for 2024 and 2025 and unchecked for other years",
  },
  // Iowa Code § 1C.2: nine paid holidays of state employees (no Lincoln's or Washington's Birthday, Juneteenth or
  // Columbus Day; the Friday after Thanksgiving); Saturday -> Friday, Sunday -> Monday.
  IA: {
    weekend: 'sat-fri-sun-mon',
    drop: [{ name: /^(Lincoln's Birthday|Washington's Birthday|Juneteenth|Columbus Day|Indigenous Peoples' Day)/, reason: 'not a state-employee holiday under Iowa Code § 1C.2' }],
    add: [{ name: 'Friday after Thanksgiving', on: dayAfterThanksgiving, reason: 'Iowa Code § 1C.2(1)(h)' }],
    source:
      `${LIBRARY_SOURCE} rebuilt to Iowa Code § 1C.2 (https://lawserver.com/law/state/iowa/ia-code/iowa_code_1c-2, current as of 2024): ` +
      "Lincoln's and Washington's Birthdays, Juneteenth and Columbus Day removed, Friday after Thanksgiving added, Saturday -> Friday, " +
      'Sunday -> Monday; statute only (no dated official list found), so not verified',
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
  // Indiana (IC 1-1-9-1; State Personnel Department lists): Primary and General Election Days every year,
  // Lincoln's Birthday on the Friday after Thanksgiving and Washington's Birthday on a December day chosen by
  // the Governor. The library puts Washington's Birthday in February, when offices are open.
  IN: {
    drop: [{ name: /^Washington's Birthday/, reason: 'observed on a December day the Governor sets (SPD lists), not in February' }],
    officialYears: INDIANA_LISTS,
    source:
      `${LIBRARY_SOURCE}; Washington's Birthday removed from February; the SPD lists of 2014, 2015 and 2019 used verbatim; in other years ` +
      "the December day of Washington's Birthday is not known and not listed, and Juneteenth is the library's (unchecked); no recent official list found, so not verified",
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
  // Missouri (RSMo 9.010): the library matches the Office of Administration lists; Governors' one-off closures
  // by executive order are executive closures.
  MO: {
    add: [
      {
        name: 'State offices closed by executive order',
        on: (y) => ({ 2019: '2019-11-29', 2020: '2020-12-24' })[y] ?? null,
        kind: 'executive-closure',
        reason: 'Executive Orders 19-19 and 20-20 (as reported at https://dailyjournalonline.com/community/farmington-press/state-offices-closed-day-after-thanksgiving/article_a352fd3f-0b68-5051-b938-814f1e7bf52a.html and https://www.kmmo.com/?p=134082)',
      },
    ],
    verified: true,
    source:
      `${LIBRARY_SOURCE}; 2025 and 2026 equal the Office of Administration lists (https://oa.mo.gov/commissioner/state-holidays); ` +
      'executive-order closures of 2019-11-29 and 2020-12-24 added as executive closures (others not collected)',
  },
};
