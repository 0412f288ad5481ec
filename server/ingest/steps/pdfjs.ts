// pdfjs-dist (legacy build: the one that runs in Node) loaded with everything local: fonts and
// CMaps from the package folder, no eval, no network.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

const pkgDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function openPdf(data: Buffer, password?: string): Promise<PDFDocumentProxy> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(data), // pdfjs takes ownership of the array it is given: pass a copy
    password,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    standardFontDataUrl: join(pkgDir, 'standard_fonts') + '/',
    cMapUrl: join(pkgDir, 'cmaps') + '/',
    cMapPacked: true,
  });
  return task.promise;
}

export { pkgDir as pdfjsDir };
