// A letter as the plain-text body of an e-mail.
import { formatLetterDate } from './compose';
import type { Letter } from './types';

export function renderLetterText(letter: Letter): string {
  return [formatLetterDate(letter), '', letter.recipient, '', letter.salutation, '', ...letter.paragraphs.flatMap((p) => [p, '']), letter.closing, '', ...letter.signature, ''].join('\n');
}
