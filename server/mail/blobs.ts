// The blob store for mail: the one the context carries, else one opened from the environment and
// kept for the process (raw messages and attachments are content-addressed, so sharing is safe).
import type { AppContext } from '../context';
import { openBlobStore, type BlobStore } from '../blobs';

export function mailBlobs(ctx: AppContext): BlobStore {
  if (ctx.blobs && typeof (ctx.blobs as BlobStore).put === 'function') return ctx.blobs as BlobStore;
  const cached = ctx.services.blobs as BlobStore | undefined;
  if (cached) return cached;
  const store = openBlobStore(ctx.env);
  ctx.services.blobs = store;
  return store;
}
