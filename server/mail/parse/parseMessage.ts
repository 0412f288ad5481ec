// Parse any raw message without throwing. mailparser does the MIME work; around it we enforce
// the size and time limits, fall back to the headers alone when the body cannot be read, and
// collect in `problems` every part that could not be read, in words.
import { createHash } from 'node:crypto';
import type { AddressObject, ParsedMail, Attachment, simpleParser as SimpleParser } from 'mailparser';
import { mailparser } from '../../lazy';
import { DEFAULT_PARSE_LIMITS, type MailAddress, type ParseLimits, type ParsedAttachment, type ParsedMessage } from './types';
import { headerSection, scanRawProblems } from './rawScan';
import { inspectZip, isArchive } from './archives';

type Parsed = ParsedMail & { textConversionError?: Error };

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!value) return [];
  const out: MailAddress[] = [];
  const walk = (list: { address?: string; name?: string; group?: unknown[] }[]) => {
    for (const a of list) {
      if (a.group) walk(a.group as { address?: string; name?: string }[]);
      else if (a.address) out.push({ address: a.address, name: a.name ?? '' });
    }
  };
  for (const obj of Array.isArray(value) ? value : [value]) walk(obj.value ?? []);
  return out;
}

function headerMap(parsed: Parsed): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const { key, line } of parsed.headerLines ?? []) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    (map[key.toLowerCase()] ??= []).push(value);
  }
  return map;
}

function bracketless(list: string[]): string[] {
  return list.map((v) => v.replace(/^<|>$/g, '').trim().toLowerCase()).filter(Boolean);
}

function referenceList(refs: string | string[] | undefined): string[] {
  if (!refs) return [];
  return (Array.isArray(refs) ? refs : [refs]).flatMap((r) => r.split(/\s+/)).filter((r) => /^<[^>]+>$/.test(r));
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`parsing took longer than ${ms} ms`)), ms);
    }),
  ]);
}

async function runParser(raw: Buffer, limits: ParseLimits): Promise<Parsed> {
  const { simpleParser } = await mailparser();
  return (await withTimeout(
    simpleParser(raw, {
      keepDeliveryStatus: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      keepCidLinks: true,
      maxHtmlLengthToParse: limits.maxHtmlBytes,
    } as Parameters<typeof SimpleParser>[1]),
    limits.timeoutMs,
  )) as Parsed;
}

async function toAttachment(a: Attachment, limits: ParseLimits, depth: number, problems: string[], index: number): Promise<ParsedAttachment> {
  const content = a.content ?? Buffer.alloc(0);
  const contentType = (a.contentType || 'application/octet-stream').toLowerCase();
  const filename = a.filename ?? null;
  const label = filename ? `"${filename}"` : `#${index + 1} (${contentType})`;
  const att: ParsedAttachment = {
    filename,
    contentType,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    contentId: a.contentId ?? null,
    inline: a.contentDisposition === 'inline',
    archive: isArchive(contentType, filename),
  };
  if (att.archive && (/^application\/(?:x-)?zip(?:-compressed)?$/.test(contentType) || /\.zip$/i.test(filename ?? ''))) {
    const note = await inspectZip(content, label);
    if (note) problems.push(note);
  } else if (att.archive) {
    problems.push(`Attachment ${label} is an archive; it is recorded, not expanded here.`);
  }
  if (contentType === 'message/rfc822' || contentType === 'message/global') {
    if (depth >= limits.maxNestingDepth) {
      problems.push(`Attached message ${label} is nested more than ${limits.maxNestingDepth} levels deep; it was stored but not read.`);
    } else if (content.length === 0) {
      problems.push(`Attached message ${label} is empty.`);
    } else {
      const inner = await parseAt(content, limits, depth + 1);
      att.nested = {
        messageId: inner.messageId,
        subject: inner.subject,
        from: inner.from,
        to: inner.to,
        date: inner.date,
        problems: inner.problems,
      };
      for (const p of inner.problems) problems.push(`In attached message ${label}: ${p}`);
    }
  }
  return att;
}

function emptyMessage(raw: Buffer): ParsedMessage {
  return {
    size: raw.length,
    contentHash: createHash('sha256').update(raw).digest('hex'),
    messageId: null,
    inReplyTo: null,
    references: [],
    subject: null,
    date: null,
    from: null,
    to: [],
    cc: [],
    replyTo: [],
    deliveredTo: [],
    returnPath: null,
    headers: {},
    contentType: null,
    reportType: null,
    text: '',
    html: null,
    deliveryStatus: null,
    feedbackReport: null,
    attachments: [],
    problems: [],
  };
}

function fillHeaders(out: ParsedMessage, parsed: Parsed): void {
  out.headers = headerMap(parsed);
  out.messageId = parsed.messageId?.trim() || null;
  out.inReplyTo = referenceList(parsed.inReplyTo)[0] ?? null;
  out.references = referenceList(parsed.references);
  out.subject = parsed.subject ?? null;
  if (parsed.date && !Number.isNaN(parsed.date.getTime())) out.date = parsed.date.toISOString();
  else if (out.headers['date']) out.problems.push(`The Date header "${out.headers['date'][0]}" could not be read as a date.`);
  out.from = addresses(parsed.from)[0] ?? null;
  if (!out.from && out.headers['from']) out.problems.push(`The From header "${out.headers['from'][0]}" could not be read as an address.`);
  out.to = addresses(parsed.to);
  out.cc = addresses(parsed.cc);
  out.replyTo = addresses(parsed.replyTo);
  out.deliveredTo = bracketless([...(out.headers['delivered-to'] ?? []), ...(out.headers['x-original-to'] ?? [])]);
  out.returnPath = out.headers['return-path']?.[0]?.replace(/^<|>$/g, '').trim() ?? null;
  const ct = out.headers['content-type']?.[0] ?? null;
  out.contentType = ct ? ct.split(';')[0].trim().toLowerCase() : null;
  const rt = ct ? /report-type\s*=\s*"?([^";\s]+)/i.exec(ct) : null;
  out.reportType = rt ? rt[1].toLowerCase() : null;
}

async function parseAt(raw: Buffer, limits: ParseLimits, depth: number): Promise<ParsedMessage> {
  const out = emptyMessage(raw);
  out.problems.push(...scanRawProblems(raw));
  if (raw.length > limits.maxMessageBytes) {
    out.problems.push(
      `The message is ${raw.length} bytes, more than the limit of ${limits.maxMessageBytes} bytes: only its headers were read. The raw message is kept.`,
    );
    await parseHeadersOnly(raw, out, limits);
    return out;
  }
  let parsed: Parsed;
  try {
    parsed = await runParser(raw, limits);
  } catch (err) {
    out.problems.push(`The body could not be read (${(err as Error).message}); only the headers were read. The raw message is kept.`);
    await parseHeadersOnly(raw, out, limits);
    return out;
  }
  fillHeaders(out, parsed);
  if (parsed.textConversionError) {
    out.problems.push(`The HTML body could not be turned into text (${parsed.textConversionError.message}); it is kept as HTML.`);
  }
  let text = parsed.text ?? '';
  if (text.length > limits.maxTextChars) {
    out.problems.push(`The text body has ${text.length} characters; only the first ${limits.maxTextChars} are kept in the summary.`);
    text = text.slice(0, limits.maxTextChars);
  }
  out.text = text;
  out.html = typeof parsed.html === 'string' ? parsed.html : null;
  const attachments = parsed.attachments ?? [];
  for (let i = 0; i < attachments.length; i++) {
    const a = attachments[i];
    const ct = (a.contentType || '').toLowerCase();
    if (ct === 'message/delivery-status' || ct === 'message/global-delivery-status') {
      out.deliveryStatus = (out.deliveryStatus ? out.deliveryStatus + '\n' : '') + a.content.toString('utf8');
      continue;
    }
    if (ct === 'message/feedback-report') {
      out.feedbackReport = a.content.toString('utf8');
      continue;
    }
    out.attachments.push(await toAttachment(a, limits, depth, out.problems, i));
  }
  if (!out.text && !out.html && out.attachments.length === 0 && !out.deliveryStatus) {
    out.problems.push('The message has no readable body.');
  }
  return out;
}

async function parseHeadersOnly(raw: Buffer, out: ParsedMessage, limits: ParseLimits): Promise<void> {
  try {
    // The header section is small (256 KB at most): it gets its own, fixed time limit.
    const parsed = await runParser(Buffer.concat([headerSection(raw), Buffer.from('\r\n\r\n')]), { ...limits, timeoutMs: 10_000 });
    fillHeaders(out, parsed);
  } catch (err) {
    out.problems.push(`Even the headers could not be read (${(err as Error).message}).`);
  }
}

/** Parse a raw RFC 822 message. Never throws: what cannot be read is listed in `problems`. */
export async function parseMessage(raw: Buffer, limits: Partial<ParseLimits> = {}): Promise<ParsedMessage> {
  const all = { ...DEFAULT_PARSE_LIMITS, ...limits };
  try {
    return await parseAt(raw, all, 0);
  } catch (err) {
    const out = emptyMessage(raw);
    out.problems.push(`The message could not be parsed at all (${(err as Error).message}); the raw message is kept.`);
    return out;
  }
}
