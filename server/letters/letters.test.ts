import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { listJurisdictionRules } from '../../law/jurisdictions';
import { usFederalRules } from '../../law/jurisdictions/us-federal';
import type { Deadline } from '../../law/contract';
import type { JurisdictionRules } from '../../law/jurisdictions/types';
import { composeLetter } from './compose';
import { FEDERAL_FOIA } from './facts';
import { renderLetterPdf } from './renderPdf';
import { renderLetterText } from './renderText';
import type { LetterInput, LetterKind } from './types';

const KINDS: LetterKind[] = ['initial-request', 'follow-up', 'appeal', 'intent-to-sue', 'thank-you'];

const response: Deadline = { kind: 'response', due: '2026-02-02', citation: '5 U.S.C. § 552(a)(6)(A)(i)', explanation: [], verified: true, basis: 'law' };

function input(over: Partial<LetterInput> = {}): LetterInput {
  return {
    kind: 'follow-up',
    language: 'en',
    jurisdiction: usFederalRules,
    request: {
      id: '01kabc',
      title: 'Border wait-time studies',
      text: 'All studies of wait times at the San Ysidro port of entry, 2020-2024.',
      trackingNumber: 'CBP-2026-000123',
      filedOn: '2026-01-02',
      requesterName: 'Ana Pérez',
      replyAddress: 'r-01kabc-1234abcd@acceso.localhost',
      feeWaiver: true,
      expedited: true,
    },
    agencyName: 'U.S. Customs and Border Protection',
    today: '2026-03-04',
    deadlines: [response],
    ...over,
  };
}

/** Every citation a letter for `j` may print: what the rule file carries, plus the two federal provisions. */
function citationsIn(j: JurisdictionRules): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'citation' && typeof x === 'string' ? out.add(x) : walk(x);
  };
  walk(j);
  if (j.family === 'us-federal') [FEDERAL_FOIA.feeWaiver, FEDERAL_FOIA.expedited].forEach((c) => out.add(c));
  return out;
}

describe('letters: US federal', () => {
  it('initial request cites the fee-waiver and expedited-processing provisions', () => {
    const l = composeLetter(input({ kind: 'initial-request', deadlines: [] }));
    const text = renderLetterText(l);
    expect(text).toContain('5 U.S.C. § 552(a)(4)(A)(iii)');
    expect(text).toContain('5 U.S.C. § 552(a)(6)(E)');
    expect(text).toContain('Freedom of Information Act (5 U.S.C. § 552)');
    expect(text).toContain('within 20 working days');
    expect(text).toContain('All studies of wait times');
    expect(text).toContain('r-01kabc-1234abcd@acceso.localhost');
  });
  it('follow-up counts the days overdue from the engine deadline', () => {
    const text = renderLetterText(composeLetter(input()));
    expect(text).toContain('A response was due on February 2, 2026 (5 U.S.C. § 552(a)(6)(A)(i)); it is now 30 days past that date.');
    expect(text).toContain('CBP-2026-000123');
  });
  it('appeal names the route and the appeal deadline', () => {
    const appeal: Deadline = { kind: 'appeal-filing', due: '2026-05-01', citation: '6 C.F.R. § 5.8(a)(1)', explanation: [], verified: true, basis: 'law' };
    const text = renderLetterText(composeLetter(input({ kind: 'appeal', deadlines: [response, appeal], determination: { date: '2026-02-10', summary: 'Withheld in full under (b)(7)(E).' } })));
    expect(text).toContain("administrative appeal to the agency's FOIA appeals officer");
    expect(text).toContain('ends on May 1, 2026');
    expect(text).toContain('Withheld in full under (b)(7)(E).');
  });
  it('renders every kind in both languages, citing only what the data carries', () => {
    for (const j of listJurisdictionRules()) {
      const allowed = citationsIn(j);
      for (const kind of KINDS) {
        for (const language of ['en', 'es'] as const) {
          const l = composeLetter(input({ kind, language, jurisdiction: j }));
          expect(l.paragraphs.length, `${j.id} ${kind} ${language}`).toBeGreaterThan(0);
          for (const c of l.citations) expect(allowed.has(c), `${j.id} ${kind} ${language} cites ${c}`).toBe(true);
        }
      }
    }
  });
});

describe('letters: state and Latin American families', () => {
  // A rule file with no fee-waiver or expedited provision and no response citation: the letter must
  // say less, not make anything up.
  const sparse: JurisdictionRules = {
    ...usFederalRules,
    id: 'test-sparse',
    name: 'Test jurisdiction',
    family: 'international',
    language: 'es',
    lawName: 'Ley de Prueba',
    citation: 'Ley de Prueba, art. 1 (test data)',
    response: { days: null, dayKind: null, citation: '', verified: false },
    appeal: { ...usFederalRules.appeal, route: 'recurso de revisión ante el órgano garante', citation: 'Ley de Prueba, art. 2 (test data)' },
    agencyOverrides: [],
  };
  it('Spanish letter cites the law from the data and warns about what is missing', () => {
    const l = composeLetter(input({ kind: 'initial-request', language: 'es', jurisdiction: sparse, deadlines: [] }));
    const text = renderLetterText(l);
    expect(text).toContain('Con fundamento en la Ley de Prueba (Ley de Prueba, art. 1 (test data))');
    expect(text).not.toContain('552');
    expect(text).not.toMatch(/plazo de \d+ días/);
    expect(l.warnings.join(' ')).toMatch(/exención de costos/);
    expect(l.warnings.join(' ')).toMatch(/number of days the agency has to respond is not known/);
  });
  it('Spanish appeal names the route from the data', () => {
    const text = renderLetterText(composeLetter(input({ kind: 'appeal', language: 'es', jurisdiction: sparse, determination: { date: '2026-02-10' } })));
    expect(text).toContain('recurso de revisión ante el órgano garante (Ley de Prueba, art. 2 (test data))');
    expect(text).toContain('10 de febrero de 2026');
  });
});

describe('letters: PDF', () => {
  it('renders a printable PDF whose text carries the letter', async () => {
    const l = composeLetter(input({ kind: 'initial-request', language: 'es', request: { ...input().request, text: 'Todos los estudios — año 2024 ✓' } }));
    const { pdf, pages, replacedCharacters } = await renderLetterPdf(l, ['1300 Pennsylvania Ave NW', 'Washington, DC 20229']);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pages).toBe(1);
    expect(replacedCharacters).toEqual(['✓']);
    const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text).toContain('5 U.S.C. § 552(a)(4)(A)(iii)');
    expect(text).toContain('Ana Pérez');
    expect(text).toContain('Washington, DC 20229');
  });
});
