// A letter as a printable PDF (US Letter, for postal mail, fax or upload to a portal). Standard
// Helvetica covers English and Spanish (WinAnsi); any character it cannot draw is replaced by "?"
// and listed in the result, never dropped silently.
import type { PDFFont } from 'pdf-lib';
import { pdfLib } from '../lazy';
import { formatLetterDate } from './compose';
import type { Letter } from './types';

const PAGE = { width: 612, height: 792 };
const MARGIN = 72;
const SIZE = 11;
const LEADING = 15;

function drawable(font: PDFFont, text: string, replaced: Set<string>): string {
  const set = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/\t/g, '    ')) {
    if (set.has(ch.codePointAt(0)!)) out += ch;
    else {
      replaced.add(ch);
      out += '?';
    }
  }
  return out;
}

function wrap(font: PDFFont, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, SIZE) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface RenderedPdf {
  pdf: Uint8Array;
  pages: number;
  /** Characters the standard font could not draw (printed as "?"). */
  replacedCharacters: string[];
}

export async function renderLetterPdf(letter: Letter, agencyAddress: string[] = []): Promise<RenderedPdf> {
  const { PDFDocument, StandardFonts } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(letter.subject);
  doc.setCreator('Acceso');
  doc.setProducer('Acceso (pdf-lib)');
  doc.setCreationDate(new Date(letter.date + 'T12:00:00Z'));
  doc.setModificationDate(new Date(letter.date + 'T12:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const replaced = new Set<string>();
  const width = PAGE.width - 2 * MARGIN;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const line = (text: string, f: PDFFont = font) => {
    if (y < MARGIN) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
    }
    page.drawText(text, { x: MARGIN, y, size: SIZE, font: f });
    y -= LEADING;
  };
  const block = (text: string, f: PDFFont = font) => {
    for (const l of wrap(f, drawable(f, text, replaced), width)) line(l, f);
  };
  const gap = () => (y -= LEADING * 0.6);

  block(formatLetterDate(letter));
  gap();
  block(letter.recipient, bold);
  for (const a of agencyAddress) block(a);
  gap();
  block(letter.subject, bold);
  gap();
  block(letter.salutation);
  gap();
  for (const p of letter.paragraphs) {
    block(p);
    gap();
  }
  block(letter.closing);
  gap();
  for (const s of letter.signature) block(s);

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const label = `${i + 1} / ${pages.length}`;
    p.drawText(label, { x: PAGE.width - MARGIN - font.widthOfTextAtSize(label, 9), y: MARGIN / 2, size: 9, font });
  });
  return { pdf: await doc.save(), pages: pages.length, replacedCharacters: [...replaced] };
}
