// The step contract (paperless-ngx style, ARCHITECTURE.md convention 9): each step says whether
// it applies (`canRun`), does its work (`run`) and always releases what it held (`cleanup`,
// called whether run succeeded, threw or timed out). A step that fails throws an IngestError
// naming itself, so the document records which step failed and why, in words.
import type { ExemptionHit } from './exemptions';
import type { IngestLimits } from './limits';

export type PageSource = 'text' | 'ocr' | 'none';

export interface ExtractedPage {
  /** 1-based. */
  number: number;
  text: string;
  source: PageSource;
  /** 0-100 when OCR produced the text. */
  ocrConfidence?: number;
  /** Why this page has no text, or what was odd about it (shown to people). */
  note?: string;
  /** Set by the pdf step: this page has no text layer and should be OCRed. */
  needsOcr?: boolean;
  exemptions?: ExemptionHit[];
  bates?: string[];
}

/** A file found inside an archive or e-mail: becomes a document of its own. */
export interface ChildFile {
  filename: string;
  /** Path inside the archive ("a/b/c.pdf"), or the attachment name. */
  path: string;
  mediaType: string | null;
  data: Buffer;
}

export type DocumentKind = 'pdf' | 'docx' | 'sheet' | 'email' | 'zip' | 'text' | 'image' | 'unsupported';

export interface IngestDoc {
  filename: string;
  declaredType: string | null;
  data: Buffer;
  /** Nesting level: 0 for an upload or attachment, +1 per archive/e-mail it was found in. */
  depth: number;
  mediaType: string | null;
  kind: DocumentKind | null;
  pages: ExtractedPage[];
  children: ChildFile[];
  /** Things a reader must know: hidden sheets/rows/columns, encryption, truncation. */
  flags: string[];
  /** Per-step resources to release in cleanup (pdf handles, OCR workers…). */
  held: Map<string, { release(): Promise<void> | void }>;
}

export interface StepContext {
  limits: IngestLimits;
  /** Aborted when the document's time budget runs out. */
  signal: AbortSignal;
  log: (message: string) => void;
}

export interface IngestStep {
  readonly name: string;
  canRun(doc: IngestDoc): boolean;
  run(doc: IngestDoc, ctx: StepContext): Promise<void>;
  cleanup?(doc: IngestDoc): Promise<void>;
}

export type IngestErrorCode =
  | 'too_large' | 'too_many_pages' | 'timeout' | 'out_of_memory' | 'encrypted' | 'damaged'
  | 'unsupported_type' | 'archive_limit' | 'ocr_failed' | 'crashed';

export class IngestError extends Error {
  constructor(readonly step: string, readonly code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

export function throwIfAborted(signal: AbortSignal, step: string, limits: IngestLimits): void {
  if (signal.aborted) throw new IngestError(step, 'timeout', `Stopped after the time limit of ${Math.round(limits.timeMs / 1000)} s per document.`);
}
