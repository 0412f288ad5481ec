// DOCX via mammoth. A Word file has no fixed pages, so its text is cut into sections of about
// 3,000 characters; the document carries a flag saying so.
import { IngestError, type IngestStep } from '../step';
import { paginate, textPages } from './text';
import { describe } from './pdf';

export const docxStep: IngestStep = {
  name: 'docx',
  canRun: (doc) => doc.kind === 'docx',
  async run(doc) {
    const mammoth = (await import('mammoth')).default;
    let text: string;
    try {
      text = (await mammoth.extractRawText({ buffer: doc.data })).value;
    } catch (e) {
      throw new IngestError('docx', 'damaged', `The Word document could not be read: ${describe(e)}.`);
    }
    doc.pages = textPages(paginate(text));
    doc.flags.push('A Word document has no fixed pages: its text is shown in sections of about 3,000 characters.');
  },
};
