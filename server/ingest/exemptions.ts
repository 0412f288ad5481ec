// FOIA exemption markings on a released page: 5 U.S.C. § 552(b)(1)-(9) (with sub-parts such as
// (b)(7)(C)) and the Privacy Act's 5 U.S.C. § 552a(j)(1)-(2) and (k)(1)-(7). Agencies stamp them
// next to redactions; OCR mangles them ("(b) (6)", "b6", "(b)(7)(c)", "[b][6]", "(b}(6)"), so the
// patterns tolerate spacing, bracket shapes and case, but a bare "b6" must stand alone as a word.
// Bates numbers (zero-padded production numbers such as "CBP-2019-000123") are recorded too.

export interface ExemptionHit {
  /** Stable code: b1..b9, b7A..b7F, b3, j1, j2, k1..k7. */
  code: string;
  /** How people write it: "(b)(7)(C)". */
  label: string;
  count: number;
}

const OPEN = '[\\(\\[\\{]';
const CLOSE = '[\\)\\]\\}]';
// (b)(6), (b) (6), (b)(7)(C), (b)6, b(6), [b][6], (b}(6), (B)(6)
// A letter may touch an opening bracket ("&lt(b)(6)" in a printed e-mail header); a digit may not
// ("552(b)(6)" is a citation of the statute, not a marking).
const FOIA_BRACKETED = new RegExp(
  `(?<![0-9]${OPEN})(?:(?<![A-Za-z0-9])|(?<=[A-Za-z])(?=${OPEN}))${OPEN}?\\s?[bB]\\s?${CLOSE}\\s?${OPEN}?\\s?([1-9])\\s?${CLOSE}?(?:\\s?${OPEN}\\s?([A-Fa-f])\\s?${CLOSE}(?!\\s?${OPEN}\\s?[0-9]))?(?![0-9])`
    + `|(?<![A-Za-z0-9])[bB]\\s?${OPEN}\\s?([1-9])\\s?${CLOSE}(?:\\s?${OPEN}\\s?([A-Fa-f])\\s?${CLOSE}(?!\\s?${OPEN}\\s?[0-9]))?`,
  'g',
);
// b6, b7c, B7C as a word of its own (OCR drops the brackets)
const FOIA_BARE = /(?<![A-Za-z0-9=/_.-])[bB]([1-9])([A-Fa-f])?(?![A-Za-z0-9])/g;
// (j)(2), (k)(5), (k) (2)
const PRIVACY_ACT = new RegExp(`(?<![A-Za-z0-9])${OPEN}\\s?([jJkK])\\s?${CLOSE}\\s?${OPEN}\\s?([1-7])\\s?${CLOSE}`, 'g');
const BATES = /(?<![A-Za-z0-9])([A-Z]{2,10}(?:[-_][A-Z0-9]{1,10}){0,2}[-_ ]?0\d{4,9})(?![A-Za-z0-9])/g;

function foiaCode(n: string, sub: string | undefined): { code: string; label: string } | null {
  const upper = sub?.toUpperCase();
  // Only (b)(7) has lettered sub-parts (A)-(F); (b)(3)'s (A)/(B) are statute conditions, kept as b3.
  if (upper && n === '7') return { code: `b7${upper}`, label: `(b)(7)(${upper})` };
  return { code: `b${n}`, label: `(b)(${n})` };
}

export function detectExemptions(text: string): ExemptionHit[] {
  const counts = new Map<string, ExemptionHit>();
  const add = (c: { code: string; label: string } | null) => {
    if (!c) return;
    const hit = counts.get(c.code) ?? { ...c, count: 0 };
    hit.count++;
    counts.set(c.code, hit);
  };
  const covered: Array<[number, number]> = [];
  for (const m of text.matchAll(FOIA_BRACKETED)) {
    const n = m[1] ?? m[3];
    const sub = m[1] ? m[2] : m[4];
    // "(b)6" style with no bracket at all around b is handled by FOIA_BARE; require some bracket.
    if (!/[\(\)\[\]\{\}]/.test(m[0])) continue;
    add(foiaCode(n, sub));
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(FOIA_BARE)) {
    if (covered.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    add(foiaCode(m[1], m[2]));
  }
  for (const m of text.matchAll(PRIVACY_ACT)) {
    const letter = m[1].toLowerCase();
    if (letter === 'j' && Number(m[2]) > 2) continue; // the Privacy Act has (j)(1) and (j)(2) only
    add({ code: `${letter}${m[2]}`, label: `(${letter})(${m[2]})` });
  }
  return [...counts.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

export function detectBates(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(BATES)) found.add(m[1]);
  return [...found];
}

/** Sums hits over pages (for a document, a request or an agency). */
export function totalExemptions(pages: Array<ExemptionHit[] | undefined>): ExemptionHit[] {
  const totals = new Map<string, ExemptionHit>();
  for (const hits of pages) for (const h of hits ?? []) {
    const t = totals.get(h.code) ?? { code: h.code, label: h.label, count: 0 };
    t.count += h.count;
    totals.set(h.code, t);
  }
  return [...totals.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}
