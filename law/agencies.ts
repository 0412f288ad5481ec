// Federal agencies and their components, and the FOIA rules each one gets. A component inherits
// its parent department's rules unless it has its own (CONTRACTS.md "law deadlines").
import { LawInputError } from './contract';
import { AGENCY_DIRECTORY, AGENCY_DIRECTORY_DATE, AGENCY_DIRECTORY_SOURCE } from './engine/agency-directory';
import { FEDERAL_DEFAULT_APPEAL_WINDOW, usFederalRules } from './jurisdictions/us-federal';
import type { PeriodRule } from './jurisdictions/types';

export interface FederalAgency {
  /** Lowercase abbreviation, e.g. 'cbp'. */
  id: string;
  name: string;
  /** Parent department id, or null for a top-level agency. */
  parent: string | null;
  /** Where this entry comes from. */
  source: string;
  /** Date of that source. */
  sourceDate: string;
  note?: string;
}

export interface FederalAgencyRules {
  agency: FederalAgency;
  /** The agency whose rule file entry applies (itself, or the parent it inherits from); null when
   *  no agency-specific rule is known and the statutory default applies. */
  rulesFrom: string | null;
  appealFilingWindow: PeriodRule;
  appealFilingCountedFrom: string;
}

// DHS components named in 6 C.F.R. § 5.8 practice and in issue 2 whose directory entries carry no
// abbreviation. The abbreviations are the components' own official short names; the parent is
// the directory file they sit in (DHS.yaml).
const SUPPLEMENTED_COMPONENTS: readonly FederalAgency[] = [
  ['fema', 'Federal Emergency Management Agency'],
  ['usss', 'United States Secret Service'],
  ['tsa', 'Transportation Security Administration'],
  ['obim', 'Office of Biometric Identity Management'],
].map(([id, name]) => ({
  id,
  name,
  parent: 'dhs',
  source: `${AGENCY_DIRECTORY_SOURCE}, DHS.yaml (entry without abbreviation; abbreviation added by Acceso)`,
  sourceDate: AGENCY_DIRECTORY_DATE,
  note: 'listed under DHS in the directory without an abbreviation',
}));

const agencies = new Map<string, FederalAgency>();
for (const [id, name, parent] of AGENCY_DIRECTORY) {
  agencies.set(id, { id, name, parent, source: AGENCY_DIRECTORY_SOURCE, sourceDate: AGENCY_DIRECTORY_DATE });
}
for (const a of SUPPLEMENTED_COMPONENTS) if (!agencies.has(a.id)) agencies.set(a.id, a);

const overrides = new Map((usFederalRules.agencyOverrides ?? []).map((o) => [o.agency, o]));
const rulesCache = new Map<string, FederalAgencyRules>();

/** Every federal agency and component the engine knows, sorted by id. */
export function listFederalAgencies(): FederalAgency[] {
  return [...agencies.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** One agency, or undefined. Ids are case-insensitive. */
export function getFederalAgency(id: string): FederalAgency | undefined {
  return agencies.get(id.toLowerCase());
}

/**
 * The rules for one federal agency: its own override, else its parent's (a component inherits),
 * else the statutory default (90 calendar days, basis 'default'). Unknown id -> LawInputError.
 */
export function federalAgencyRules(agencyId: string): FederalAgencyRules {
  const key = agencyId.toLowerCase();
  const cached = rulesCache.get(key);
  if (cached) return cached;
  const agency = agencies.get(key);
  if (!agency) {
    throw new LawInputError(
      'unknown-agency',
      `unknown federal agency '${agencyId}': use a lowercase abbreviation from the agency directory (e.g. dhs, cbp, doj, doi); run 'acceso law agencies' for the list`,
    );
  }
  let from: string | null = null;
  for (let cur: FederalAgency | undefined = agency; cur; cur = cur.parent ? agencies.get(cur.parent) : undefined) {
    if (overrides.has(cur.id)) {
      from = cur.id;
      break;
    }
  }
  const o = from ? overrides.get(from) : undefined;
  const rules: FederalAgencyRules = {
    agency,
    rulesFrom: from,
    appealFilingWindow: o?.appealFilingWindow ?? FEDERAL_DEFAULT_APPEAL_WINDOW,
    appealFilingCountedFrom: o?.appealFilingCountedFrom ?? usFederalRules.appeal.filingCountedFrom,
  };
  rulesCache.set(key, rules);
  return rules;
}
