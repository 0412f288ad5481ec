// Jurisdiction listing for the CLI, API and web app.
import { LawInputError, type JurisdictionSummary } from '../contract';
import { getJurisdictionRules, listJurisdictionRules } from '../jurisdictions';
import type { JurisdictionRules } from '../jurisdictions/types';

export function summarize(r: JurisdictionRules): JurisdictionSummary {
  return {
    id: r.id,
    name: r.name,
    verified: r.verified,
    calendar: r.calendar,
    country: r.country,
    family: r.family,
    language: r.language,
    citation: r.citation,
    sources: r.sources.slice(),
    confidence: r.confidence,
  };
}

/** Every jurisdiction, federal first, then in registry order. */
export function listJurisdictions(): JurisdictionSummary[] {
  return listJurisdictionRules().map(summarize);
}

/** The full rule file of one jurisdiction; LawInputError 'unknown-jurisdiction' otherwise. */
export function getJurisdiction(id: string): JurisdictionRules {
  const r = getJurisdictionRules(id);
  if (!r) throw new LawInputError('unknown-jurisdiction', `unknown jurisdiction '${id}': see 'acceso law jurisdictions' for the ids`);
  return r;
}
