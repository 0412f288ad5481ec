// Use case: send (file) a request by e-mail — to its own agency, and optionally to more agencies
// at once (one request per agency, same text). For each request, in the caller's transaction: the
// letter (text + PDF copy), the outbox row, the `filed` event and the delivery job, and an audit
// event. Without ACCESO_SMTP_URL the row is 'held': kept in the outbox, visible, never sent.
import { randomBytes } from 'node:crypto';
import type { Trx } from '../../../db/database';
import { dialectOf } from '../../../db/database';
import { errors } from '../../../errors';
import { newId, nowIso } from '../../../ids';
import { enqueue } from '../../../jobs/queue';
import type { BlobStore } from '../../../blobs';
import { renderLetterPdf } from '../../../letters/renderPdf';
import { renderLetterText } from '../../../letters/renderText';
import type { LetterLanguage } from '../../../letters/types';
import { deliverOutboxJob } from '../../../mail/jobs';
import { actorLabel, type Actor } from '../../accounts/actor';
import { recordAudit } from '../../audit/record';
import { loadRequestForActor } from '../../requests/access';
import { createRequest } from '../../requests/create-request';
import { listEvents, lockRequest } from '../../requests/repository';
import { appendEvents } from '../../requests/timeline';
import { letterForRequest } from '../letter-for-request';
import { insertOutbox } from '../outbox-repository';
import type { OutboxTable } from '../tables';

export interface MailDeps {
  secret: string;
  mailDomain: string;
  smtpUrl: string | null;
  blobs: BlobStore;
}

export interface SendRequestProps {
  requestId: string;
  /** More agencies to send the same request to (a new request is created for each). */
  alsoTo?: string[];
  language?: LetterLanguage;
  /** Override the recipients of the first request (default: the agency's e-mail addresses). */
  to?: string[];
}

export interface SentRequest {
  requestId: string;
  outbox: OutboxTable;
  warnings: string[];
}

export function newMessageId(domain: string): string {
  return `<${newId()}.${randomBytes(6).toString('hex')}@${domain}>`;
}

async function fileOne(trx: Trx, deps: MailDeps, actor: Actor, requestId: string, today: string, language?: LetterLanguage, to?: string[]): Promise<SentRequest> {
  await lockRequest(trx, requestId, dialectOf(trx) === 'postgres');
  const row = await loadRequestForActor(trx, actor, requestId, 'write');
  const events = await listEvents(trx, requestId);
  if (events.some((e) => e.kind === 'filed')) throw errors.conflict('already-filed', `Request ${requestId} was already filed; send a follow-up instead.`);
  const built = await letterForRequest(trx, { ...row, filed_on: today }, { kind: 'initial-request', language, today, secret: deps.secret, mailDomain: deps.mailDomain });
  const recipients = to && to.length ? to : built.agencyEmails.slice(0, 1);
  const pdf = await renderLetterPdf(built.letter, built.agencyAddress);
  const blob = await deps.blobs.put(Buffer.from(pdf.pdf));
  const warnings = [...built.letter.warnings];
  if (recipients.length === 0) warnings.push('The agency directory has no e-mail address for this agency: the letter is kept in the outbox; print the PDF or use the agency portal.');
  else if (!deps.smtpUrl) warnings.push('No outbound SMTP is configured (ACCESO_SMTP_URL): the letter is kept in the local outbox and nothing leaves this machine.');
  const at = nowIso();
  const outbox: OutboxTable = {
    id: newId(), organisation_id: row.organisation_id, request_id: row.id, letter_kind: 'initial-request',
    message_id: newMessageId(deps.mailDomain),
    from_address: built.replyAddress, to_addresses: JSON.stringify(recipients),
    subject: built.letter.subject, text: renderLetterText(built.letter),
    attachments: JSON.stringify([{ filename: built.letter.language === 'es' ? 'solicitud.pdf' : 'request-letter.pdf', sha256: blob.sha256, size: blob.size, content_type: 'application/pdf' }]),
    status: recipients.length && deps.smtpUrl ? 'queued' : 'held',
    attempts: 0, last_error: null, dedup_key: 'initial-request', created_by: actorLabel(actor), created_at: at, updated_at: at, sent_at: null,
  };
  await insertOutbox(trx, outbox);
  const filed = [{ kind: 'filed' as const, date: today, note: recipients.length ? `sent by e-mail to ${recipients.join(', ')}` : 'letter prepared; no e-mail address on file', data: { outbox_id: outbox.id } }];
  if (row.expedited) filed.push({ kind: 'expedited-requested' as never, date: today, note: 'requested in the letter', data: { outbox_id: outbox.id } });
  await appendEvents(trx, row, filed, actorLabel(actor), 'mail', today);
  if (outbox.status === 'queued') await enqueue(trx, deliverOutboxJob, { outboxId: outbox.id }, { key: outbox.id });
  await recordAudit(trx, {
    actor: actorLabel(actor), organisation_id: row.organisation_id, action: 'request.send', subject_type: 'request', subject_id: row.id,
    after: { outbox_id: outbox.id, to: recipients, status: outbox.status, message_id: outbox.message_id, citations: built.letter.citations },
  });
  return { requestId: row.id, outbox, warnings };
}

export async function sendRequest(trx: Trx, deps: MailDeps, actor: Actor, props: SendRequestProps, today: string): Promise<SentRequest[]> {
  const base = await loadRequestForActor(trx, actor, props.requestId, 'write');
  const ids = [base.id];
  for (const agencyId of [...new Set(props.alsoTo ?? [])]) {
    if (agencyId === base.agency_id) continue;
    const copy = await createRequest(trx, actor, {
      title: base.title, text: base.text, agency_id: agencyId,
      requester: { name: base.requester_name, email: base.requester_email },
      fee_waiver: !!base.fee_waiver, expedited: !!base.expedited, tags: JSON.parse(base.tags) as string[],
      visibility: base.visibility, notes: base.notes, events: [],
    }, today, base.organisation_id);
    ids.push(copy.id);
  }
  const out: SentRequest[] = [];
  for (const id of ids) out.push(await fileOne(trx, deps, actor, id, today, props.language, id === base.id ? props.to : undefined));
  return out;
}
