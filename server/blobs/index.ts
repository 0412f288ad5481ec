// openBlobStore(env): local folder <data dir>/blobs by default, S3-compatible when
// ACCESO_BLOB_URL is set (format in ./url.ts and docs/records.md).
import { join } from 'node:path';
import { openLocalBlobStore } from './local';
import { openS3BlobStore } from './s3';
import { parseBlobUrl } from './url';
import type { BlobStore } from './types';

export * from './types';
export { parseBlobUrl } from './url';

export interface BlobEnv {
  dataDir: string;
  blobUrl?: string | null;
}

/** Accepts the parsed env (dataDir/blobUrl) or raw variables (ACCESO_DATA_DIR/ACCESO_BLOB_URL). */
export function openBlobStore(env: BlobEnv | Record<string, unknown>): BlobStore {
  const e = env as Record<string, unknown>;
  const blobUrl = (e.blobUrl ?? e.ACCESO_BLOB_URL ?? null) as string | null;
  const dataDir = (e.dataDir ?? e.ACCESO_DATA_DIR ?? './data') as string;
  if (blobUrl) return openS3BlobStore(parseBlobUrl(blobUrl));
  return openLocalBlobStore(join(dataDir, 'blobs'));
}
