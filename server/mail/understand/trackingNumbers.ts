// Agency tracking numbers in the shapes agencies use (CBP-2023-012345, 2023-ICFO-12345,
// DHS-2023-…, "Request No. …", Mexico's "número de folio 330026523000123", "solicitud …").
// A number is only reported with the sentence it was found in, for the user to confirm.
import { sentences } from './text';

export interface TrackingNumber {
  value: string;
  /** 'labelled': after words such as "Request No." / "folio"; 'shaped': by its form alone. */
  how: 'labelled' | 'shaped';
  sentence: string;
}

const VALUE = '([A-Z0-9][A-Z0-9\\-/.]{2,38}[A-Z0-9])';
const LABELLED: RegExp[] = [
  new RegExp(
    `\\b(?:foia|foipa|pra|public records|records|tracking|request|case|control|reference|ref|log|file|appeal)(?:\\s+(?:request|tracking|case|control|appeal))?\\s*(?:no\\.?|nos\\.?|number|num\\.?|#|id|ID)\\s*(?:is|es)?\\s*[:#]?\\s*${VALUE}`,
    'gi',
  ),
  new RegExp(
    `\\b(?:n[uú]mero de (?:folio|solicitud|expediente|registro|recurso|caso)|folio(?:\\s+(?:n[uú]mero|n[uú]m\\.?|no\\.?|n[°º]))?|solicitud(?:\\s+de\\s+(?:informaci[oó]n|acceso))?\\s+(?:n[uú]mero|n[uú]m\\.?|no\\.?|n[°º])|expediente(?:\\s+(?:n[uú]mero|no\\.?|n[°º]))?|radicado(?:\\s+(?:n[uú]mero|no\\.?))?)\\s*(?:es)?\\s*[:#]?\\s*${VALUE}`,
    'gi',
  ),
];
const SHAPED: RegExp[] = [
  /\b[A-Z]{2,8}(?:-[A-Z0-9]{1,6})?-(?:19|20)\d{2}-\d{3,8}\b/g, // CBP-2023-012345, EPA-R5-2023-001234
  /\b(?:19|20)\d{2}-[A-Z]{2,8}-\d{3,8}\b/g, // 2023-ICFO-12345
  /\b(?:FOIA|FOIPA|FY|F)-?(?:19|20)?\d{2}-\d{3,8}\b/g, // FOIA-2023-00123, F-2023-01234
];

function clean(value: string): string {
  return value.replace(/[.\-/]+$/, '').toUpperCase();
}

export function findTrackingNumbers(text: string): TrackingNumber[] {
  const found = new Map<string, TrackingNumber>();
  for (const sentence of sentences(text)) {
    for (const re of LABELLED) {
      for (const m of sentence.matchAll(re)) {
        const value = clean(m[1]);
        if (!/\d/.test(value) || /^(?:19|20)\d{2}$/.test(value) || /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(value)) continue;
        if (!found.has(value)) found.set(value, { value, how: 'labelled', sentence });
      }
    }
    for (const re of SHAPED) {
      for (const m of sentence.matchAll(re)) {
        const value = clean(m[0]);
        if (!found.has(value)) found.set(value, { value, how: 'shaped', sentence });
      }
    }
  }
  // A shaped number inside a longer labelled one (or the reverse) is the same number once.
  const values = [...found.keys()];
  for (const v of values) if (values.some((o) => o !== v && o.includes(v))) found.delete(v);
  return [...found.values()];
}
