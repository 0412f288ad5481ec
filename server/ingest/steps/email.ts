// A nested e-mail (.eml, or a message attached to a message): headers and body become the text,
// attachments become documents of their own (one level deeper), within the archive limits.
import { mailparser } from '../../lazy';
import { IngestError, type IngestStep } from '../step';
import { paginate, textPages } from './text';
import { describe } from './pdf';

export const emailStep: IngestStep = {
  name: 'email',
  canRun: (doc) => doc.kind === 'email',
  async run(doc, ctx) {
    let mail;
    try {
      mail = await (await mailparser()).simpleParser(doc.data, { skipImageLinks: true, maxHtmlLengthToParse: 2 * 1024 * 1024 });
    } catch (e) {
      throw new IngestError('email', 'damaged', `The e-mail could not be read: ${describe(e)}.`);
    }
    const addr = (a: unknown) => (a ? (Array.isArray(a) ? a.map((x) => x.text).join(', ') : (a as { text: string }).text) : '');
    const header = [
      `From: ${addr(mail.from)}`, `To: ${addr(mail.to)}`, mail.cc ? `Cc: ${addr(mail.cc)}` : '',
      `Date: ${mail.date ? mail.date.toISOString() : '(no valid date)'}`, `Subject: ${mail.subject ?? ''}`,
    ].filter(Boolean).join('\n');
    const body = mail.text ?? (typeof mail.html === 'string' ? mail.html.replace(/<[^>]+>/g, ' ') : '');
    doc.pages = textPages(paginate(`${header}\n\n${body}`.slice(0, ctx.limits.pageChars * 50)));
    const attachments = mail.attachments ?? [];
    if (!attachments.length) return;
    if (doc.depth >= ctx.limits.archiveDepth) {
      doc.flags.push(`${attachments.length} attachment(s) not opened: nested deeper than ${ctx.limits.archiveDepth} levels (ACCESO_INGEST_ARCHIVE_DEPTH).`);
      return;
    }
    let total = 0;
    for (const [i, a] of attachments.entries()) {
      if (doc.children.length >= ctx.limits.archiveEntries) {
        doc.flags.push(`Only the first ${ctx.limits.archiveEntries} attachments were kept (ACCESO_MAX_ARCHIVE_ENTRIES).`);
        break;
      }
      total += a.content.length;
      if (total > ctx.limits.archiveExpandedBytes) {
        throw new IngestError('email', 'archive_limit', `The attachments expand beyond ${ctx.limits.archiveExpandedBytes} bytes (ACCESO_MAX_ARCHIVE_EXPANDED_BYTES).`);
      }
      const name = a.filename || `attachment-${i + 1}`;
      doc.children.push({ filename: name, path: name, mediaType: a.contentType ?? null, data: a.content });
    }
  },
};
