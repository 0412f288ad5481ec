import { createHash } from 'node:crypto';
import { mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBlobStore, parseBlobUrl, BlobNotFoundError, type BlobStore } from './index';
import { sweepOrphanBlobs } from './sweep';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function collect(it: AsyncIterable<string>) { const out: string[] = []; for await (const x of it) out.push(x); return out; }

function contract(name: string, setup: () => Promise<{ store: BlobStore; teardown: () => Promise<void> }>) {
  describe(`blob store: ${name}`, () => {
    let store: BlobStore;
    let teardown: () => Promise<void>;
    beforeAll(async () => ({ store, teardown } = await setup()));
    afterAll(async () => { await store?.close(); await teardown?.(); });

    it('stores a buffer under its SHA-256 and reads it back', async () => {
      const data = Buffer.from('released record page 1\n');
      const ref = await store.put(data);
      expect(ref).toEqual({ sha256: sha(data), size: data.length });
      expect((await store.get(ref.sha256)).equals(data)).toBe(true);
      expect(await store.has(ref.sha256)).toBe(true);
    });

    it('stores a stream (several chunks) and streams it back', async () => {
      const parts = [Buffer.alloc(70_000, 1), Buffer.alloc(3, 2), Buffer.from('end')];
      const whole = Buffer.concat(parts);
      const ref = await store.put(Readable.from(parts));
      expect(ref.sha256).toBe(sha(whole));
      const chunks: Buffer[] = [];
      for await (const c of store.stream(ref.sha256)) chunks.push(Buffer.from(c));
      expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    });

    it('is idempotent: the same content twice is one blob', async () => {
      const data = Buffer.from('same bytes');
      const a = await store.put(data);
      const b = await store.put(Readable.from([data]));
      expect(a.sha256).toBe(b.sha256);
      expect((await collect(store.list())).filter((s) => s === a.sha256)).toHaveLength(1);
    });

    it('refuses a stream beyond maxBytes and keeps nothing of it', async () => {
      const before = await collect(store.list());
      await expect(store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 })).rejects.toMatchObject({ code: 'blob_too_large' });
      expect((await collect(store.list())).sort()).toEqual(before.sort());
    });

    it('refuses bytes beyond maxBytes, and stores bytes in memory exactly', async () => {
      const before = await collect(store.list());
      await expect(store.put(Buffer.alloc(1200, 3), { maxBytes: 1000 })).rejects.toMatchObject({ code: 'blob_too_large' });
      expect((await collect(store.list())).sort()).toEqual(before.sort());
      const data = Buffer.from(Array.from({ length: 40_000 }, (_, i) => i % 251));
      const ref = await store.put(data, { maxBytes: 40_000 });
      expect(ref).toEqual({ sha256: sha(data), size: 40_000 });
      expect((await store.get(ref.sha256)).equals(data)).toBe(true);
    });

    it('reports a missing blob as not found (get, stream, has)', async () => {
      const missing = sha(Buffer.from('never stored'));
      await expect(store.get(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await store.has(missing)).toBe(false);
      const s = store.stream(missing);
      await expect(new Promise((res, rej) => { s.on('error', rej); s.on('end', res); s.resume(); })).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it('rejects a key that is not a SHA-256 (no path tricks)', async () => {
      await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a SHA-256/);
    });

    it('lists and deletes', async () => {
      const ref = await store.put(Buffer.from('to delete'));
      expect(await collect(store.list())).toContain(ref.sha256);
      await store.delete(ref.sha256);
      expect(await store.has(ref.sha256)).toBe(false);
      await store.delete(ref.sha256); // already gone: no error
    });

    it('sweeps orphans older than the grace period only', async () => {
      const kept = await store.put(Buffer.from('referenced by a row'));
      const orphan = await store.put(Buffer.from('no row refers to me'));
      const young = await sweepOrphanBlobs(store, [async (b) => new Set(b.filter((s) => s === kept.sha256))], { graceMs: 3_600_000 });
      expect(young.deleted).toEqual([]);
      const later = new Date(Date.now() + 2 * 3_600_000);
      const res = await sweepOrphanBlobs(store, [async (b) => new Set(b.filter((s) => s === kept.sha256))], { graceMs: 3_600_000, now: later });
      expect(res.deleted).toContain(orphan.sha256);
      expect(res.deleted).not.toContain(kept.sha256);
      expect(await store.has(kept.sha256)).toBe(true);
      expect(await store.has(orphan.sha256)).toBe(false);
    });

    it('deletes nothing when a reference check fails (a failed check is not "no row refers to it")', async () => {
      const blob = await store.put(Buffer.from('referenced, but the check cannot tell'));
      const failing = async () => { throw new Error('database gone'); };
      await expect(sweepOrphanBlobs(store, [failing], { graceMs: 0, now: new Date(Date.now() + 3_600_000) })).rejects.toThrow(/database gone/);
      expect(await store.has(blob.sha256)).toBe(true);
    });
  });
}

contract('local folder', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'acceso-blobs-'));
  const store = openBlobStore({ dataDir: dir });
  return { store, teardown: async () => {
    expect(await readdir(join(dir, 'blobs', 'tmp'))).toEqual([]); // no temp file left behind
    await rm(dir, { recursive: true, force: true });
  } };
});

contract('S3 (s3rver on loopback, real @aws-sdk/client-s3 over HTTP)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'acceso-s3rver-'));
  const { default: S3rver } = await import('s3rver');
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'acceso', configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  const store = openBlobStore({ dataDir: dir, blobUrl: `s3://S3RVER:S3RVER@127.0.0.1:${port}/acceso/blobs?region=us-east-1&forcePathStyle=true` });
  return { store, teardown: async () => { await server.close(); await rm(dir, { recursive: true, force: true }); } };
});

describe('ACCESO_BLOB_URL', () => {
  it('parses key, secret, endpoint, bucket, prefix and options', () => {
    expect(parseBlobUrl('s3://AK:s%2Fecret@minio.internal:9000/records/prod?region=eu-west-1&forcePathStyle=false')).toEqual({
      endpoint: 'https://minio.internal:9000', region: 'eu-west-1', bucket: 'records', prefix: 'prod/', forcePathStyle: false,
      credentials: { accessKeyId: 'AK', secretAccessKey: 's/ecret' },
    });
    expect(parseBlobUrl('s3://127.0.0.1:4569/b').endpoint).toBe('http://127.0.0.1:4569');
  });
  it('names what is wrong', () => {
    expect(() => parseBlobUrl('http://x/b')).toThrow(/must start with s3/);
    expect(() => parseBlobUrl('s3://host/')).toThrow(/no bucket/);
    expect(() => parseBlobUrl('s3://host/b?regoin=x')).toThrow(/unknown parameter "regoin"/);
    expect(() => parseBlobUrl('s3://key@host/b')).toThrow(/both key and secret/);
  });
});
