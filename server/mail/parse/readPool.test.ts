// Reading on worker threads gives the same result as reading in-process, and a dead thread only
// means the message is read in-process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { understandMessage } from '../understand/understand';
import { parseMessage } from './parseMessage';
import { ReadPool, readMessage } from './readPool';
import type { AppContext } from '../../context';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const files = ['mikel-mail/attachment_emails/attachment_pdf.eml', 'sisimai-bounces/bsd/lhost-postfix-10.eml', 'mikel-mail/error_emails/missing_body.eml', 'mailparser/nested.eml'];

describe('reading threads', () => {
  const pool = new ReadPool(2, pino({ level: 'silent' }));
  afterAll(() => pool.close());

  it('parse and understand exactly as in-process', async () => {
    for (const f of files) {
      const raw = readFileSync(join(FIXTURES, f));
      const local = await parseMessage(raw);
      const threaded = await pool.read(raw, {});
      expect(threaded.parsed, f).toEqual(local);
      expect(Buffer.isBuffer(threaded.parsed.attachments[0]?.content ?? Buffer.alloc(0))).toBe(true);
      expect(threaded.understanding, f).toEqual(understandMessage(local, raw));
    }
  });

  it('falls back to reading in-process when the threads are gone', async () => {
    const dead = new ReadPool(1, pino({ level: 'silent' }));
    await dead.close();
    const ctx = { services: { mailReadPool: dead }, logger: pino({ level: 'silent' }) } as unknown as AppContext;
    const raw = readFileSync(join(FIXTURES, files[1]));
    const r = await readMessage(ctx, raw, {});
    expect(r.understanding.classification.kind).toBe('bounce');
  });
});
