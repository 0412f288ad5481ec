// Every fixture message is accepted (parsed without throwing, with notes for what could not be
// read), and bounces / auto-replies agree with the labels the sisimai test suite states.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../parse/parseMessage';
import { classifyMessage, type Classification } from './classify';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return emlFiles(p);
    return p.endsWith('.eml') ? [p] : [];
  });
}

async function understand(file: string): Promise<Classification> {
  const raw = readFileSync(file);
  return classifyMessage(await parseMessage(raw), raw);
}

describe('mail corpus: every file is accepted', () => {
  const files = emlFiles(FIXTURES);
  it('has the whole corpus (194 messages)', () => {
    expect(files.length).toBe(194);
  });
  it('parses every file without throwing, keeping size and hash, and classifies it', async () => {
    for (const file of files) {
      const raw = readFileSync(file);
      const parsed = await parseMessage(raw);
      expect(parsed.size, file).toBe(raw.length);
      expect(parsed.contentHash, file).toMatch(/^[0-9a-f]{64}$/);
      expect(['reply', 'bounce', 'auto-reply']).toContain(classifyMessage(parsed, raw).kind);
    }
  });
  it('notes in words what could not be read in broken messages', async () => {
    const cut = await parseMessage(readFileSync(join(FIXTURES, 'mikel-mail/error_emails/missing_body.eml')));
    expect(cut.problems.join(' ')).toMatch(/never closes/);
    const badCharset = await parseMessage(readFileSync(join(FIXTURES, 'mikel-mail/error_emails/bad_encoded_subject.eml')));
    expect(badCharset.problems.join(' ')).toMatch(/character set "NONE"/);
    const badEncoding = await parseMessage(readFileSync(join(FIXTURES, 'mikel-mail/error_emails/content_transfer_encoding_x_uuencode.eml')));
    expect(badEncoding.problems.join(' ')).toMatch(/transfer encoding "x-uuencode"/);
  });
  it('reads a huge message as headers only when over the configured limit', async () => {
    const raw = readFileSync(join(FIXTURES, 'mailparser/large_text.eml'));
    const parsed = await parseMessage(raw, { maxMessageBytes: 100_000 });
    expect(parsed.subject).toMatch(/Bug 381598/);
    expect(parsed.text).toBe('');
    expect(parsed.problems.join(' ')).toMatch(/more than the limit of 100000 bytes: only its headers were read/);
  });
});

describe('mail corpus: mikel/mail delivery reports', () => {
  it('treats Action: failed reports as bounces and an Action: delayed warning as a bounce noticed as delayed (not final)', async () => {
    const dir = join(FIXTURES, 'mikel-mail/multipart_report_emails');
    const kinds = Object.fromEntries(await Promise.all(readdirSync(dir).map(async (f) => [f, await understand(join(dir, f))] as const)));
    expect(kinds['report_422.eml'].kind).toBe('bounce');
    expect(kinds['report_422.eml'].notice).toBe('delayed');
    for (const f of ['multi_address_bounce1.eml', 'multi_address_bounce2.eml', 'multipart_report_multiple_status.eml', 'report_530.eml']) {
      expect(kinds[f].kind, f).toBe('bounce');
    }
    expect(kinds['multi_address_bounce1.eml'].recipients.length).toBeGreaterThan(1);
  });
});

describe('mail corpus: sisimai labels (expected.json)', () => {
  it('agrees with at least 95% of the labels and lists every disagreement', async () => {
    const dir = join(FIXTURES, 'sisimai-bounces');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { bounce: boolean; reason: string | null }>;
    const disagreements: string[] = [];
    let agree = 0;
    for (const [file, label] of Object.entries(expected)) {
      const c = await understand(join(dir, file));
      // bounce true -> bounce; vacation -> auto-reply; every other non-bounce -> anything but bounce.
      const want = label.bounce ? 'bounce' : label.reason === 'vacation' ? 'auto-reply' : 'not a bounce';
      const ok = want === 'not a bounce' ? c.kind !== 'bounce' : c.kind === want;
      if (ok) agree++;
      else disagreements.push(`${file}: expected ${want} (sisimai reason ${label.reason}), got ${c.kind}${c.notice ? ` (${c.notice})` : ''} because ${c.reasons.join('; ') || 'no bounce or auto-reply signal'}`);
    }
    const total = Object.keys(expected).length;
    const rate = agree / total;
    console.log(`sisimai agreement: ${agree}/${total} = ${(rate * 100).toFixed(1)}%`);
    console.log(disagreements.length ? `disagreements:\n  ${disagreements.join('\n  ')}` : 'no disagreements');
    expect(total).toBe(131);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});

