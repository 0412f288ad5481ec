// The facts a letter may state, taken from the jurisdiction's rule file and the engine's deadlines.
// Nothing is computed here that the data does not carry: a missing citation or due date becomes a
// warning, and the letter leaves that sentence out.
import type { Deadline, DeadlineKind } from '../../law/contract';
import type { LetterInput } from './types';

/** Federal FOIA provisions the federal template names; the rule file does not carry them. */
export const FEDERAL_FOIA = {
  source: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section552&num=0&edition=prelim',
  feeWaiver: '5 U.S.C. § 552(a)(4)(A)(iii)',
  expedited: '5 U.S.C. § 552(a)(6)(E)',
} as const;

export interface LetterFacts {
  lawName: string;
  /** The law's main citation, or null when the rule file has none. */
  lawCitation: string | null;
  responseDays: string | null;
  responseCitation: string | null;
  responseDue: string | null;
  daysOverdue: number | null;
  appealRoute: string | null;
  appealCitation: string | null;
  appealDue: string | null;
  maySueOn: string | null;
  courtRoute: string | null;
  courtCitation: string | null;
  warnings: string[];
}

function deadline(list: Deadline[], kind: DeadlineKind): Deadline | undefined {
  return list.find((d) => d.kind === kind);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

export function letterFacts(input: LetterInput): LetterFacts {
  const j = input.jurisdiction;
  const warnings: string[] = [];
  const cite = (c: string | undefined | null, what: string): string | null => {
    if (c && c.trim()) return c.trim();
    warnings.push(`The jurisdiction data has no citation for ${what}; the letter does not cite one.`);
    return null;
  };
  const response = deadline(input.deadlines, 'response');
  const appeal = deadline(input.deadlines, 'appeal-filing');
  const maySue = deadline(input.deadlines, 'may-sue');
  const rd = j.response;
  let responseDays: string | null = null;
  if (rd.days !== null && rd.dayKind) {
    responseDays = `${rd.days} ${rd.dayKind === 'business' ? 'working' : 'calendar'}`;
  } else if (rd.noFixedPeriod) {
    responseDays = null;
    warnings.push(`The law sets no number of days for a response (${rd.noFixedPeriod}); the letter does not state one.`);
  } else {
    warnings.push('The number of days the agency has to respond is not known in the jurisdiction data; the letter does not state one.');
  }
  if (response && response.due === null && input.kind !== 'initial-request' && input.kind !== 'thank-you') {
    warnings.push('The response deadline has no date (see the request\'s deadline explanation); the letter does not count days overdue.');
  }
  if (!response?.verified && response?.due) warnings.push(`The response deadline rests on a rule marked unverified (${response.citation}); check it before sending.`);
  const responseDue = response?.due ?? null;
  const daysOverdue = responseDue && input.today > responseDue ? daysBetween(responseDue, input.today) : null;
  return {
    lawName: j.lawName,
    lawCitation: cite(j.citation, `the ${j.lawName}`),
    responseDays,
    responseCitation: responseDays ? cite(rd.citation, 'the response period') : null,
    responseDue,
    daysOverdue,
    appealRoute: j.appeal.exists === false ? null : j.appeal.route || null,
    appealCitation: j.appeal.exists === false ? null : j.appeal.citation?.trim() || null,
    appealDue: appeal?.due ?? null,
    maySueOn: maySue?.due ?? null,
    courtRoute: j.court.route || null,
    courtCitation: j.court.citation?.trim() || null,
    warnings,
  };
}

/** "5 U.S.C. § 552" -> " (5 U.S.C. § 552)"; nothing when there is no citation. */
export function inParens(citation: string | null): string {
  return citation ? ` (${citation})` : '';
}

/** What a letter cites, collected as its paragraphs are worded: `use(c)` records a citation and
 *  returns it in parentheses for the text (nothing when the data has none). */
export function citationCollector(): { cites: string[]; use: (c: string | null) => string } {
  const cites: string[] = [];
  return {
    cites,
    use: (c) => {
      if (c) cites.push(c);
      return inParens(c);
    },
  };
}
