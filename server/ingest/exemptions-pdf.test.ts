// Exemption counts on a PDF generated here with known markings (pdf-lib), through the real pipeline.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline';
import { defaultLimits } from './limits';
import { totalExemptions } from './exemptions';

async function markedPdf(pages: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 740 - i * 18, size: 11, font }));
  }
  return Buffer.from(await pdf.save());
}

describe('exemption detection on a generated PDF', () => {
  it('counts each marking per page and in total, with Bates numbers', async () => {
    const data = await markedPdf([
      ['From: [redacted] (b)(6)', 'To: [redacted] (b)(6)', 'Agent name withheld (b)(7)(C)', 'CBP-2019-000101'],
      ['Deliberations withheld under (b) (5) and (b)(5).', 'Law enforcement technique (b)(7)(E); also (b)(7)(C).', 'CBP-2019-000102'],
      ['Withheld in full under the Privacy Act (k)(2) and (j)(2).', 'No FOIA marking on this page.', 'CBP-2019-000103'],
    ]);
    const r = await runPipeline({ filename: 'release.pdf', declaredType: 'application/pdf', data }, { ...defaultLimits, ocrMaxPages: 0 });
    expect(r.status).toBe('ready');
    const perPage = r.pages.map((p) => Object.fromEntries((p.exemptions ?? []).map((h) => [h.code, h.count])));
    expect(perPage).toEqual([{ b6: 2, b7C: 1 }, { b5: 2, b7C: 1, b7E: 1 }, { j2: 1, k2: 1 }]);
    expect(r.pages.map((p) => p.bates)).toEqual([['CBP-2019-000101'], ['CBP-2019-000102'], ['CBP-2019-000103']]);
    expect(Object.fromEntries(totalExemptions(r.pages.map((p) => p.exemptions)).map((h) => [h.code, h.count])))
      .toEqual({ b5: 2, b6: 2, b7C: 2, b7E: 1, j2: 1, k2: 1 });
  });

  it('knows every FOIA exemption and sub-part, and every Privacy Act (j)/(k) marking', async () => {
    const foia = ['(b)(1)', '(b)(2)', '(b)(3)', '(b)(4)', '(b)(5)', '(b)(6)', '(b)(8)', '(b)(9)', '(b)(7)(A)', '(b)(7)(B)', '(b)(7)(C)', '(b)(7)(D)', '(b)(7)(E)', '(b)(7)(F)'];
    const privacy = ['(j)(1)', '(j)(2)', '(k)(1)', '(k)(2)', '(k)(3)', '(k)(4)', '(k)(5)', '(k)(6)', '(k)(7)'];
    const data = await markedPdf([[`Withheld: ${foia.slice(0, 7).join(', ')}`, `and ${foia.slice(7).join(', ')}`], [`Privacy Act: ${privacy.join(', ')}`]]);
    const r = await runPipeline({ filename: 'all.pdf', declaredType: 'application/pdf', data }, { ...defaultLimits, ocrMaxPages: 0 });
    const perPage = r.pages.map((p) => (p.exemptions ?? []).map((h) => `${h.label}=${h.count}`));
    expect(perPage[0].sort()).toEqual(foia.map((l) => `${l}=1`).sort());
    expect(perPage[1].sort()).toEqual(privacy.map((l) => `${l}=1`).sort());
  });
});
