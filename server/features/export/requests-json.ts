// requests.json written to a temporary file as requests are packed, then added to the ZIP from
// there: an export of thousands of requests never holds all their details in memory.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export class RequestsJsonFile {
  private out!: WriteStream;
  private dir = '';
  private first = true;
  path = '';

  /** Opens the file and writes the head: every key of `head`, then the start of `requests`. */
  static async open(head: Record<string, unknown>): Promise<RequestsJsonFile> {
    const f = new RequestsJsonFile();
    f.dir = await mkdtemp(join(tmpdir(), 'acceso-export-'));
    f.path = join(f.dir, 'requests.json');
    f.out = createWriteStream(f.path);
    const headJson = JSON.stringify(head, null, 2);
    await f.write(`${headJson.slice(0, -2)},\n  "requests": [`);
    return f;
  }

  async add(request: unknown): Promise<void> {
    await this.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(request)}`);
    this.first = false;
  }

  /** Closes the array with `tail` keys after it (e.g. counts known only at the end). */
  async close(tail: Record<string, unknown>): Promise<void> {
    const extra = Object.entries(tail).map(([k, v]) => `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join('');
    await this.write(`\n  ]${extra}\n}\n`);
    this.out.end();
    await once(this.out, 'close');
  }

  stream() {
    return createReadStream(this.path);
  }

  async remove(): Promise<void> {
    if (this.out && !this.out.closed) this.out.destroy();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  private async write(s: string): Promise<void> {
    if (!this.out.write(s)) await once(this.out, 'drain');
  }
}
