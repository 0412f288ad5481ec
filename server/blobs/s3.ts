// S3-compatible blob store (AWS S3, MinIO, Ceph, s3rver in tests). Objects are keyed
// <prefix>ab/cd/<sha256>. A stream is first spooled to a local temp file so the hash (the key)
// is known before upload; the upload has finished before put() resolves.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { BlobNotFoundError, BlobTooLargeError, assertSha256, type BlobRef, type BlobStore } from './types';
import type { S3Location } from './url';

type Sdk = typeof import('@aws-sdk/client-s3');

export function openS3BlobStore(location: S3Location): BlobStore {
  // The SDK is loaded on first use: installs on the local folder never pay for it.
  let ready: Promise<{ sdk: Sdk; client: S3Client }> | null = null;
  const connect = () => (ready ??= import('@aws-sdk/client-s3').then((sdk) => ({
    sdk,
    client: new sdk.S3Client({ endpoint: location.endpoint, region: location.region, forcePathStyle: location.forcePathStyle, credentials: location.credentials }),
  })));
  const send = async <T>(make: (sdk: Sdk) => unknown): Promise<T> => {
    const { sdk, client } = await connect();
    return (await client.send(make(sdk) as never)) as T;
  };
  const { bucket, prefix } = location;
  const keyOf = (sha: string) => `${prefix}${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;

  async function upload(sha256: string, body: Buffer | Readable, size: number): Promise<void> {
    await send((sdk) => new sdk.PutObjectCommand({
      Bucket: bucket, Key: keyOf(sha256), Body: body, ContentLength: size,
      ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
    }));
  }

  async function put(data: Buffer | Readable, options: { maxBytes?: number } = {}): Promise<BlobRef> {
    if (Buffer.isBuffer(data)) {
      if (options.maxBytes !== undefined && data.length > options.maxBytes) throw new BlobTooLargeError(options.maxBytes);
      const sha256 = createHash('sha256').update(data).digest('hex');
      if (!(await head(sha256))) await upload(sha256, data, data.length);
      return { sha256, size: data.length };
    }
    const dir = await mkdtemp(join(tmpdir(), 'acceso-blob-'));
    const spool = join(dir, randomBytes(8).toString('hex'));
    try {
      const hash = createHash('sha256');
      let size = 0;
      const counter = new PassThrough({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (options.maxBytes !== undefined && size > options.maxBytes) return done(new BlobTooLargeError(options.maxBytes));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(data, counter, createWriteStream(spool));
      const sha256 = hash.digest('hex');
      if (!(await head(sha256))) await upload(sha256, createReadStream(spool), (await stat(spool)).size);
      return { sha256, size };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async function head(sha256: string): Promise<Date | null> {
    try {
      const out = await send<{ LastModified?: Date }>((sdk) => new sdk.HeadObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
      return out.LastModified ?? new Date(0);
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async function open(sha256: string): Promise<Readable> {
    assertSha256(sha256);
    try {
      const out = await send<{ Body?: unknown }>((sdk) => new sdk.GetObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
      return out.Body as Readable;
    } catch (e) {
      if (isNotFound(e)) throw new BlobNotFoundError(sha256);
      throw e;
    }
  }

  async function* list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const out = await send<{ Contents?: Array<{ Key?: string }>; IsTruncated?: boolean; NextContinuationToken?: string }>((sdk) => new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of out.Contents ?? []) {
        const name = o.Key?.split('/').pop() ?? '';
        if (/^[0-9a-f]{64}$/.test(name)) yield name;
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    kind: 's3',
    put,
    get: async (sha) => {
      const body = await open(sha);
      const chunks: Buffer[] = [];
      for await (const c of body) chunks.push(Buffer.from(c));
      return Buffer.concat(chunks);
    },
    stream: (sha) => {
      const out = new PassThrough();
      open(sha).then((body) => { body.on('error', (e) => out.destroy(e)); body.pipe(out); }, (e) => out.destroy(e));
      return out;
    },
    has: async (sha) => { assertSha256(sha); return (await head(sha)) !== null; },
    storedAt: async (sha) => { assertSha256(sha); return head(sha); },
    delete: async (sha) => { assertSha256(sha); await send((sdk) => new sdk.DeleteObjectCommand({ Bucket: bucket, Key: keyOf(sha) })); },
    list,
    close: async () => { if (ready) (await ready).client.destroy(); },
  };
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NotFound' || err?.name === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404;
}

