// Decides what the file really is from its bytes (file-type), never trusting the declared type
// or the name alone; the name is only a tie-breaker for formats without a signature (CSV, text,
// PDFs whose header is damaged).
import { fileTypeFromBuffer } from 'file-type';
import type { DocumentKind, IngestDoc, IngestStep } from '../step';

const KIND_BY_MIME: Record<string, DocumentKind> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'sheet',
  'text/csv': 'sheet',
  'message/rfc822': 'email',
  'application/zip': 'zip',
  'text/plain': 'text',
  'image/png': 'image', 'image/jpeg': 'image', 'image/tiff': 'image', 'image/bmp': 'image', 'image/gif': 'image', 'image/webp': 'image',
};

const ext = (name: string) => (name.toLowerCase().match(/\.([a-z0-9]{1,8})$/)?.[1] ?? '');

function looksLikeText(data: Buffer): boolean {
  const sample = data.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) if (b === 0) return false; else if (b < 9 || (b > 13 && b < 32)) control++;
  return control / sample.length < 0.01;
}

function looksLikeEmail(data: Buffer): boolean {
  const head = data.subarray(0, 4096).toString('latin1');
  const headers = head.split(/\r?\n\r?\n/)[0];
  const names = [...headers.matchAll(/^([A-Za-z][A-Za-z0-9-]*):/gm)].map((m) => m[1].toLowerCase());
  const known = ['from', 'to', 'subject', 'date', 'received', 'mime-version', 'message-id', 'return-path'];
  return names.filter((n) => known.includes(n)).length >= 2;
}

export async function sniffType(data: Buffer, filename: string, declared: string | null): Promise<{ mediaType: string | null; kind: DocumentKind; note?: string }> {
  const detected = await fileTypeFromBuffer(data);
  if (detected) {
    let mime = detected.mime as string;
    // OOXML files are zips; file-type names them when it can, else fall back on the name.
    if (mime === 'application/zip' && ['docx', 'xlsx'].includes(ext(filename))) {
      mime = ext(filename) === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    }
    return { mediaType: mime, kind: KIND_BY_MIME[mime] ?? 'unsupported' };
  }
  // No signature. A PDF whose header is damaged still has "%PDF" near the start or is named .pdf.
  const head = data.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF') || ext(filename) === 'pdf' || declared === 'application/pdf') {
    return { mediaType: 'application/pdf', kind: 'pdf', note: head.includes('%PDF') ? undefined : 'No PDF signature at the start of the file; read as a PDF because of its name or declared type.' };
  }
  if (looksLikeText(data)) {
    if (looksLikeEmail(data) || ext(filename) === 'eml' || declared === 'message/rfc822') return { mediaType: 'message/rfc822', kind: 'email' };
    if (ext(filename) === 'csv' || declared === 'text/csv') return { mediaType: 'text/csv', kind: 'sheet' };
    return { mediaType: 'text/plain', kind: 'text' };
  }
  return { mediaType: null, kind: 'unsupported' };
}

export const sniffStep: IngestStep = {
  name: 'sniff',
  canRun: (doc) => doc.kind === null,
  async run(doc: IngestDoc) {
    const r = await sniffType(doc.data, doc.filename, doc.declaredType);
    doc.mediaType = r.mediaType;
    doc.kind = r.kind;
    if (r.note) doc.flags.push(r.note);
  },
};
