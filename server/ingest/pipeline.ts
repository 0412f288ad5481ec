// Runs the steps over one file, in this process. Every step's cleanup runs whatever happened.
// Use runIsolated() (./sandbox.ts) for untrusted files: it runs this in a child process that is
// killed at the time and memory limits.
import { detectBates, detectExemptions } from './exemptions';
import type { IngestLimits } from './limits';
import { IngestError, type ChildFile, type ExtractedPage, type IngestDoc, type IngestErrorCode, type IngestStep } from './step';
import { sniffStep } from './steps/sniff';
import { pdfStep } from './steps/pdf';
import { ocrStep } from './steps/ocr';
import { docxStep } from './steps/docx';
import { sheetStep } from './steps/sheet';
import { emailStep } from './steps/email';
import { zipStep } from './steps/zip';
import { textStep } from './steps/text';

export const steps: IngestStep[] = [sniffStep, pdfStep, docxStep, sheetStep, emailStep, zipStep, textStep, ocrStep];

export interface IngestInput {
  filename: string;
  declaredType: string | null;
  data: Buffer;
  depth?: number;
}

export interface IngestResult {
  status: 'ready' | 'failed';
  mediaType: string | null;
  kind: string | null;
  pages: ExtractedPage[];
  children: ChildFile[];
  flags: string[];
  failure: { step: string; code: IngestErrorCode; message: string } | null;
  /** True when at least one page has text. */
  hasText: boolean;
}

export async function runPipeline(input: IngestInput, limits: IngestLimits, log: (m: string) => void = () => {}): Promise<IngestResult> {
  const doc: IngestDoc = {
    filename: input.filename, declaredType: input.declaredType, data: input.data, depth: input.depth ?? 0,
    mediaType: null, kind: null, pages: [], children: [], flags: [], held: new Map(),
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeMs);
  const ctx = { limits, signal: controller.signal, log };
  let failure: IngestResult['failure'] = null;
  try {
    if (doc.data.length > limits.maxBytes) {
      throw new IngestError('limits', 'too_large', `The file is ${doc.data.length} bytes; the limit is ${limits.maxBytes} (ACCESO_MAX_UPLOAD_BYTES).`);
    }
    for (const step of steps) {
      if (!step.canRun(doc)) continue;
      try {
        await step.run(doc, ctx);
      } finally {
        await step.cleanup?.(doc).catch((e) => log(`cleanup of ${step.name} failed: ${(e as Error).message}`));
      }
    }
    if (doc.kind === 'unsupported') {
      throw new IngestError('sniff', 'unsupported_type', `This kind of file cannot be read (${doc.mediaType ?? 'unknown type'}); it is kept as it is.`);
    }
  } catch (e) {
    failure = e instanceof IngestError
      ? { step: e.step, code: e.code, message: e.message }
      : { step: 'pipeline', code: 'crashed', message: `Unexpected error: ${(e as Error)?.message ?? String(e)}` };
  } finally {
    clearTimeout(timer);
    for (const h of doc.held.values()) await Promise.resolve(h.release()).catch(() => {});
  }
  for (const page of doc.pages) {
    if (page.text.length > limits.pageChars) {
      page.text = page.text.slice(0, limits.pageChars);
      page.note = `${page.note ? page.note + ' ' : ''}Text cut at ${limits.pageChars} characters (ACCESO_INGEST_PAGE_CHARS).`;
    }
    page.exemptions = detectExemptions(page.text);
    page.bates = detectBates(page.text);
    if (page.needsOcr) {
      page.needsOcr = false;
      page.note ??= 'No text layer; OCR did not run on this page.';
    }
  }
  const hasText = doc.pages.some((p) => p.text.trim().length > 0);
  if (!failure && !hasText && doc.pages.length) doc.flags.push(`No text was found on any of the ${doc.pages.length} page(s); see each page's note.`);
  return {
    status: failure ? 'failed' : 'ready',
    mediaType: doc.mediaType, kind: doc.kind, pages: failure ? [] : doc.pages, children: failure ? [] : doc.children,
    flags: doc.flags, failure, hasText: failure ? false : hasText,
  };
}
