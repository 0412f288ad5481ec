// OCR on image-only pages, in the child process the worker uses: the scanned book page and
// agency FOIA e-mail printouts (with their (b)(6) redaction labels). Expected words are checked
// in the assertions only, never in test names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from './limits';
import { runIsolated } from './sandbox';

const fixture = (p: string) => readFileSync(new URL(`./fixtures/pdf/${p}`, import.meta.url));
const limits = { ...defaultLimits, timeMs: 120_000 };

describe('OCR of pages without a text layer', () => {
  it('reads the scanned book page', { timeout: 150_000 }, async () => {
    const r = await runIsolated({ filename: 'c02-22.pdf', declaredType: null, data: fixture('scanned/c02-22.pdf') }, limits);
    expect(r.status).toBe('ready');
    expect(r.pages[0].source).toBe('ocr');
    const text = r.pages[0].text.toLowerCase();
    const expected = ['garden', 'kitchen', 'branches', 'trees', 'noise', 'clear'];
    expect(expected.filter((w) => text.includes(w)).length).toBeGreaterThanOrEqual(5);
  });

  it('reads FOIA e-mail printouts: headers and exemption labels', { timeout: 150_000 }, async () => {
    for (const file of ['foia-release/01-rzcommu_1-019.pdf', 'foia-release/12-rzcommu_1-058.pdf']) {
      const r = await runIsolated({ filename: file, declaredType: null, data: fixture(file) }, limits);
      expect(r.status, file).toBe('ready');
      const text = r.pages.map((p) => p.text).join('\n');
      expect(text, file).toMatch(/From/);
      expect(text, file).toMatch(/Subject/);
      const codes = r.pages.flatMap((p) => p.exemptions ?? []).map((h) => h.code);
      expect(codes.some((c) => c === 'b6' || c === 'b5'), `${file}: ${codes}`).toBe(true);
    }
  });

  it('reads the white-on-black labels of redaction boxes, and counts no more than are there', { timeout: 150_000 }, async () => {
    // Counted by eye on the page images: 01 has 8 (b)(6) and 4 (b)(5) boxes, 58 has 7 and 1. OCR
    // without the boxes redrawn found 1 and 0 of the (b)(6) (docs/decisions/0506).
    for (const [file, b6, b5] of [['foia-release/01-rzcommu_1-019.pdf', 8, 4], ['foia-release/58-rzcommu_1-046.pdf', 7, 1]] as const) {
      const r = await runIsolated({ filename: file, declaredType: null, data: fixture(file) }, limits);
      const count = (code: string) => r.pages.flatMap((p) => p.exemptions ?? []).filter((h) => h.code === code).reduce((a, h) => a + h.count, 0);
      expect(count('b6'), file).toBeGreaterThanOrEqual(b6 - 3);
      expect(count('b6'), file).toBeLessThanOrEqual(b6);
      expect(count('b5'), file).toBeLessThanOrEqual(b5);
      expect(r.pages[0].text, file).toMatch(/Subject/); // the text around the boxes is still read
    }
  });

  it('marks pages beyond the OCR page limit instead of reading them', { timeout: 60_000 }, async () => {
    const r = await runIsolated({ filename: 'scan.pdf', declaredType: null, data: fixture('scanned/c02-22.pdf') }, { ...limits, ocrMaxPages: 0 });
    expect(r.status).toBe('ready');
    expect(r.pages[0].text).toBe('');
    expect(r.pages[0].note).toMatch(/limit of 0 OCR pages/);
  });
});
