// Registry of jurisdiction rule files, keyed by id. Built once at load from ./all.ts.
import type { JurisdictionRules } from './types';
import { ALL_JURISDICTION_RULES } from './all';

const byId = new Map<string, JurisdictionRules>();
for (const rules of ALL_JURISDICTION_RULES) {
  if (byId.has(rules.id)) throw new Error(`law/jurisdictions/all.ts lists jurisdiction '${rules.id}' twice`);
  byId.set(rules.id, rules);
}

/** The rule file of one jurisdiction, or undefined when there is none. */
export function getJurisdictionRules(id: string): JurisdictionRules | undefined {
  return byId.get(id);
}

/** Every rule file, in registry order (federal first). */
export function listJurisdictionRules(): readonly JurisdictionRules[] {
  return ALL_JURISDICTION_RULES;
}

export type { JurisdictionRules } from './types';
