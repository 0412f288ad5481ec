// Every fixture PDF (broken, damaged, encrypted, scanned, real government files) through the
// pipeline without OCR: none crashes or hangs, memory stays bounded, and each ends with text or
// a clear reason — a failure naming the step, or a note on every page without text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from './limits';
import { runPipeline } from './pipeline';

const root = fileURLToPath(new URL('./fixtures/pdf', import.meta.url));
const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf') && statSync(join(root, f)).isFile()).sort();

describe('PDF fixtures corpus', () => {
  it(`has the copied corpus (${files.length} PDFs)`, () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('ends every file with text or a stored reason, within time and memory', { timeout: 240_000 }, async () => {
    const outcomes: Record<string, number> = {};
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    for (const f of files) {
      const started = Date.now();
      const r = await runPipeline({ filename: f, declaredType: null, data: readFileSync(join(root, f)) }, { ...defaultLimits, ocrMaxPages: 0, timeMs: 30_000 });
      expect(Date.now() - started, f).toBeLessThan(30_000);
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      if (r.status === 'failed') {
        expect(r.failure!.message.length, f).toBeGreaterThan(20);
        expect(r.failure!.step, f).toMatch(/^(pdf|sniff|limits)$/);
        outcomes[`failed:${r.failure!.code}`] = (outcomes[`failed:${r.failure!.code}`] ?? 0) + 1;
        continue;
      }
      expect(r.pages.length, f).toBeGreaterThan(0);
      for (const p of r.pages) if (!p.text.trim()) expect(p.note, `${f} page ${p.number}`).toBeTruthy();
      const key = r.hasText ? 'text' : 'no text (page notes)';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    expect(rssPeak - rssBefore).toBeLessThan(600 * 1024 * 1024);
    expect(outcomes.text).toBeGreaterThan(100);
    expect(outcomes['failed:encrypted']).toBe(1);
    console.log('corpus outcomes', outcomes);
  });
});
