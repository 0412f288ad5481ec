// Every jurisdiction rule file the engine knows. To add jurisdictions: import the file (or a
// folder index exporting an array) and append it to ALL_JURISDICTION_RULES. The registry
// (./index.ts) checks ids for duplicates at load, so a clash fails loudly.
import type { JurisdictionRules } from './types';
import { usFederalRules } from './us-federal';
// US states + DC (law/jurisdictions/us-states/*.ts) and countries
// (law/jurisdictions/international/*.ts) are imported below by the calendars engineer.
import { US_STATE_RULES } from './us-states';
import { INTERNATIONAL_RULES } from './international';

export const ALL_JURISDICTION_RULES: readonly JurisdictionRules[] = [
  usFederalRules,
  ...US_STATE_RULES,
  ...INTERNATIONAL_RULES,
];
