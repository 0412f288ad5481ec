// Bad input beyond the corpus: zip bombs, nested messages, garbage, truncation, time limits.
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './parseMessage';

/** A one-entry zip (deflated), built by hand so the test needs no zip library. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const crc = crc32(content);
  const fname = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(content.length, 22); local.writeUInt16LE(fname.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(content.length, 24); central.writeUInt16LE(fname.length, 28);
  const localPart = Buffer.concat([local, fname, data]);
  const centralPart = Buffer.concat([central, fname]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12); end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

function mime(parts: { type: string; name?: string; body: Buffer | string; encoding?: 'base64' }[]): Buffer {
  const lines = ['From: foia@agency.example.gov', 'To: r-x@acceso.localhost', 'Subject: records', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="zz"', ''];
  for (const p of parts) {
    lines.push('--zz', `Content-Type: ${p.type}${p.name ? `; name="${p.name}"` : ''}`);
    if (p.name) lines.push(`Content-Disposition: attachment; filename="${p.name}"`);
    if (p.encoding) lines.push(`Content-Transfer-Encoding: ${p.encoding}`);
    lines.push('', p.encoding === 'base64' ? Buffer.from(p.body).toString('base64').replace(/.{76}/g, '$&\r\n') : String(p.body));
  }
  lines.push('--zz--', '');
  return Buffer.from(lines.join('\r\n'));
}

describe('bad input', () => {
  it('records a zip bomb without expanding it', async () => {
    const bomb = zipOf('zeros.bin', Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const parsed = await parseMessage(mime([{ type: 'text/plain', body: 'See attached.' }, { type: 'application/zip', name: 'records.zip', body: bomb, encoding: 'base64' }]));
    expect(parsed.attachments.map((a) => [a.filename, a.archive, a.size])).toEqual([['records.zip', true, bomb.length]]);
    expect(parsed.problems.join(' ')).toMatch(/"records.zip" declares 20971520 bytes uncompressed .* not expanded \(possible zip bomb\)/);
  });

  it('accepts an ordinary zip quietly and says a gzip is recorded, not expanded', async () => {
    const small = zipOf('letter.txt', Buffer.from('Dear requester, the records are attached. '.repeat(3)));
    const parsed = await parseMessage(mime([{ type: 'application/zip', name: 'ok.zip', body: small, encoding: 'base64' }, { type: 'application/x-gzip', name: 'x.gz', body: Buffer.from([0x1f, 0x8b, 8, 0]), encoding: 'base64' }]));
    expect(parsed.problems).toEqual(['Attachment "x.gz" is an archive; it is recorded, not expanded here.']);
  });

  it('summarises nested messages and notes what inside them could not be read', async () => {
    const inner = 'From: clerk@agency.example.gov\r\nSubject: =?NONE?B?SGVsbG8=?=\r\nMessage-ID: <inner@agency.example.gov>\r\n\r\nforwarded body\r\n';
    const parsed = await parseMessage(mime([{ type: 'text/plain', body: 'Forwarding.' }, { type: 'message/rfc822', name: 'fwd.eml', body: inner }]));
    const nested = parsed.attachments.find((a) => a.contentType === 'message/rfc822');
    expect(nested?.nested).toMatchObject({ messageId: '<inner@agency.example.gov>', from: { address: 'clerk@agency.example.gov' } });
    expect(parsed.problems.join(' ')).toMatch(/In attached message "fwd.eml": Text in the unknown or refused character set "NONE"/);
  });

  it('never throws on garbage, empty input or a message cut off in its headers', async () => {
    for (const raw of [Buffer.alloc(0), Buffer.from([0, 1, 2, 255, 254, 10, 13]), Buffer.from('Subject: cut off\r\nContent-Type: multipart/mixed; bound'), Buffer.alloc(10_000, 0x41)]) {
      const parsed = await parseMessage(raw);
      expect(parsed.size).toBe(raw.length);
      expect(parsed.problems.length).toBeGreaterThan(0);
    }
  });

  it('stops at the time limit and falls back to the headers', async () => {
    const raw = Buffer.from(`Subject: slow\r\nContent-Type: text/html\r\n\r\n${'<div>'.repeat(200_000)}x`);
    const parsed = await parseMessage(raw, { timeoutMs: 1 });
    expect(parsed.subject).toBe('slow');
    expect(parsed.problems.join(' ')).toMatch(/parsing took longer than 1 ms\); only the headers were read/);
  });
});
