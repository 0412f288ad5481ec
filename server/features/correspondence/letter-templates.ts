// The letter templates the server can write for one jurisdiction (read-only, for pickers such as
// Compose): each kind of letter, when it can be written, the languages it is worded in and the
// citations its wording may print. Wording depends on the jurisdiction's family (us-federal,
// us-state, international), so the family is the template's variant. Pure: no I/O.
import { getJurisdiction } from '../../../law/index';
import type { JurisdictionRules } from '../../../law/jurisdictions/types';
import { FEDERAL_FOIA } from '../../letters/facts';
import type { LetterKind, LetterLanguage } from '../../letters/types';

/** The languages server/letters/templates words every kind in. */
export const LETTER_LANGUAGES: readonly LetterLanguage[] = ['en', 'es'];

/** When a letter of that kind can be written for a request. */
export type LetterTemplateUse = 'new-request' | 'after-filing' | 'after-adverse-determination';

export interface LetterTemplate {
  kind: LetterKind;
  /** The wording variant: the jurisdiction family whose wording the letter uses. */
  family: JurisdictionRules['family'];
  use: LetterTemplateUse;
  languages: LetterLanguage[];
  /** Citations this jurisdiction's wording may print (the law's own, and the federal FOIA provisions it names). */
  citations: string[];
}

export interface LetterTemplates {
  jurisdiction: string;
  name: string;
  family: JurisdictionRules['family'];
  law_name: string;
  law_citation: string | null;
  /** The jurisdiction's working language: the letter language when none is chosen (en unless es). */
  default_language: LetterLanguage;
  /** The language the jurisdiction's offices work in, which may be one no template is worded in (pt, fr). */
  jurisdiction_language: JurisdictionRules['language'];
  /** Whether the fee-waiver and expedited paragraphs cite a statute here (only the federal wording does). */
  fee_waiver_citation: string | null;
  expedited_citation: string | null;
  items: LetterTemplate[];
}

const USES: Record<LetterKind, LetterTemplateUse> = {
  'initial-request': 'new-request',
  'follow-up': 'after-filing',
  appeal: 'after-adverse-determination',
  'intent-to-sue': 'after-filing',
  'thank-you': 'after-filing',
};

/** Throws LawInputError (a 400 at the HTTP layer) for an unknown jurisdiction id. */
export function letterTemplatesFor(jurisdictionId: string): LetterTemplates {
  const j = getJurisdiction(jurisdictionId);
  const federal = j.family === 'us-federal';
  const lawCitation = j.citation?.trim() ? j.citation.trim() : null;
  const items = (Object.keys(USES) as LetterKind[]).map((kind) => {
    const citations = lawCitation ? [lawCitation] : [];
    if (kind === 'initial-request' && federal) citations.push(FEDERAL_FOIA.feeWaiver, FEDERAL_FOIA.expedited);
    return { kind, family: j.family, use: USES[kind], languages: [...LETTER_LANGUAGES], citations };
  });
  return {
    jurisdiction: j.id,
    name: j.name,
    family: j.family,
    law_name: j.lawName,
    law_citation: lawCitation,
    default_language: j.language === 'es' ? 'es' : 'en',
    jurisdiction_language: j.language,
    fee_waiver_citation: federal ? FEDERAL_FOIA.feeWaiver : null,
    expedited_citation: federal ? FEDERAL_FOIA.expedited : null,
    items,
  };
}
