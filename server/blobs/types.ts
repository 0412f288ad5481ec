// The blob store contract. Every stored file (uploads, mail attachments, raw messages, page
// images) is kept once, addressed by the SHA-256 of its bytes. Two implementations share this
// interface and one test suite: a local folder (default) and S3-compatible storage.
import type { Readable } from 'node:stream';

export interface BlobRef {
  /** Lowercase hex SHA-256 of the content. */
  sha256: string;
  /** Size in bytes. */
  size: number;
}

export interface BlobStore {
  /** Which backend: shown by diagnostics. */
  readonly kind: 'local' | 's3';
  /**
   * Stores the bytes durably (local: temp file, fsync, rename; S3: upload finished) before
   * resolving, so a database row that refers to the hash can commit afterwards. Idempotent.
   * `maxBytes` aborts a stream that grows beyond it (error code `blob_too_large`).
   */
  put(data: Buffer | Readable, options?: { maxBytes?: number }): Promise<BlobRef>;
  /** The whole blob in memory. Throws `BlobNotFoundError` when absent. */
  get(sha256: string): Promise<Buffer>;
  /** A stream of the blob; the stream errors with `BlobNotFoundError` when absent. */
  stream(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
  /** Removes the blob; no error when it is already gone. */
  delete(sha256: string): Promise<void>;
  /** Every stored hash, in no particular order. */
  list(): AsyncIterable<string>;
  /** When the blob was stored (for the orphan sweep's grace period); null when absent. */
  storedAt(sha256: string): Promise<Date | null>;
  /** Releases sockets/handles (S3 client). */
  close(): Promise<void>;
}

export class BlobNotFoundError extends Error {
  readonly code = 'blob_not_found';
  constructor(readonly sha256: string) {
    super(`Blob ${sha256} is not in the blob store.`);
  }
}

export class BlobTooLargeError extends Error {
  readonly code = 'blob_too_large';
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${maxBytes} bytes.`);
  }
}

const HEX64 = /^[0-9a-f]{64}$/;
export function assertSha256(sha256: string): void {
  if (!HEX64.test(sha256)) throw new Error(`Not a SHA-256 hex digest: ${JSON.stringify(sha256)}`);
}
