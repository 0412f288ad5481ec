// Rule files with unknowns, calendar days, no appeal and unknown extensions: shapes the real rule
// files hold only here and there, run through both bulk kernels by the batch tests.
import type { JurisdictionRules } from '../jurisdictions/types';
import { usFederalRules } from '../jurisdictions/us-federal';

const base = usFederalRules;
export const SYNTHETIC_RULES: JurisdictionRules[] = [
  { ...base, id: 't-unknown', agencyOverrides: undefined, response: { days: null, dayKind: null, citation: '', verified: false } },
  { ...base, id: 't-promptly', response: { days: null, dayKind: null, noFixedPeriod: "'promptly'", citation: '', verified: true }, court: { ...base.court, suitOnMissedDeadline: 'unknown' } },
  {
    ...base, id: 't-calendar', family: 'us-state',
    response: { days: 10, dayKind: 'calendar', citation: '', verified: true },
    extension: { ...base.extension, days: 15, dayKind: 'calendar', repeatable: true, notice: 'unknown' },
    tolling: { clarification: 'unknown', fee: 'unlimited', citation: '', verified: false },
    appeal: { ...base.appeal, exists: 'unknown', filingWindow: { days: 30, dayKind: 'calendar', rollForward: false, citation: '', verified: true } },
    court: { ...base.court, lateDeterminationRequiresAppeal: false },
  },
  {
    ...base, id: 't-noappeal', family: 'us-state', expedited: undefined,
    extension: { ...base.extension, available: false },
    tolling: { clarification: 'none', fee: 'once', citation: '', verified: true },
    appeal: { ...base.appeal, exists: false, decisionPeriod: { days: null, dayKind: null, citation: '', verified: false } },
    court: { ...base.court, suitOnMissedDeadline: false },
  },
  { ...base, id: 't-extunknown', family: 'us-state', extension: { ...base.extension, days: null, dayKind: null } },
];
