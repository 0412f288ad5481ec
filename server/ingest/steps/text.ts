// Plain text (and the helper other steps use to cut long text into pages of a readable size).
import type { ExtractedPage, IngestStep } from '../step';

/** Splits text at paragraph (else line, else hard) boundaries into pages of about `size` chars. */
export function paginate(text: string, size = 3000): string[] {
  const out: string[] = [];
  let rest = text.replace(/\r\n?/g, '\n');
  while (rest.length > size) {
    let cut = rest.lastIndexOf('\n\n', size);
    if (cut < size / 2) cut = rest.lastIndexOf('\n', size);
    if (cut < size / 2) cut = size;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  if (rest.trim() || out.length === 0) out.push(rest.trim());
  return out;
}

export function textPages(chunks: string[]): ExtractedPage[] {
  return chunks.map((text, i) => ({ number: i + 1, text, source: 'text' as const, note: text ? undefined : 'Empty.' }));
}

export function decodeText(data: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(data);
  // Many replacement characters mean the file was not UTF-8: windows-1252 is the usual other.
  const bad = (utf8.match(/\uFFFD/g) ?? []).length;
  return bad > 0 && bad > utf8.length / 1000 ? new TextDecoder('windows-1252').decode(data) : utf8;
}

export const textStep: IngestStep = {
  name: 'text',
  canRun: (doc) => doc.kind === 'text',
  async run(doc) {
    doc.pages = textPages(paginate(decodeText(doc.data)));
  },
};
