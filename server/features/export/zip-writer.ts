// A ZIP written straight into the blob store as it is built (yazl -> BlobStore.put): files are
// read one at a time from their own streams, so an export of many large documents never sits in
// memory, and `addStream` resolves once that file is in the ZIP (progress counts real work).
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { BlobRef, BlobStore } from '../../blobs/types';

export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly stored: Promise<BlobRef>;
  private failure: Error | null = null;
  private readonly failed: Promise<never>;

  constructor(blobs: BlobStore, private readonly mtime: Date) {
    this.stored = blobs.put(this.zip.outputStream as unknown as Readable);
    this.failed = new Promise<never>((_, reject) => {
      this.stored.catch((e: Error) => { this.failure = e; reject(e); });
      this.zip.on('error', (e: Error) => { this.failure = e; reject(e); });
    });
    this.failed.catch(() => {});
  }

  addBuffer(name: string, data: Buffer): void {
    this.check();
    this.zip.addBuffer(data, name, { mtime: this.mtime });
  }

  /** Adds a file read from `open()` when the ZIP gets to it; resolves once it is all in. */
  async addStream(name: string, open: () => Readable): Promise<void> {
    this.check();
    const done = new Promise<void>((resolve, reject) => {
      this.zip.addReadStreamLazy(name, { mtime: this.mtime }, (cb) => {
        const s = open();
        s.once('end', () => resolve());
        s.once('error', reject);
        cb(null, s);
      });
    });
    await Promise.race([done, this.failed]);
  }

  /** Ends the ZIP; resolves with the stored blob once it is durably in the store. */
  async finish(): Promise<BlobRef> {
    this.check();
    this.zip.end();
    return Promise.race([this.stored, this.failed]);
  }

  /** Gives up: the store's half-written upload is discarded (its put rejects). */
  abort(reason: Error): void {
    (this.zip.outputStream as unknown as Readable).destroy(reason);
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/** A file name safe inside a ZIP on every system: no folders, no control characters, not empty. */
export function safeName(name: string): string {
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_').replace(/^\.+/, '_').trim().slice(0, 150);
  return cleaned || 'file';
}
