// English letter wording, per kind and jurisdiction family. Sentences that need a fact the data
// does not carry are left out (facts.ts records why).
import { citationCollector, FEDERAL_FOIA, type LetterFacts } from '../facts';
import type { LetterInput } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function dateEn(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

export interface Wording {
  subject: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  citations: string[];
  warnings: string[];
}

function ref(input: LetterInput): string {
  const r = input.request;
  return r.trackingNumber ? `request ${r.trackingNumber}` : r.filedOn ? `my request of ${dateEn(r.filedOn)}` : 'my request';
}

function feeAndExpedited(input: LetterInput, cites: string[], warnings: string[]): string[] {
  const out: string[] = [];
  const federal = input.jurisdiction.family === 'us-federal';
  const r = input.request;
  if (r.feeWaiver) {
    if (federal) {
      cites.push(FEDERAL_FOIA.feeWaiver);
      out.push(
        `I request a waiver of all fees under ${FEDERAL_FOIA.feeWaiver}: disclosure of these records is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government and is not primarily in my commercial interest.` +
          (r.feeWaiverReason ? ` ${r.feeWaiverReason}` : ''),
      );
    } else {
      out.push(`I ask that any fees be waived or reduced, as disclosure serves the public interest.${r.feeWaiverReason ? ` ${r.feeWaiverReason}` : ''}`);
      warnings.push('The jurisdiction data carries no fee-waiver provision; the fee-waiver paragraph cites no statute.');
    }
    out.push('If fees are not waived, please tell me the estimated amount before incurring any charges.');
  }
  if (r.expedited) {
    if (federal) {
      cites.push(FEDERAL_FOIA.expedited);
      out.push(
        `I request expedited processing under ${FEDERAL_FOIA.expedited}.${r.expeditedReason ? ` ${r.expeditedReason}` : ''} I certify that this statement is true and correct to the best of my knowledge and belief.`,
      );
    } else {
      out.push(`I ask that this request be processed as promptly as possible.${r.expeditedReason ? ` ${r.expeditedReason}` : ''}`);
      warnings.push('The jurisdiction data carries no expedited-processing provision; that paragraph cites no statute.');
    }
  }
  return out;
}

export function wordingEn(input: LetterInput, f: LetterFacts): Wording {
  const { cites, use } = citationCollector();
  const warnings: string[] = [];
  const r = input.request;
  const law = `the ${f.lawName}${use(f.lawCitation)}`;
  const answerTo = r.replyAddress ? ` Please send your reply to ${r.replyAddress}.` : '';
  const responsePeriod = f.responseDays ? ` I look forward to your response within ${f.responseDays} days, as the law provides${use(f.responseCitation)}.` : '';
  const salutation = input.jurisdiction.family === 'us-federal' ? 'Dear FOIA Officer:' : input.jurisdiction.family === 'us-state' ? 'Dear Records Access Officer:' : 'Dear Information Officer:';
  switch (input.kind) {
    case 'initial-request':
      return {
        subject: `Public records request: ${r.title}`,
        salutation,
        paragraphs: [
          `Under ${law}, I request copies of the following records:`,
          r.text.trim(),
          ...feeAndExpedited(input, cites, warnings),
          `I prefer to receive the records electronically. If any part is withheld, please release all reasonably segregable portions and cite the exemption for each withholding.${responsePeriod}${answerTo}`,
        ],
        closing: 'Thank you for your help.',
        citations: cites,
        warnings,
      };
    case 'follow-up': {
      const n = input.followUpNumber ?? 1;
      const overdue =
        f.responseDue && f.daysOverdue !== null
          ? ` A response was due on ${dateEn(f.responseDue)}${use(f.responseCitation)}; it is now ${f.daysOverdue} ${f.daysOverdue === 1 ? 'day' : 'days'} past that date.`
          : f.responseDue
            ? ` A response is due on ${dateEn(f.responseDue)}${use(f.responseCitation)}.`
            : '';
      return {
        subject: `Follow-up${n > 1 ? ` ${n}` : ''}: ${r.title}${r.trackingNumber ? ` (${r.trackingNumber})` : ''}`,
        salutation,
        paragraphs: [
          `I am writing to follow up on ${ref(input)}, made under ${law}${r.filedOn ? ` and filed on ${dateEn(r.filedOn)}` : ''}.${overdue}`,
          `Please let me know the status of the request and when I can expect a determination.${answerTo}`,
        ],
        closing: 'Thank you for your attention to this request.',
        citations: cites,
        warnings,
      };
    }
    case 'appeal': {
      const det = input.determination;
      const route = f.appealRoute ? ` This is an ${f.appealRoute}${use(f.appealCitation)}.` : '';
      if (!f.appealRoute) warnings.push('The jurisdiction data names no appeal route; the letter does not name one.');
      const within = f.appealDue ? ` It is filed within the appeal period, which ends on ${dateEn(f.appealDue)}.` : '';
      return {
        subject: `Appeal: ${r.title}${r.trackingNumber ? ` (${r.trackingNumber})` : ''}`,
        salutation: 'Dear Appeals Officer:',
        paragraphs: [
          `I appeal the ${det ? `determination of ${dateEn(det.date)}` : 'determination'} on ${ref(input)}, made under ${law}.${route}${within}`,
          ...(det?.summary ? [`The determination: ${det.summary}`] : []),
          'The records requested are not exempt from disclosure, or are not exempt in full, and any reasonably segregable portion must be released. Please reconsider the determination and release the records.',
          `I ask for a decision on this appeal within the time the law allows.${answerTo}`,
        ],
        closing: 'Sincerely,',
        citations: cites,
        warnings,
      };
    }
    case 'intent-to-sue': {
      const court = f.courtRoute ? ` by a ${f.courtRoute}${use(f.courtCitation)}` : '';
      if (!f.courtRoute) warnings.push('The jurisdiction data names no court route; the letter does not name one.');
      const overdue = f.responseDue && f.daysOverdue !== null ? ` The response was due on ${dateEn(f.responseDue)}; it is now ${f.daysOverdue} days overdue.` : '';
      const maySue = f.maySueOn && input.today >= f.maySueOn ? ' The time the law allows has passed, and I may now seek review in court.' : '';
      return {
        subject: `Notice of intent to sue: ${r.title}${r.trackingNumber ? ` (${r.trackingNumber})` : ''}`,
        salutation,
        paragraphs: [
          `I write about ${ref(input)}, made under ${law}.${overdue}${maySue}`,
          `Unless I receive a determination and the records within 10 days of this letter, I intend to seek judicial review${court}.`,
          `I would prefer to resolve this without litigation.${answerTo}`,
        ],
        closing: 'Sincerely,',
        citations: cites,
        warnings,
      };
    }
    case 'thank-you':
      return {
        subject: `Thank you: ${r.title}${r.trackingNumber ? ` (${r.trackingNumber})` : ''}`,
        salutation,
        paragraphs: [`Thank you for your response to ${ref(input)}. I appreciate the time you and your office spent on it.`],
        closing: 'With thanks,',
        citations: cites,
        warnings,
      };
  }
}
