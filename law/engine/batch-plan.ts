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
  /** Due-day tables over the index's days (refreshPlanTables): tab[d - base] is the due day of
   *  the period counted from day 0 = d (-1 when the period has no date). Response: the response
   *  period when no clock event moves it; appeal: -1 everywhere when the law has no appeal. */
  respTab: Int32Array; expTab: Int32Array; appTab: Int32Array; decTab: Int32Array;
  /** tab[d0 - base]: the response due day after one extension from due day d0 (-1 unless
   *  extSimple). */
  extTab: Int32Array;
  /** The extension exists and has a known length. */
  extSimple: boolean;
  /** Flags of the response deadline when no clock event moves it; of the appeal-filing deadline
   *  whenever there is an adverse determination. */
  respFlags0: number; appFlagsEff: number;
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
    respTab: EMPTY, expTab: EMPTY, appTab: EMPTY, decTab: EMPTY, extTab: EMPTY,
    extSimple: x.available === true && x.days !== null && x.dayKind !== null,
    respFlags0: respFlags0(kindOf(r), r.verified && calVerified),
    appFlagsEff: triOf(a.exists) === T_FALSE ? F_PRESENT | (a.verified ? F_VERIFIED : 0) : appFlags,
  };
}

const EMPTY = new Int32Array(0);

/** The response flags of computeDeadlineBatch when no clock event applies (batch.ts). */
function respFlags0(kind: number, verified: boolean): number {
  const known = kind === K_BUSINESS || kind === K_CALENDAR;
  return F_PRESENT | (verified && known ? F_VERIFIED : 0) | (!known ? (kind === K_NOFIXED ? 0 : F_UNKNOWN) : 0);
}

// Due-day tables, one per (index arrays, kind, days, roll): the arrays of an index are replaced
// when it grows, so a WeakMap on them drops stale tables with them.
const tableCache = new WeakMap<Int32Array, Map<number, Int32Array>>();

/** tab[d - base] = due day of a `days`-day period of `kind` from day 0 = d (-1: no date). Days
 *  whose period would end beyond the index get -1 too; compileHistories covers every day a
 *  batch asks about with room for the longest period. */
export function periodTable(base: number, cum: Int32Array, wd: Int32Array, kind: number, days: number, roll: boolean): Int32Array {
  let perArrays = tableCache.get(cum);
  if (!perArrays) tableCache.set(cum, (perArrays = new Map()));
  const key = kind * 4_000_000 + days * 2 + (roll ? 1 : 0);
  let tab = perArrays.get(key);
  if (tab) return tab;
  const n = cum.length;
  tab = new Int32Array(n).fill(-1);
  if (kind === K_BUSINESS) {
    for (let i = 0; i < n; i++) {
      const k = cum[i] + days - 1;
      if (k >= 0 && k < wd.length) tab[i] = wd[k];
    }
  } else if (kind === K_CALENDAR) {
    for (let i = 0; i < n; i++) {
      const raw = i + days; // index of the raw end day
      if (!roll) tab[i] = base + raw;
      else if (raw >= 1 && raw - 1 < n && cum[raw - 1] < wd.length) tab[i] = wd[cum[raw - 1]];
    }
  }
  perArrays.set(key, tab);
  return tab;
}

/** Refresh a plan's index arrays and due-day tables (the index may have grown since). */
export function refreshPlanTables(p: Plan): void {
  const a = p.idx.arrays();
  if (p.cum === a.cum && p.respTab.length === a.cum.length) return;
  p.base = a.base; p.cum = a.cum; p.wd = a.wd;
  p.respTab = periodTable(a.base, a.cum, a.wd, p.respKind, p.respDays, p.respRoll);
  p.expTab = periodTable(a.base, a.cum, a.wd, p.expPresent ? p.expKind : K_UNKNOWN, p.expDays, p.expRoll);
  p.appTab = periodTable(a.base, a.cum, a.wd, p.appealExists === T_FALSE ? K_UNKNOWN : p.appKind, p.appDays, p.appRoll);
  p.decTab = periodTable(a.base, a.cum, a.wd, p.decKind, p.decDays, p.decRoll);
  // An extension counts from the response due day and rolls as the response period does.
  p.extTab = periodTable(a.base, a.cum, a.wd, p.extSimple ? p.extKind : K_UNKNOWN, p.extDays, p.respRoll);
}
