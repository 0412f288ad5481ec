// Checks on the raw bytes that mailparser does not report: it decodes what it can and moves on
// silently, but a person looking at a message needs to know when part of it could not be read
// (an unknown charset decoded as UTF-8, a multipart cut off before its closing boundary...).

const KNOWN_TRANSFER_ENCODINGS = new Set(['7bit', '8bit', 'binary', 'quoted-printable', 'base64']);
// Charsets that TextDecoder lacks but mailparser decodes (through libmime / encoding-japanese).
const EXTRA_KNOWN_CHARSETS = /^(?:us-ascii|ascii|7bit|8bit|jis|iso-?2022-?jp.*|eucjp|euc-jp|cp932|ms932|windows-31j|cp949|utf8)$/i;
const REFUSED_CHARSETS = /^(?:(?:cs)?unicode-?1-?1-?)?utf-?7(?:-?imap)?$/i;

/** How many bytes of the raw message are scanned (the checks are about structure, not content). */
const SCAN_BYTES = 8 * 1024 * 1024;

export function charsetKnown(charset: string): boolean {
  const name = charset.trim().replace(/^["']|["']$/g, '');
  if (!name) return true;
  if (REFUSED_CHARSETS.test(name)) return false;
  if (EXTRA_KNOWN_CHARSETS.test(name)) return true;
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

interface HeaderBlockField {
  name: string;
  value: string;
}

/** Every Content-Type / Content-Transfer-Encoding field anywhere in the message, unfolded. */
function mimeFields(raw: string): HeaderBlockField[] {
  const fields: HeaderBlockField[] = [];
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^(content-type|content-transfer-encoding)\s*:(.*)$/i.exec(lines[i]);
    if (!m) continue;
    let value = m[2];
    while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1])) value += ' ' + lines[++i].trim();
    fields.push({ name: m[1].toLowerCase(), value: value.trim() });
  }
  return fields;
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : null;
}

/** Notes, in words, about structure that could not be read properly. */
export function scanRawProblems(rawBuf: Buffer): string[] {
  const problems: string[] = [];
  const raw = rawBuf.subarray(0, SCAN_BYTES).toString('latin1');
  const headerEnd = raw.search(/\r?\n\r?\n/);
  if (headerEnd < 0) problems.push('The message has no blank line between its headers and a body: it may have no body or be cut off.');

  const unknownCharsets = new Set<string>();
  const unknownEncodings = new Set<string>();
  for (const f of mimeFields(raw)) {
    if (f.name === 'content-type') {
      const cs = param(f.value, 'charset');
      if (cs && !charsetKnown(cs)) unknownCharsets.add(cs);
      if (/^multipart\//i.test(f.value)) {
        const boundary = param(f.value, 'boundary');
        if (!boundary) {
          problems.push(`A ${f.value.split(';')[0].trim()} part declares no boundary, so its parts could not be separated; its content is shown as one block.`);
        } else if (rawBuf.length <= SCAN_BYTES && !raw.includes(`--${boundary}--`)) {
          problems.push(`The ${f.value.split(';')[0].trim()} part with boundary "${boundary}" never closes: the message was probably cut off, and the last part may be incomplete.`);
        }
      }
    } else {
      const enc = f.value.replace(/;.*$/, '').trim().toLowerCase();
      if (enc && !KNOWN_TRANSFER_ENCODINGS.has(enc)) unknownEncodings.add(f.value.trim());
    }
  }
  for (const m of raw.slice(0, headerEnd < 0 ? raw.length : headerEnd).matchAll(/=\?([^?\s]+)\?[bBqQ]\?/g)) {
    const cs = m[1].replace(/\*.*$/, '');
    if (!charsetKnown(cs)) unknownCharsets.add(cs);
  }
  for (const cs of unknownCharsets) {
    problems.push(`Text in the unknown or refused character set "${cs}" was read as UTF-8; some characters may be wrong.`);
  }
  for (const enc of unknownEncodings) {
    problems.push(`Unknown transfer encoding "${enc}": that part was read without decoding.`);
  }
  if (rawBuf.length > SCAN_BYTES) problems.push(`Only the first ${SCAN_BYTES / 1024 / 1024} MB were checked for structural problems.`);
  return problems;
}

/** The header section (up to the first blank line), for header-only parsing of huge or broken mail. */
export function headerSection(raw: Buffer, maxBytes = 256 * 1024): Buffer {
  const head = raw.subarray(0, maxBytes);
  const s = head.toString('latin1');
  const m = /\r?\n\r?\n/.exec(s);
  return m ? head.subarray(0, m.index) : head;
}
