// OCR for pages without a text layer: the page is rendered with pdfjs onto @napi-rs/canvas (a
// prebuilt binary shipped inside its npm package) and read by tesseract.js with the English and
// Spanish data from @tesseract.js-data/* (read from node_modules: nothing is downloaded).
import { createRequire } from 'node:module';
import { mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { IngestError, throwIfAborted, type IngestDoc, type IngestStep } from '../step';
import { openPdf } from './pdfjs';
import { describe } from './pdf';
import { invertRedactionBoxes } from './redaction-labels';
import { flattenBackground } from './flatten-background';

const require = createRequire(import.meta.url);

/** One folder holding <lang>.traineddata.gz links into the data packages (tesseract takes one langPath). */
function languageFolder(langs: string[]): string {
  const dir = join(tmpdir(), `acceso-tessdata-${process.getuid?.() ?? 'u'}`);
  mkdirSync(dir, { recursive: true });
  for (const lang of langs) {
    const target = join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`);
    const link = join(dir, `${lang}.traineddata.gz`);
    if (!existsSync(link)) {
      try { symlinkSync(target, link); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; }
    }
  }
  return dir;
}

type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js')['createWorker']>>;

async function startWorker(langs: string[]): Promise<TesseractWorker> {
  const { createWorker, OEM } = await import('tesseract.js');
  return createWorker(langs, OEM.LSTM_ONLY, {
    langPath: languageFolder(langs),
    cacheMethod: 'none',
    gzip: true,
    errorHandler: () => {},
  });
}

/** Renders one PDF page to PNG at `scale` (1 = 72 dpi); for OCR, with redaction boxes inverted. */
export async function renderPdfPage(pdf: PDFDocumentProxy, n: number, scale: number, options: { forOcr?: boolean } = {}): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await pdf.getPage(n);
  try {
    const viewport = page.getViewport({ scale });
    // Refuse absurd page sizes (a corrupt MediaBox) before allocating the bitmap.
    if (viewport.width * viewport.height > 40_000_000) throw new Error(`page is too large to draw (${Math.round(viewport.width)}x${Math.round(viewport.height)} px)`);
    const canvas = createCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
    if (options.forOcr) {
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      // Only a page with redaction boxes is changed: the background is flattened because the boxes'
      // black is gone (./flatten-background.ts); on a plain scan it would only amplify JPEG noise.
      if (invertRedactionBoxes(image.data, canvas.width, canvas.height, scale) > 0) {
        flattenBackground(image.data, canvas.width, canvas.height, scale);
        context.putImageData(image, 0, 0);
      }
    }
    return canvas.toBuffer('image/png');
  } finally {
    page.cleanup();
  }
}

async function worker(doc: IngestDoc, langs: string[]): Promise<TesseractWorker> {
  const held = doc.held.get('ocr') as unknown as { worker?: TesseractWorker } | undefined;
  if (held?.worker) return held.worker;
  const w = await startWorker(langs);
  doc.held.set('ocr', Object.assign({ worker: w }, { release: () => w.terminate().then(() => undefined) }));
  return w;
}

export const ocrStep: IngestStep = {
  name: 'ocr',
  canRun: (doc) => (doc.kind === 'pdf' && doc.pages.some((p) => p.needsOcr)) || doc.kind === 'image',
  async run(doc, ctx) {
    const langs = ctx.limits.ocrLanguages;
    if (doc.kind === 'image') {
      if (ctx.limits.ocrMaxPages < 1) {
        doc.pages = [{ number: 1, text: '', source: 'none', note: 'An image: OCR is switched off (ACCESO_INGEST_OCR_MAX_PAGES=0).' }];
        return;
      }
      try {
        const r = await (await worker(doc, langs)).recognize(doc.data);
        doc.pages = [{ number: 1, text: r.data.text.trim(), source: 'ocr', ocrConfidence: Math.round(r.data.confidence) }];
      } catch (e) {
        throw new IngestError('ocr', 'ocr_failed', `The image could not be read by OCR: ${describe(e)}.`);
      }
      return;
    }
    // Opened on the first page to draw, not before: with the OCR limit reached (or at 0) the PDF
    // is not parsed a second time just to write notes.
    let pdf: PDFDocumentProxy | null = null;
    const opened = async (): Promise<PDFDocumentProxy> => {
      if (pdf) return pdf;
      try {
        pdf = await openPdf(doc.data);
      } catch (e) {
        throw new IngestError('ocr', 'damaged', `The PDF could not be opened for OCR: ${describe(e)}.`);
      }
      const held = pdf;
      doc.held.set('ocr-pdf', { release: () => held.destroy() });
      return held;
    };
    // A page's earlier note (why its text layer could not be read) stays in front of what OCR adds.
    const note = (page: (typeof doc.pages)[number], text: string) => { page.note = page.note ? `${page.note} ${text}` : text; };
    let done = 0;
    for (const page of doc.pages) {
      if (!page.needsOcr) continue;
      throwIfAborted(ctx.signal, 'ocr', ctx.limits);
      page.needsOcr = false;
      if (done >= ctx.limits.ocrMaxPages) {
        note(page, `Not OCRed: the limit of ${ctx.limits.ocrMaxPages} OCR pages per document was reached (ACCESO_INGEST_OCR_MAX_PAGES).`);
        continue;
      }
      done++;
      let png: Buffer;
      try {
        png = await renderPdfPage(await opened(), page.number, 2, { forOcr: true });
      } catch (e) {
        if (e instanceof IngestError) throw e;
        note(page, `No text layer, and the page could not be drawn for OCR: ${describe(e)}.`);
        continue;
      }
      try {
        const r = await (await worker(doc, langs)).recognize(png);
        const text = r.data.text.trim();
        page.text = page.text ? `${page.text}\n${text}` : text;
        page.source = 'ocr';
        page.ocrConfidence = Math.round(r.data.confidence);
        page.note = text ? undefined : 'No text layer, and OCR found no text (a picture, or a blank scan).';
      } catch (e) {
        note(page, `No text layer, and OCR failed on this page: ${describe(e)}.`);
      }
    }
  },
  async cleanup(doc) {
    for (const key of ['ocr', 'ocr-pdf']) {
      await doc.held.get(key)?.release();
      doc.held.delete(key);
    }
  },
};
