// Archives attached to mail are recorded, never expanded here (the records pipeline expands them
// under its own limits). We only read a zip's central directory — no decompression — so a person
// sees what is inside and is warned about a likely zip bomb before anything opens it.
import type yauzl from 'yauzl';
import { yauzlModule } from '../../lazy';

const ARCHIVE_TYPES = /^(?:application\/(?:zip|x-zip|x-zip-compressed|x-7z-compressed|x-rar|x-rar-compressed|vnd\.rar|gzip|x-gzip|x-tar|x-bzip2|x-xz))$/i;
const ARCHIVE_NAMES = /\.(?:zip|7z|rar|gz|tgz|tar|bz2|xz)$/i;

export function isArchive(contentType: string, filename: string | null): boolean {
  return ARCHIVE_TYPES.test(contentType) || (!!filename && ARCHIVE_NAMES.test(filename));
}

/** Bomb thresholds: declared expansion beyond either is reported. */
const MAX_RATIO = 100;
const MAX_DECLARED_BYTES = 1024 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

/** A note about a zip's declared contents, or null when nothing is worth saying. */
export async function inspectZip(content: Buffer, label: string): Promise<string | null> {
  const yauzl = await yauzlModule();
  return new Promise((resolve) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: false }, (err, zip) => {
      if (err || !zip) {
        resolve(`Attachment ${label} looks like a zip archive but its directory could not be read (${err?.message ?? 'unknown error'}).`);
        return;
      }
      let entries = 0;
      let declared = 0;
      let nestedArchives = 0;
      const finish = (note: string | null) => {
        zip.close();
        resolve(note);
      };
      zip.on('error', (e: Error) => finish(`Attachment ${label}: the zip directory is damaged (${e.message}).`));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        declared += entry.uncompressedSize;
        if (ARCHIVE_NAMES.test(entry.fileName)) nestedArchives++;
        if (entries > MAX_ENTRIES) {
          finish(`Attachment ${label} lists more than ${MAX_ENTRIES} files: not expanded (possible zip bomb).`);
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => {
        const ratio = declared / Math.max(1, content.length);
        if (declared > MAX_DECLARED_BYTES || ratio > MAX_RATIO) {
          finish(
            `Attachment ${label} declares ${declared} bytes uncompressed from ${content.length} bytes (ratio ${ratio.toFixed(0)}:1): not expanded (possible zip bomb).`,
          );
        } else if (nestedArchives > 0) {
          finish(`Attachment ${label} contains ${nestedArchives} further archive(s); they are not expanded here.`);
        } else {
          finish(null);
        }
      });
      zip.readEntry();
    });
  });
}
