// Public API of the law engine (pure: no I/O, no server imports). See docs/deadlines.md.
export * from './contract';
export type { JurisdictionRules, PeriodRule, DayKind, Tri } from './jurisdictions/types';
export { ENGINE_VERSION } from './engine/version';
export { computeDeadlines, computeDeadlinesMany } from './engine/compute';
export type { ComputeManyOptions } from './engine/compute';
export { listJurisdictions, getJurisdiction } from './engine/jurisdictions';
export { lawOf, isVersionOf, versionFor } from './jurisdictions/versions';
export type { VersionChoice } from './jurisdictions/versions';
export { calendarClosures } from './engine/closures';
export type { CalendarClosureOptions } from './engine/closures';
export { requestStatus } from './engine/status';
export type { RequestStatus, RequestStatusKind } from './engine/status';
export { federalAgencyRules, getFederalAgency, listFederalAgencies } from './agencies';
export type { FederalAgency, FederalAgencyRules } from './agencies';
export {
  compileHistories,
  computeDeadlineBatch,
  batchDue,
  batchFlags,
  batchWarnings,
  BATCH_KINDS,
  F_PRESENT,
  F_VERIFIED,
  F_DEFAULT,
  F_UNKNOWN,
  W_SECOND_TOLL,
  W_EXT_LATE,
  W_EXT_FURTHER,
  W_EXT_NONE,
  W_APPEAL_LATE,
  W_OGLESBY,
  W_OUT_OF_RANGE,
} from './engine/batch';
export type { CompileOptions, HistoryBatch, DeadlineBatch } from './engine/batch';
export { pickLanguage, versionForLanguage, LANGUAGES } from './language';
export type { Language } from './language';
export type { Messages } from './engine/messages';

/** Every event kind the engine understands, in its internal order. */
export { EVENT_KINDS as LEGAL_EVENT_KINDS } from './engine/events';
