// Dated versions of one jurisdiction's law (Mexico: `mx-2015` for requests received before
// 2025-03-21, `mx` from then on). Agencies carry the jurisdiction id (`mx`); a rule file that is
// a version says so with `versionOf`, and its `appliesTo` window says which received dates it
// governs. Generic: any jurisdiction can gain versions by setting those two fields.
import type { IsoDate } from '../contract';
import { getJurisdictionRules, listJurisdictionRules } from './index';
import type { JurisdictionRules } from './types';

/** The jurisdiction id agencies are filed under for `id`: its `versionOf`, or `id` itself. */
export function lawOf(id: string): string {
  return getJurisdictionRules(id)?.versionOf ?? id;
}

/** Whether `id` is `agencyJurisdiction` itself or a dated version of the same law. */
export function isVersionOf(id: string, agencyJurisdiction: string): boolean {
  return lawOf(id) === lawOf(agencyJurisdiction);
}

const applies = (r: JurisdictionRules, received: IsoDate) =>
  (!r.appliesTo?.receivedFrom || received >= r.appliesTo.receivedFrom) && (!r.appliesTo?.receivedBefore || received < r.appliesTo.receivedBefore);

export interface VersionChoice {
  /** The rule file to compute with. */
  id: string;
  /** Set when that is not the requested id: the reason, in words a person can check. */
  reason: string | null;
}

/**
 * The rule file that governs a request under `id` received on `received`: `id` itself when its
 * window covers that date (or it has no versions), else the one version of the same law whose
 * window does. When none or several do, `id` stays (the engine then warns that it is out of range).
 */
export function versionFor(id: string, received: IsoDate): VersionChoice {
  const rules = getJurisdictionRules(id);
  if (!rules || applies(rules, received)) return { id, reason: null };
  const law = lawOf(id);
  const candidates = listJurisdictionRules().filter((r) => r.id !== id && (r.versionOf ?? r.id) === law && applies(r, received));
  if (candidates.length !== 1) return { id, reason: null };
  const chosen = candidates[0];
  return {
    id: chosen.id,
    reason: `Rules of ${chosen.id} (${chosen.lawName}) applied instead of ${id}: this request was received ${received}, and ${id} covers ${rules.appliesTo!.note}.`,
  };
}
