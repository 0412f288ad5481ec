// Calendars of the 50 states and DC: date-holidays (US, <state>) 'public' days, observed as the
// library says, with the corrections of us-state-overrides.ts. Only states checked against an official list are
// `verified` (README.md); the others are shown to users as unverified calendars.
import type { CalendarDefinition } from './definition';
import { libraryCalendar } from './library';
import { LIBRARY_SOURCE, STATE_OVERRIDES } from './us-state-overrides';

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

function stateCalendar(code: string): CalendarDefinition {
  const o = STATE_OVERRIDES[code] ?? {};
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
    officialYears: o.officialYears,
  });
}

export const US_STATE_CALENDARS: CalendarDefinition[] = Object.keys(US_STATE_NAMES).map(stateCalendar);
