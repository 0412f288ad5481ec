// State calendar corrections, states N-W (see us-state-overrides-a-m.ts and README.md).
import { addDays, FRI, isoOf, MON, nthWeekday, SAT, weekdayOf } from './dates';
import { dayAfterThanksgiving, electionDay, LIBRARY_SOURCE, type StateOverride, SUSAN_B_ANTHONY } from './us-state-override-helpers';
import { OKLAHOMA_LISTS } from './us-state-official-years';

export const STATE_OVERRIDES_N_W: Record<string, StateOverride> = {
  // Nevada (NRS 236.015): Juneteenth became a legal holiday closing state offices only with AB 140 (2023); in 2021
  // the state did not close, and it was not a state holiday in 2022.
  NV: {
    drop: [{ name: /^Juneteenth/, reason: 'a Nevada legal holiday only from 2023 (AB 140)', when: (y) => y < 2023 }],
    source:
      `${LIBRARY_SOURCE}; Juneteenth only from 2023 (AB 140, as reported at https://kzalaw.com/?p=3401; 2021: state offices open, ` +
      'https://recordcourier.com/news/2021/jun/17/nevada-wont-take-friday-new-juneteenth-holiday); NRS 236.015 list otherwise as the library has it; not verified',
  },
  // North Carolina: the State Human Resources Commission sets 12 holidays (G.S. 126-4): Juneteenth is not one.
  NC: {
    drop: [{ name: /^Juneteenth/, reason: 'not one of the 12 holidays set under G.S. 126-4 (none on the State Board of Elections 2025 list)' }],
    source:
      `${LIBRARY_SOURCE}; Juneteenth removed (G.S. 126-4, https://oshr.nc.gov/policies/holidays-policy; State Board of Elections ` +
      'closures https://www.ncsbe.gov/event-terms/state-holidays?page=1); the third Christmas day, set each year by the Commission, ' +
      'is not modelled (the library has only two in some years, e.g. 2025), so not verified',
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
  // Oklahoma: 25 O.S. § 82.1 has no Columbus Day and no Juneteenth, and gives two days for Christmas, the second
  // (before or after) fixed each year by executive order, which is not known except for 2015.
  OK: {
    drop: [{ name: /^(Columbus Day|Juneteenth)/, reason: 'not a holiday under 25 O.S. § 82.1' }],
    officialYears: OKLAHOMA_LISTS,
    source:
      `${LIBRARY_SOURCE}; Columbus Day and Juneteenth removed (25 O.S. § 82.1, current text as reproduced in HB 1692 (2025), ` +
      'https://app.legiplex.com/ok/legislature/2025/2025-r/bills/hb1692/drafts-latest); 2015 from Executive Order 2014-19A; the second ' +
      "Christmas day of other years is set by the Governor's yearly executive order and is not modelled; not verified",
  },
  // Oregon: ORS 187.010 (no Columbus Day; Saturday -> Friday, Sunday -> Monday) plus the day after Thanksgiving,
  // a state-employee holiday under ORS 240.551 and State HR Policy 60.010.01.
  OR: {
    weekend: 'sat-fri-sun-mon',
    drop: [{ name: /^Columbus Day/, reason: 'not a legal holiday under ORS 187.010' }],
    add: [{ name: 'Day after Thanksgiving', on: dayAfterThanksgiving, reason: 'ORS 240.551; State HR Policy 60.010.01' }],
    source:
      `${LIBRARY_SOURCE}; ORS 187.010 and State HR Policy 60.010.01 as summarised at https://oregonrealtors.org/news/tip-of-the-week/holidays/ ` +
      '(Columbus Day removed, day after Thanksgiving added, Saturday -> Friday, Sunday -> Monday); no official dated list found, so not verified',
  },
  // Pennsylvania: Commonwealth administrative offices close on the day after Thanksgiving.
  PA: {
    add: [{ name: 'Day after Thanksgiving', on: dayAfterThanksgiving, reason: 'Commonwealth office closing (https://hyring.com/blog/holiday-lists/usa/pennsylvania, secondary)' }],
    source:
      `${LIBRARY_SOURCE}; day after Thanksgiving added from a secondary list of Commonwealth office closings ` +
      "(https://hyring.com/blog/holiday-lists/usa/pennsylvania); the library's Flag Day (June 14) is unchecked; not verified",
  },
  // South Carolina (S.C. Code § 53-5-10; Department of Administration): Confederate Memorial Day, the day after
  // Thanksgiving and December 24-26 close state offices; Juneteenth and Columbus Day do not. Saturday -> Friday,
  // Sunday -> Monday; a December 26 on Saturday goes to Monday (Friday is already Christmas).
  SC: {
    weekend: 'sat-fri-sun-mon',
    weekendFor: [{ name: /^Boxing Day/, rule: 'next-weekday' }],
    drop: [{ name: /^(Juneteenth|Columbus Day)/, reason: 'not a South Carolina state holiday (S.C. Code § 53-5-10; state HR list)' }],
    add: [
      { name: 'Day after Thanksgiving', on: dayAfterThanksgiving, reason: 'S.C. Code § 53-5-10' },
      { name: 'Christmas Eve', on: (y) => isoOf(y, 12, 24), reason: 'S.C. Code § 53-5-10' },
    ],
    verified: true,
    source:
      `${LIBRARY_SOURCE}; S.C. Code § 53-5-10: Juneteenth and Columbus Day removed, day after Thanksgiving and Christmas Eve added, ` +
      'Saturday -> Friday, Sunday -> Monday; 2025 equals the state HR holiday schedule (https://admin.sc.gov/services/state-human-resources/benefits-and-leave/holiday-leave); ' +
      'the Saturday December 26 -> Monday case follows a secondary 2026 list; other Christmas-block weekend cases are unchecked',
  },
  // Tennessee: T.C.A. § 15-1-101 (Saturday -> Friday, Sunday -> Monday). For 2025 the Governor substituted the Friday
  // after Thanksgiving for Columbus Day and closed offices on January 2, 2026 (state list as reproduced).
  TN: {
    drop: [{ name: /^Columbus Day/, reason: 'replaced by the Friday after Thanksgiving in 2025 (Governor)', when: (y) => y === 2025 }],
    add: [
      { name: 'Friday after Thanksgiving (in lieu of Columbus Day)', on: (y) => (y === 2025 ? '2025-11-28' : null), reason: 'Tennessee State Government 2025 Holiday Office Closures' },
      { name: "New Year's holiday", on: (y) => (y === 2026 ? '2026-01-02' : null), reason: 'Tennessee State Government 2025 Holiday Office Closures' },
    ],
    addedWeekend: 'none',
    source:
      `${LIBRARY_SOURCE}; T.C.A. § 15-1-101; 2025 matches the 'Tennessee State Government 2025 Holiday Office Closures' as reproduced at ` +
      'https://capitalfiling.com/state-holiday-schedule/ (a copy, so not verified); the Columbus Day substitution is applied to 2025 only ' +
      '(other years unchecked); election days (legal holidays under § 15-1-101) are not modelled',
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
  // Utah Code § 63G-1-301 as amended effective 2025-05-07: Juneteenth is observed on the Monday before when June 19
  // is a Tuesday-Friday, and on the Monday after when it is a weekend day.
  UT: {
    // Saturday -> Friday, Sunday -> Monday for the fixed-date days of § 63G-1-301(1)(a) (the library misses Pioneer Day on a Saturday).
    weekend: 'sat-fri-sun-mon',
    drop: [{ name: /^Juneteenth/, reason: 'observed on a Monday from 2025 (Utah Code § 63G-1-301(2)(c)-(d))', when: (y) => y >= 2025 }],
    add: [
      {
        name: 'Juneteenth National Freedom Day',
        on: (y) => {
          if (y < 2025) return null;
          const d = isoOf(y, 6, 19);
          const w = weekdayOf(d);
          return w === MON ? d : w === SAT ? addDays(d, 2) : w === 0 ? addDays(d, 1) : addDays(d, MON - w);
        },
        reason: 'Utah Code § 63G-1-301(1)(b)(viii), (2)(c)-(d), effective 2025-05-07',
      },
    ],
    addedWeekend: 'none',
    source:
      `${LIBRARY_SOURCE}; Juneteenth moved to a Monday from 2025 (Utah Code § 63G-1-301 effective 2025-05-07, as reproduced at ` +
      'https://writingpartners.net/documents/10600); earlier Juneteenth years are the library\'s; not verified',
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
  // Wis. Stat. § 230.35(4)(a): state offices close only on New Year's Day, MLK Day, Memorial Day, Independence
  // Day, Labor Day, Thanksgiving, December 24, Christmas and December 31; New Year's Day, July 4 and Christmas
  // on a Sunday close the Monday after; other weekend holidays become floating hours (no weekday closure).
  WI: {
    weekend: 'none',
    weekendFor: [{ name: /^(New Year's Day|Independence Day|Christmas Day)/, rule: 'sun-mon' }],
    drop: [
      SUSAN_B_ANTHONY,
      {
        name: /^(Washington's Birthday|Juneteenth|Primary Election Day|Columbus Day|Election Day|Veterans Day)/,
        reason: 'a legal holiday on which state offices stay open (Wis. Stat. § 230.35(4)(a) lists the closure days)',
      },
    ],
    add: [
      { name: 'Christmas Eve', on: (y) => isoOf(y, 12, 24), reason: 'Wis. Stat. § 230.35(4)(a)' },
      { name: "New Year's Eve", on: (y) => isoOf(y, 12, 31), reason: 'Wis. Stat. § 230.35(4)(a)' },
    ],
    verified: true,
    source:
      `${LIBRARY_SOURCE} rebuilt to the nine closure days of Wis. Stat. § 230.35(4)(a) (Sunday -> Monday only for New Year's Day, July 4 ` +
      'and Christmas); fiscal year 2024-25 (July 2024 - June 2025) equals the legal holiday list of the University of Wisconsin ' +
      '(https://kb.wisc.edu/chm/132114)',
  },
  WV: { drop: [SUSAN_B_ANTHONY] },
};
