// Calendars of the 50 states and DC: date-holidays (US, <state>) 'public' days, observed as the
// library says, with the corrections below. Only states checked against an official list are
// `verified` (README.md); the others are shown to users as unverified calendars.
import type { CalendarDefinition } from './definition';
import { isoOf } from './dates';
import { libraryCalendar, type LibraryCalendarSpec } from './library';

export const US_STATE_NAMES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
  SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const LIBRARY_SOURCE = 'date-holidays 3.37.0 (data/countries/US.yaml), public holidays of the state';

/** A commemoration the library files as 'public'; state offices stay open (no statute closes them). */
const SUSAN_B_ANTHONY = { name: /^Susan B\. Anthony Day/, reason: 'commemorative day; state offices are not closed' };

type Override = Partial<Omit<LibraryCalendarSpec, 'id' | 'country' | 'regions'>>;

const OVERRIDES: Record<string, Override> = {
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
  // Cal. Gov. Code §§ 6700, 19853 (CalHR): a Sunday holiday is observed on Monday; a Saturday one is
  // not moved, except Veterans Day (observed the Friday before). The 2014 CalHR list matches.
  CA: {
    weekend: 'sun-mon',
    weekendFor: [{ name: /^Veterans Day/, rule: 'sat-fri-sun-mon' }],
    source:
      `${LIBRARY_SOURCE}; CalHR weekend rule (Sunday -> Monday; Saturday not moved except Veterans Day -> Friday), ` +
      'http://www.calhr.ca.gov/employees/Pages/state-holidays.aspx (2014 list checked; Juneteenth from 2021 not confirmed)',
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
      'weekend holidays not moved, http://www.hr.sao.texas.gov/compensation/holidays.html); skeleton-crew state holidays ' +
      'count as closures because § 552.0031 excludes them from PIA business days; not checked against an official list',
  },
  // D.C. Code § 1-612.02: DC government holidays add DC Emancipation Day (library) and Inauguration
  // Day (January 20 of each inauguration year; Monday the 21st when the 20th is a Sunday).
  DC: {
    add: [
      {
        name: 'Inauguration Day',
        on: (y) => (y % 4 === 1 ? isoOf(y, 1, 20) : null),
        reason: 'D.C. Code § 1-612.02(a); 5 U.S.C. § 6103(c) (Washington, D.C. area)',
      },
    ],
    addedWeekend: 'sun-mon',
    source: `${LIBRARY_SOURCE}; D.C. Code § 1-612.02 (Inauguration Day added); not checked against an official list`,
  },
  FL: { drop: [SUSAN_B_ANTHONY] },
  WI: { drop: [SUSAN_B_ANTHONY] },
  WV: { drop: [SUSAN_B_ANTHONY] },
};

function stateCalendar(code: string): CalendarDefinition {
  const o = OVERRIDES[code] ?? {};
  return libraryCalendar({
    id: `us-${code.toLowerCase()}`,
    name: `${US_STATE_NAMES[code]} (state government holidays)`,
    source: o.source ?? `${LIBRARY_SOURCE}; not checked against an official list`,
    verified: o.verified ?? false,
    country: 'US',
    regions: [code],
    types: o.types ?? ['public'],
    weekend: o.weekend ?? 'library',
    weekendFor: o.weekendFor,
    drop: o.drop,
    add: o.add,
    addedWeekend: o.addedWeekend,
  });
}

export const US_STATE_CALENDARS: CalendarDefinition[] = Object.keys(US_STATE_NAMES).map(stateCalendar);
