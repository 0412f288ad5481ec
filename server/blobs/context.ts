// The process's blob store, shared by every feature through the context (mail uses the same
// `services.blobs` slot, so one store and one S3 client per process).
import type { AppContext } from '../context';
import { openBlobStore } from './index';
import type { BlobStore } from './types';

export function blobStoreOf(ctx: AppContext): BlobStore {
  if (ctx.blobs && typeof (ctx.blobs as BlobStore).put === 'function') return ctx.blobs as BlobStore;
  const cached = ctx.services.blobs as BlobStore | undefined;
  if (cached) return cached;
  const store = openBlobStore(ctx.env);
  ctx.services.blobs = store;
  return store;
}
