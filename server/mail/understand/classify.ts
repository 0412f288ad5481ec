// Deciding what kind of mail came in: a reply someone wrote, a bounce (the message did not reach
// the agency), or an automatic reply. Successful delivery reports and abuse feedback reports are
// machine mail too but are not bounces, so they are auto-replies with a `notice` saying which.
import type { ParsedMessage } from '../parse/types';
import { dsnOutcome, readDeliveryStatus, type RecipientStatus } from './deliveryStatus';
import {
  ADDRESS_GONE,
  AUTO_REPLY_BODY,
  AUTO_REPLY_SUBJECT,
  BOUNCE_BODY,
  BOUNCE_SUBJECT,
  SES_JSON_TYPE,
  SYSTEM_SENDER,
  SYSTEM_SENDER_NAME,
} from './patterns';

export type MessageKind = 'reply' | 'bounce' | 'auto-reply';
export type MachineNotice = 'delivered' | 'delayed' | 'feedback-report' | 'read-receipt' | 'out-of-office' | null;

export interface Classification {
  kind: MessageKind;
  notice: MachineNotice;
  /** Why, in words: which header, field or phrase decided it. */
  reasons: string[];
  /** For bounces and delivery reports: the per-recipient results that could be read. */
  recipients: RecipientStatus[];
}

/** How much of the raw body is searched for report fields when MIME parsing lost them. */
const RAW_SCAN_BYTES = 256 * 1024;

function header(p: ParsedMessage, name: string): string | null {
  return p.headers[name]?.[0] ?? null;
}

function rawBody(raw: Buffer): string {
  const s = raw.subarray(0, RAW_SCAN_BYTES).toString('utf8');
  const i = s.search(/\r?\n\r?\n/);
  return i < 0 ? '' : s.slice(i);
}

function result(kind: MessageKind, notice: MachineNotice, reasons: string[], recipients: RecipientStatus[] = []): Classification {
  return { kind, notice, reasons, recipients };
}

function fromSystem(p: ParsedMessage): boolean {
  const from = p.from?.address ?? p.headers['from']?.[0] ?? '';
  return SYSTEM_SENDER.test(from) || SYSTEM_SENDER_NAME.test(p.from?.name ?? '') || p.returnPath === '' || /^<>$/.test(header(p, 'return-path') ?? '');
}

function autoReplyHeaders(p: ParsedMessage): string | null {
  const auto = header(p, 'auto-submitted');
  if (auto && !/^no\b/i.test(auto)) return `Auto-Submitted: ${auto}`;
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply']) {
    if (p.headers[name]) return `${name}: ${p.headers[name][0]}`;
  }
  const prec = header(p, 'precedence');
  if (prec && /auto[_-]?reply/i.test(prec)) return `Precedence: ${prec}`;
  const suppress = header(p, 'x-auto-response-suppress');
  if (suppress && /\b(?:All|OOF|AutoReply)\b/i.test(suppress) && AUTO_REPLY_SUBJECT.test(p.subject ?? '')) {
    return `X-Auto-Response-Suppress: ${suppress}`;
  }
  return null;
}

function firstMatch(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m ? m[0].trim() : null;
}

export function classifyMessage(p: ParsedMessage, raw: Buffer): Classification {
  const subject = p.subject ?? '';
  const body = `${p.text}\n${p.deliveryStatus ?? ''}`;
  const rawText = rawBody(raw);

  // 1. Abuse feedback (ARF) is a report about mail we sent, not a failure to deliver it.
  if (p.reportType === 'feedback-report' || p.feedbackReport || /^Feedback-Type:\s*\S+/im.test(rawText)) {
    return result('auto-reply', 'feedback-report', ['feedback report (ARF, RFC 5965)']);
  }
  // 2. Amazon SES posts JSON notifications.
  const ses = SES_JSON_TYPE.exec(body) ?? SES_JSON_TYPE.exec(rawText);
  if (ses) {
    const t = ses[1];
    if (t === 'Bounce' || t === 'Reject') return result('bounce', null, [`Amazon SES notification of type ${t}`]);
    if (t === 'Complaint') return result('auto-reply', 'feedback-report', ['Amazon SES complaint notification']);
    if (t === 'DeliveryDelay') return result('bounce', 'delayed', ['Amazon SES delivery-delay notification']);
    return result('auto-reply', 'delivered', ['Amazon SES delivery notification']);
  }
  // 3. Read receipts (MDN).
  if (p.reportType === 'disposition-notification') return result('auto-reply', 'read-receipt', ['message disposition notification (read receipt)']);

  // 4. Standard delivery-status reports, or their fields found in a cut-off raw body.
  const statuses = readDeliveryStatus(p.deliveryStatus ?? (p.reportType === 'delivery-status' || /^Action:\s*\w+/im.test(rawText) ? rawText : ''));
  const outcome = dsnOutcome(statuses);
  if (outcome === 'failed') return result('bounce', null, ['delivery-status report with a failed recipient (RFC 3464)'], statuses);
  if (outcome === 'delivered') return result('auto-reply', 'delivered', ['delivery-status report: delivered (RFC 3464)'], statuses);
  // A delay is not final, but the request has not reached the agency yet: shown as a bounce with
  // the 'delayed' notice so the user sees it (docs/decisions/0601-mail-classification.md).
  if (outcome === 'delayed') return result('bounce', 'delayed', ['delivery-status report: delayed, the sending server is still retrying (RFC 3464)'], statuses);

  // 5. An automatic reply saying the mailbox is gone means the request did not arrive.
  const gone = firstMatch(ADDRESS_GONE, body);
  if (gone) return result('bounce', null, [`the reply says the address is no longer in use: "${gone}"`]);

  // 6. Non-standard bounces: a system sender plus bounce wording, or unmistakable wording alone.
  const system = fromSystem(p);
  const subjectBounce = firstMatch(BOUNCE_SUBJECT, subject);
  const bodyBounce = firstMatch(BOUNCE_BODY, body) ?? (p.text ? null : firstMatch(BOUNCE_BODY, rawText));
  if (system && (subjectBounce || bodyBounce)) {
    const delayed = /delay|warning: could not send|temporar/i.test(subject) && !/fail|error|returned/i.test(subject);
    if (delayed) return result('bounce', 'delayed', [`system sender with delay wording in "${subject}"`]);
    return result('bounce', null, [`system sender (${p.from?.address ?? 'empty return path'}) with bounce wording "${subjectBounce ?? bodyBounce}"`]);
  }
  if (subjectBounce && bodyBounce) return result('bounce', null, [`bounce wording in subject "${subjectBounce}" and body "${bodyBounce}"`]);

  // 7. Automatic replies.
  const autoHeader = autoReplyHeaders(p);
  if (autoHeader) return result('auto-reply', 'out-of-office', [`header ${autoHeader}`]);
  const autoSubject = firstMatch(AUTO_REPLY_SUBJECT, subject);
  if (autoSubject) return result('auto-reply', 'out-of-office', [`subject "${autoSubject}"`]);
  const autoBody = firstMatch(AUTO_REPLY_BODY, p.text.slice(0, 4000));
  if (autoBody) return result('auto-reply', 'out-of-office', [`out-of-office wording "${autoBody}"`]);

  return result('reply', null, []);
}
