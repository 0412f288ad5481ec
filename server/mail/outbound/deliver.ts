// The mail.deliver job: send one outbox row through ACCESO_SMTP_URL (nodemailer). The row is
// claimed by a conditional update first, so it is sent by one worker only; the Message-ID is fixed
// when the row is written, so a retry after a crash repeats the same message (receivers and our own
// listener deduplicate by it). A failure puts the row back to 'queued' and the job retries with
// backoff; after the last attempt the row is 'failed' with the reason.
import type { Transporter } from 'nodemailer';
import { nodemailerModule } from '../../lazy';
import type { AppContext } from '../../context';
import { nowIso } from '../../ids';
import { claimForSending, findOutbox, markOutbox } from '../../features/correspondence/outbox-repository';
import { handleJob, type JobOutcome } from '../../jobs/define';
import { mailBlobs } from '../blobs';
import { deliverOutboxJob } from '../jobs';

interface OutboxAttachment {
  filename: string;
  sha256: string;
  content_type: string;
}

export async function mailTransport(ctx: AppContext): Promise<Transporter | null> {
  if (!ctx.env.smtpUrl) return null;
  const cached = ctx.services.mailTransport as { url: string; transport: Transporter } | undefined;
  if (cached && cached.url === ctx.env.smtpUrl) return cached.transport;
  const transport = (await nodemailerModule()).createTransport(ctx.env.smtpUrl);
  ctx.services.mailTransport = { url: ctx.env.smtpUrl, transport };
  return transport;
}

export async function deliverOutbox(ctx: AppContext, outboxId: string, attempt: number, maxAttempts: number): Promise<JobOutcome> {
  const existing = await findOutbox(ctx.db, outboxId);
  if (!existing) return { status: 'skipped', reason: `outbox row ${outboxId} no longer exists` };
  if (existing.status === 'sent') return { status: 'skipped', reason: 'already sent' };
  if (existing.status === 'draft' || existing.status === 'held') return { status: 'skipped', reason: `the row is ${existing.status}` };
  const transport = await mailTransport(ctx);
  if (!transport) {
    await markOutbox(ctx.db, outboxId, { status: 'held', last_error: 'ACCESO_SMTP_URL is not set: kept in the local outbox', updated_at: nowIso() }, ['queued', 'sending']);
    return { status: 'skipped', reason: 'no outbound SMTP configured; held in the outbox' };
  }
  const row = await claimForSending(ctx.db, outboxId, nowIso());
  if (!row) return { status: 'skipped', reason: 'claimed or finished by another worker' };
  const blobs = mailBlobs(ctx);
  const attachments = await Promise.all(
    (JSON.parse(row.attachments) as OutboxAttachment[]).map(async (a) => ({ filename: a.filename, content: await blobs.get(a.sha256), contentType: a.content_type })),
  );
  try {
    await transport.sendMail({
      from: row.from_address,
      to: JSON.parse(row.to_addresses) as string[],
      subject: row.subject,
      text: row.text,
      messageId: row.message_id,
      headers: { 'X-Acceso-Outbox': row.id },
      attachments,
    });
  } catch (err) {
    const message = (err as Error).message;
    const final = attempt >= maxAttempts;
    await markOutbox(ctx.db, outboxId, { status: final ? 'failed' : 'queued', last_error: message.slice(0, 2000), updated_at: nowIso() }, ['sending']);
    throw err;
  }
  await markOutbox(ctx.db, outboxId, { status: 'sent', sent_at: nowIso(), last_error: null, updated_at: nowIso() }, ['sending']);
  return { status: 'done', result: { messageId: row.message_id, pid: process.pid } };
}

export const deliverOutboxHandler = handleJob(deliverOutboxJob, (payload, ctx, job) => deliverOutbox(ctx, payload.outboxId, job.attempt, deliverOutboxJob.retry.attempts));
