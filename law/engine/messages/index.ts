// The message catalogue of a language. Unknown languages are refused, never silently English.
import { LawInputError } from '../../contract';
import { en } from './en';
import { es } from './es';
import { LANGUAGES, type Language, type Messages } from './types';

export type { Language, Messages } from './types';
export { LANGUAGES } from './types';

const CATALOGUES: Record<Language, Messages> = { en, es };

export function messagesFor(language: unknown = 'en'): Messages {
  if (language === undefined) return en;
  if (typeof language !== 'string' || !(LANGUAGES as readonly string[]).includes(language)) {
    throw new LawInputError('invalid-option', `language '${String(language)}' is not supported: use one of ${LANGUAGES.join(', ')}`);
  }
  return CATALOGUES[language as Language];
}
