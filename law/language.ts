// Which language a caller wants explanations in, for the server (`?lang=es`, Accept-Language) and
// the CLI (`--lang es`), and the dated-version notice in that language. Pure: no I/O.
import { LawInputError } from './contract';
import { getJurisdictionRules } from './jurisdictions';
import { versionFor, type VersionChoice } from './jurisdictions/versions';
import { LANGUAGES, messagesFor, type Language } from './engine/messages';

export type { Language } from './engine/messages';
export { LANGUAGES } from './engine/messages';

/** 'es', 'ES', 'es-MX', 'es_419' -> 'es'; null when the primary tag is not one we write. */
function primary(tag: string): Language | null {
  const p = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(p) ? (p as Language) : null;
}

/**
 * The explanation language of a request: an explicit choice (`?lang=`, `--lang`) wins and must be
 * one we write (else LawInputError 'invalid-option', so a typo is not silently English); otherwise
 * the best-weighted supported language of an Accept-Language header (RFC 9110 q-values, `q=0`
 * excluded); otherwise 'en'.
 */
export function pickLanguage(from: { explicit?: string | null; acceptLanguage?: string | string[] | null }): Language {
  if (from.explicit !== undefined && from.explicit !== null && from.explicit !== '') {
    const p = typeof from.explicit === 'string' ? primary(from.explicit) : null;
    if (!p) throw new LawInputError('invalid-option', `language '${String(from.explicit)}' is not supported: use one of ${LANGUAGES.join(', ')}`);
    return p;
  }
  const header = Array.isArray(from.acceptLanguage) ? from.acceptLanguage.join(',') : from.acceptLanguage;
  if (!header) return 'en';
  let best: Language | null = null;
  let bestQ = 0;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.split(';');
    const lang = primary(tag);
    if (!lang) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best ?? 'en';
}

/** `versionFor` with its reason in `language` (the English text is the same as versionFor's). */
export function versionForLanguage(id: string, received: string, language: Language = 'en'): VersionChoice {
  const v = versionFor(id, received);
  if (!v.reason) return v;
  const chosen = getJurisdictionRules(v.id)!;
  const requested = getJurisdictionRules(id)!;
  return { id: v.id, reason: messagesFor(language).versionApplied(chosen.id, chosen.lawName, id, received, requested.appliesTo!.note) };
}
