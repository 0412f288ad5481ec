// PDF text per page from the text layer. Pages without text but with images are marked for OCR;
// a page that cannot be read keeps a note saying why, and the rest of the document goes on.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { IngestError, throwIfAborted, type ExtractedPage, type IngestStep } from '../step';
import { openPdf } from './pdfjs';

/** Fewer visible characters than this and the page is treated as having no text layer. */
const MIN_TEXT_CHARS = 20;

export const pdfStep: IngestStep = {
  name: 'pdf',
  canRun: (doc) => doc.kind === 'pdf',
  async run(doc, ctx) {
    let pdf: PDFDocumentProxy;
    try {
      pdf = await openPdf(doc.data);
    } catch (e) {
      const err = e as { name?: string; code?: number; message?: string };
      if (err.name === 'PasswordException') {
        throw new IngestError('pdf', 'encrypted', 'The PDF is encrypted with a password; its text cannot be read without it. Ask the agency for an unprotected copy.');
      }
      throw new IngestError('pdf', 'damaged', `The PDF could not be opened: ${describe(err)}.`);
    }
    doc.held.set('pdf', { release: () => pdf.destroy() });
    const encrypt = await pdf.getMetadata().then((m) => (m.info as Record<string, unknown> | undefined)?.EncryptFilterName ?? null).catch(() => null);
    if (encrypt) doc.flags.push(`The PDF is encrypted (${String(encrypt)}) without a password to open it; its text was read.`);
    if (pdf.numPages > ctx.limits.maxPages) {
      throw new IngestError('pdf', 'too_many_pages', `The PDF has ${pdf.numPages} pages; the limit is ${ctx.limits.maxPages} (ACCESO_MAX_DOCUMENT_PAGES).`);
    }
    const pages: ExtractedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      throwIfAborted(ctx.signal, 'pdf', ctx.limits);
      pages.push(await readPage(pdf, n));
    }
    doc.pages = pages;
  },
  async cleanup(doc) {
    await doc.held.get('pdf')?.release();
    doc.held.delete('pdf');
  },
};

async function readPage(pdf: PDFDocumentProxy, n: number): Promise<ExtractedPage> {
  let page;
  try {
    page = await pdf.getPage(n);
  } catch (e) {
    return { number: n, text: '', source: 'none', note: `Page ${n} could not be read: ${describe(e)}.`, needsOcr: true };
  }
  try {
    let text = '';
    try {
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : item.str && !item.str.endsWith(' ') ? ' ' : '');
      }
    } catch (e) {
      return { number: n, text: '', source: 'none', note: `The text layer of page ${n} could not be read: ${describe(e)}.`, needsOcr: true };
    }
    text = text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text.replace(/\s/g, '').length >= MIN_TEXT_CHARS) return { number: n, text, source: 'text' };
    const images = await countImages(page).catch(() => -1);
    if (images === 0) {
      return { number: n, text, source: text ? 'text' : 'none', note: text ? undefined : 'No text and no images on this page (blank, or drawn only with vector shapes).' };
    }
    return { number: n, text, source: text ? 'text' : 'none', needsOcr: true };
  } finally {
    page.cleanup();
  }
}

async function countImages(page: Awaited<ReturnType<PDFDocumentProxy['getPage']>>): Promise<number> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const ops = await page.getOperatorList();
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
  return ops.fnArray.filter((f) => imageOps.has(f)).length;
}

export function describe(e: unknown): string {
  const err = e as { name?: string; message?: string };
  const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return err?.name && err.name !== 'Error' ? `${err.name}: ${msg}` : msg;
}
