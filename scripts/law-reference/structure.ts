// The hand-structured part of each reference row: what the CSV cell says, as the schema's fields.
// Every number here must appear in the row's own text (generate-jurisdictions.ts refuses otherwise);
// a day kind the row does not state stays null (unknown), never inferred.
import type { DayKind, Tri } from '../../law/jurisdictions/types';

export interface PeriodSpec {
  days: number | null;
  dayKind: DayKind | null;
  note?: string;
  noFixed?: string;
  citation?: string;
  /** false: this rule rests on a weaker source than its row (e.g. 'per MuckRock'). */
  verified?: false;
}

export interface ExtensionSpec {
  available: Tri;
  days?: number | null;
  dayKind?: DayKind | null;
  notice: 'before-deadline' | 'none-required' | 'unknown';
  words: string;
  repeatable?: Tri;
  note?: string;
  citation?: string;
  verified?: false;
}

export interface RowSpec {
  lawName: string;
  /** What starts the clock, in words. */
  clock: string;
  response?: { note?: string; noFixed?: string; citation?: string; verified?: false };
  ext: ExtensionSpec;
  toll?: { clarification?: 'once' | 'unlimited' | 'none' | 'unknown'; fee?: 'once' | 'unlimited' | 'none' | 'unknown'; other?: string; note?: string };
  appeal: {
    route: string;
    exists: Tri;
    required: Tri;
    window: PeriodSpec;
    from: string;
    decision: PeriodSpec;
    citation?: string;
    note?: string;
  };
  court: { route: string; suit: Tri; note?: string; citation?: string };
}

/** A `?` in the reference: unknown, with the reason. */
export const unknown = (note = "not known ('?' in the reference row)"): PeriodSpec => ({ days: null, dayKind: null, note });
/** The row says nothing about this period. */
export const notStated = (): PeriodSpec => ({ days: null, dayKind: null, note: 'not stated in the reference row (not read); check the source' });
export const NA: PeriodSpec = { days: null, dayKind: null, noFixed: 'n/a: there is no administrative appeal' };

export const noAppeal = (route = 'none (no administrative appeal)'): RowSpec['appeal'] => ({
  route, exists: false, required: false, window: NA, from: 'n/a', decision: NA,
});
export const appealNotFound = (route = 'none found (not confirmed)'): RowSpec['appeal'] => ({
  route, exists: 'unknown', required: 'unknown', window: unknown(), from: 'not known', decision: unknown(),
});
/** 'n/a' in the extension column: there is no deadline to extend. */
export const extNA: ExtensionSpec = { available: false, days: null, dayKind: null, notice: 'unknown', words: 'n/a: the law sets no deadline to extend', repeatable: false };
/** 'none stated': the text read mentions no extension. */
export const extNoneStated: ExtensionSpec = { available: 'unknown', days: null, dayKind: null, notice: 'unknown', words: 'none stated in the text read', repeatable: 'unknown' };
export const extUnknown = (words = "not known ('?' in the reference row)"): ExtensionSpec => ({ available: 'unknown', days: null, dayKind: null, notice: 'unknown', words, repeatable: 'unknown' });
/** More time is allowed, but the row gives no number of days. */
export const extOpen = (words: string, notice: ExtensionSpec['notice'] = 'unknown'): ExtensionSpec => ({
  available: true, days: null, dayKind: null, notice, words, repeatable: 'unknown',
  note: 'the law allows more time but sets no fixed number of days: a notice claiming it does not move the computed deadline',
});
