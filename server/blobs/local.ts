// Local-folder blob store: <dir>/ab/cd/<sha256>. Written to a temporary name in the same folder,
// fsynced, then renamed, so a reader never sees a half-written blob and a crash leaves at most
// a temp file (removed by the orphan sweep's temp clean-up).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobNotFoundError, BlobTooLargeError, assertSha256, type BlobRef, type BlobStore } from './types';

export function openLocalBlobStore(dir: string): BlobStore {
  const pathOf = (sha: string) => join(dir, sha.slice(0, 2), sha.slice(2, 4), sha);
  const tmpDir = join(dir, 'tmp');

  async function put(data: Buffer | Readable, options: { maxBytes?: number } = {}): Promise<BlobRef> {
    if (Buffer.isBuffer(data)) return putBuffer(data, options);
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
      const counter = new PassThrough({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (options.maxBytes !== undefined && size > options.maxBytes) return done(new BlobTooLargeError(options.maxBytes));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(source, counter, createWriteStream(tmp, { flags: 'wx' }));
      const fh = await open(tmp, 'r+');
      try { await fh.sync(); } finally { await fh.close(); }
      const sha256 = hash.digest('hex');
      const final = pathOf(sha256);
      await mkdir(join(final, '..'), { recursive: true });
      await rename(tmp, final);
      await fsyncDir(join(final, '..'));
      return { sha256, size };
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  // The same steps for bytes already in memory, without a stream pipeline: hashed at once and
  // written with one call, so a busy event loop delays it less (mail attachments, decision 0606).
  async function putBuffer(data: Buffer, options: { maxBytes?: number }): Promise<BlobRef> {
    if (options.maxBytes !== undefined && data.length > options.maxBytes) throw new BlobTooLargeError(options.maxBytes);
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const sha256 = createHash('sha256').update(data).digest('hex');
    try {
      const fh = await open(tmp, 'wx');
      try {
        await fh.writeFile(data);
        await fh.sync();
      } finally {
        await fh.close();
      }
      const final = pathOf(sha256);
      await mkdir(join(final, '..'), { recursive: true });
      await rename(tmp, final);
      await fsyncDir(join(final, '..'));
      return { sha256, size: data.length };
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async function get(sha256: string): Promise<Buffer> {
    assertSha256(sha256);
    try {
      return await readFile(pathOf(sha256));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError(sha256);
      throw e;
    }
  }

  function stream(sha256: string): Readable {
    assertSha256(sha256);
    const out = new PassThrough();
    const file = createReadStream(pathOf(sha256));
    file.on('error', (e) => out.destroy((e as NodeJS.ErrnoException).code === 'ENOENT' ? new BlobNotFoundError(sha256) : e));
    return file.pipe(out);
  }

  async function storedAt(sha256: string): Promise<Date | null> {
    assertSha256(sha256);
    try {
      return (await stat(pathOf(sha256))).mtime;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async function* list(): AsyncIterable<string> {
    for (const a of await readdirOrEmpty(dir)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await readdirOrEmpty(join(dir, a))) {
        for (const name of await readdirOrEmpty(join(dir, a, b))) if (/^[0-9a-f]{64}$/.test(name)) yield name;
      }
    }
  }

  return {
    kind: 'local',
    put,
    get,
    stream,
    has: async (sha) => (await storedAt(sha)) !== null,
    delete: async (sha) => {
      assertSha256(sha);
      await unlink(pathOf(sha)).catch((e) => { if (e.code !== 'ENOENT') throw e; });
    },
    list,
    storedAt,
    close: async () => {},
  };
}

async function readdirOrEmpty(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function fsyncDir(path: string): Promise<void> {
  // Makes the rename itself durable; some filesystems refuse fsync on a directory: then the
  // rename is as durable as that filesystem allows.
  const fh = await open(path, 'r');
  try { await fh.sync(); } catch { /* EINVAL/EISDIR on some filesystems */ } finally { await fh.close(); }
}
