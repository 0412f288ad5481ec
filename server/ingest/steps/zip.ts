// ZIP archives (yauzl), zip-bomb safe: the entry count, nesting depth and expanded size are
// checked against the declared sizes first and against the bytes actually inflated while reading.
// Each file inside becomes a document of its own; the archive's one page lists its contents.
import type yauzl from 'yauzl';
import { yauzlModule } from '../../lazy';
import { IngestError, throwIfAborted, type ChildFile, type IngestStep } from '../step';
import { describe } from './pdf';

export const zipStep: IngestStep = {
  name: 'zip',
  canRun: (doc) => doc.kind === 'zip',
  async run(doc, ctx) {
    const { limits } = ctx;
    if (doc.depth >= limits.archiveDepth) {
      throw new IngestError('zip', 'archive_limit', `The archive is nested deeper than ${limits.archiveDepth} levels (ACCESO_INGEST_ARCHIVE_DEPTH).`);
    }
    const yauzl = await yauzlModule();
    const zip = await new Promise<yauzl.ZipFile>((res, rej) =>
      yauzl.fromBuffer(doc.data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, z) => (e ? rej(e) : res(z!))),
    ).catch((e) => { throw new IngestError('zip', 'damaged', `The ZIP archive could not be read: ${describe(e)}.`); });
    doc.held.set('zip', { release: () => zip.close() });
    if (zip.entryCount > limits.archiveEntries) {
      throw new IngestError('zip', 'archive_limit', `The archive has ${zip.entryCount} entries; the limit is ${limits.archiveEntries} (ACCESO_MAX_ARCHIVE_ENTRIES).`);
    }
    const children: ChildFile[] = [];
    const listing: string[] = [];
    let expanded = 0;
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => reject(e instanceof IngestError ? e : new IngestError('zip', 'damaged', `The ZIP archive could not be read: ${describe(e)}.`));
      zip.on('error', fail);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        try { throwIfAborted(ctx.signal, 'zip', limits); } catch (e) { return fail(e); }
        const name = entry.fileName;
        if (name.endsWith('/')) { zip.readEntry(); return; }
        if (entry.generalPurposeBitFlag & 1) {
          listing.push(`${name} (encrypted: not opened)`);
          doc.flags.push(`"${name}" in the archive is encrypted and was not opened.`);
          zip.readEntry();
          return;
        }
        if (expanded + entry.uncompressedSize > limits.archiveExpandedBytes) {
          return fail(new IngestError('zip', 'archive_limit', `The archive expands beyond ${limits.archiveExpandedBytes} bytes (ACCESO_MAX_ARCHIVE_EXPANDED_BYTES): a possible zip bomb.`));
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return fail(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => {
            expanded += c.length;
            if (expanded > limits.archiveExpandedBytes) {
              stream.destroy();
              return fail(new IngestError('zip', 'archive_limit', `The archive expands beyond ${limits.archiveExpandedBytes} bytes (ACCESO_MAX_ARCHIVE_EXPANDED_BYTES): a possible zip bomb.`));
            }
            chunks.push(c);
          });
          stream.on('error', fail);
          stream.on('end', () => {
            const data = Buffer.concat(chunks);
            listing.push(`${name} (${data.length} bytes)`);
            children.push({ filename: name.split('/').pop() || name, path: name, mediaType: null, data });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
    doc.children.push(...children);
    doc.pages = [{ number: 1, text: `Archive contents (${children.length} files):\n${listing.join('\n')}`, source: 'text' }];
  },
  async cleanup(doc) {
    await doc.held.get('zip')?.release();
    doc.held.delete('zip');
  },
};
