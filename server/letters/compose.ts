// Composes a letter from its input: facts from the data, wording by language, then the parts
// every letter shares (date, recipient, signature).
import { letterFacts } from './facts';
import { dateEn, wordingEn } from './templates/en';
import { dateEs, wordingEs } from './templates/es';
import type { Letter, LetterInput } from './types';

export function composeLetter(input: LetterInput): Letter {
  const facts = letterFacts(input);
  const w = input.language === 'es' ? wordingEs(input, facts) : wordingEn(input, facts);
  const warnings = [...facts.warnings, ...w.warnings];
  if (input.jurisdiction.language !== input.language) {
    warnings.push(`The letter is in ${input.language === 'es' ? 'Spanish' : 'English'} but ${input.jurisdiction.name} works in '${input.jurisdiction.language}'.`);
  }
  const r = input.request;
  return {
    kind: input.kind,
    language: input.language,
    subject: w.subject,
    date: input.today,
    recipient: input.agencyName,
    salutation: w.salutation,
    paragraphs: w.paragraphs.filter((p) => p.trim().length > 0),
    closing: w.closing,
    signature: [r.requesterName ?? (input.language === 'es' ? '(nombre del solicitante)' : '(requester name)'), ...(r.replyAddress ? [r.replyAddress] : [])],
    citations: [...new Set(w.citations)],
    warnings: [...new Set(warnings)],
  };
}

export function formatLetterDate(letter: Letter): string {
  return letter.language === 'es' ? dateEs(letter.date) : dateEn(letter.date);
}
