// A rule file (plus agency override and calendar options) flattened into plain numbers for the
// bulk kernel (batch.ts). Built once per distinct (jurisdiction, agency, options) in a batch.
import type { DeadlineOptions } from '../contract';
import { federalAgencyRules } from '../agencies';
import type { JurisdictionRules, PeriodRule, TollingLimit, Tri } from '../jurisdictions/types';
import { workingDayIndex } from './calendar-registry';
import type { WorkingDayIndex } from './working-days';

export const K_BUSINESS = 0, K_CALENDAR = 1, K_UNKNOWN = 2, K_NOFIXED = 3;
export const L_NONE = 0, L_ONCE = 1, L_UNLIMITED = 2, L_UNKNOWN = 3;
export const T_FALSE = 0, T_TRUE = 1, T_UNKNOWN = 2;

/** Per-deadline flags in DeadlineBatch.flags. */
export const F_PRESENT = 1, F_VERIFIED = 2, F_DEFAULT = 4, F_UNKNOWN = 8;

export interface Plan {
  rules: JurisdictionRules;
  agency: string | null;
  idx: WorkingDayIndex;
  calVerified: boolean;
  respKind: number; respDays: number; respRoll: boolean; respVerified: boolean;
  clarLimit: number; feeLimit: number; tollVerified: boolean;
  extAvail: number; extKind: number; extDays: number; extNotice: number; extRepeat: number; extVerified: boolean;
  expPresent: boolean; expKind: number; expDays: number; expRoll: boolean; expFlags: number;
  appealExists: number; appKind: number; appDays: number; appRoll: boolean; appFlags: number; noAppealFlags: number;
  decKind: number; decDays: number; decRoll: boolean; decFlags: number;
  court: number; lateReqAppeal: boolean; courtVerified: boolean;
  appliesFrom: number; appliesBefore: number;
  /** The index's raw arrays, refreshed by the kernel before each run (batch.ts). */
  base: number; cum: Int32Array; wd: Int32Array;
}

const kindOf = (p: PeriodRule) =>
  p.noFixedPeriod ? K_NOFIXED : p.days === null || p.dayKind === null ? K_UNKNOWN : p.dayKind === 'business' ? K_BUSINESS : K_CALENDAR;
const limitOf = (l: TollingLimit) => (l === 'none' ? L_NONE : l === 'once' ? L_ONCE : l === 'unlimited' ? L_UNLIMITED : L_UNKNOWN);
const triOf = (t: Tri) => (t === true ? T_TRUE : t === false ? T_FALSE : T_UNKNOWN);

/** Flags of a period deadline exactly as period-deadline.ts sets them. */
function periodFlags(p: PeriodRule, calVerified: boolean): number {
  const k = kindOf(p);
  if (k === K_UNKNOWN) return F_PRESENT | F_UNKNOWN;
  if (k === K_NOFIXED) return F_PRESENT;
  const isDefault = p.basis === 'default';
  return F_PRESENT | (p.verified && !isDefault && calVerified ? F_VERIFIED : 0) | (isDefault ? F_DEFAULT : 0);
}

export function buildPlan(rules: JurisdictionRules, agencyId: string | null, options: DeadlineOptions | undefined, appliesFrom: number, appliesBefore: number): Plan {
  const agency = agencyId !== null && rules.family === 'us-federal' ? federalAgencyRules(agencyId) : null;
  const idx = workingDayIndex(rules.calendar, options);
  const calVerified = idx.calendar.verified;
  const r = rules.response, x = rules.extension, a = rules.appeal;
  const window = agency ? agency.appealFilingWindow : a.filingWindow;
  let appFlags = periodFlags(window, calVerified);
  if (a.exists === 'unknown') appFlags &= ~F_VERIFIED;
  return {
    rules,
    agency: agency ? agency.agency.id : agencyId,
    idx,
    calVerified,
    respKind: kindOf(r), respDays: r.days ?? 0, respRoll: r.rollForward !== false, respVerified: r.verified && calVerified,
    clarLimit: limitOf(rules.tolling.clarification), feeLimit: limitOf(rules.tolling.fee), tollVerified: rules.tolling.verified,
    extAvail: triOf(x.available), extKind: x.days === null || x.dayKind === null ? K_UNKNOWN : x.dayKind === 'business' ? K_BUSINESS : K_CALENDAR,
    extDays: x.days ?? 0, extNotice: x.notice === 'before-deadline' ? 0 : x.notice === 'none-required' ? 1 : 2, extRepeat: triOf(x.repeatable), extVerified: x.verified,
    expPresent: rules.expedited !== undefined,
    expKind: rules.expedited ? kindOf(rules.expedited) : K_UNKNOWN, expDays: rules.expedited?.days ?? 0, expRoll: rules.expedited?.rollForward !== false,
    expFlags: rules.expedited ? periodFlags(rules.expedited, calVerified) : F_PRESENT | F_UNKNOWN,
    appealExists: triOf(a.exists), appKind: kindOf(window), appDays: window.days ?? 0, appRoll: window.rollForward !== false, appFlags,
    noAppealFlags: F_PRESENT | (a.verified ? F_VERIFIED : 0),
    decKind: kindOf(a.decisionPeriod), decDays: a.decisionPeriod.days ?? 0, decRoll: a.decisionPeriod.rollForward !== false,
    decFlags: periodFlags(a.decisionPeriod, calVerified),
    court: triOf(rules.court.suitOnMissedDeadline), lateReqAppeal: rules.court.lateDeterminationRequiresAppeal === true, courtVerified: rules.court.verified,
    appliesFrom, appliesBefore,
    base: 0, cum: new Int32Array(0), wd: new Int32Array(0),
  };
}
