// The mail.process job: read an accepted message's raw bytes, parse, understand and match it,
// store its attachments, offer suggested events, and mark it processed — all in one transaction,
// so a crash part-way leaves it 'received' and the job simply runs again.
import type { AppContext } from '../../context';
import { dialectOf } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { newId, nowIso } from '../../ids';
import { recordAudit } from '../../features/audit/record';
import {
  findMessage,
  insertAttachment,
  insertSuggestion,
  lockMessage,
  messageRawInRow,
  setAttachmentDocument,
  updateMessage,
} from '../../features/correspondence/repository';
import { handleJob, type JobOutcome } from '../../jobs/define';
import { mailBlobs } from '../blobs';
import { processMessageJob } from '../jobs';
import { readMessage } from '../parse/readPool';
import type { ParsedMessage } from '../parse/types';
import type { Understanding } from '../understand/understand';
import { matchMessage } from './match';
import { submitDocument } from './records';

/** Raw messages up to this size stay in their row; larger ones move to the blob store. */
export const RAW_IN_ROW_MAX_BYTES = 256 * 1024;

/** The summary kept on the row: everything parsed except attachment bytes and the raw HTML. */
export function summaryOf(parsed: ParsedMessage, understanding: Understanding) {
  return {
    message_id: parsed.messageId,
    in_reply_to: parsed.inReplyTo,
    references: parsed.references,
    date: parsed.date,
    from: parsed.from,
    to: parsed.to,
    cc: parsed.cc,
    reply_to: parsed.replyTo,
    delivered_to: parsed.deliveredTo,
    content_type: parsed.contentType,
    report_type: parsed.reportType,
    text: parsed.text,
    has_html: parsed.html !== null,
    html: parsed.html,
    classification: understanding.classification,
    language: understanding.language,
    tracking_numbers: understanding.trackingNumbers,
    dates: understanding.dates,
    suggestions: understanding.suggestions,
  };
}

export async function processMessage(ctx: AppContext, messageRowId: string, options: { forceRequestId?: string | null } = {}): Promise<JobOutcome> {
  const row = await findMessage(ctx.db, messageRowId);
  if (!row) return { status: 'skipped', reason: `message ${messageRowId} no longer exists` };
  if (row.status === 'processed') return { status: 'skipped', reason: 'already processed' };
  const blobs = mailBlobs(ctx);
  const inRow = await messageRawInRow(ctx.db, messageRowId);
  const raw = inRow ?? (await blobs.get(row.raw_sha256));
  const { parsed, understanding } = await readMessage(ctx, raw, { maxMessageBytes: ctx.env.limits.messageBytes });
  const match = options.forceRequestId
    ? { requestId: options.forceRequestId, organisationId: row.organisation_id, method: 'manual' as const, detail: 'uploaded to this request' }
    : await matchMessage(ctx.db, {
        parsed,
        understanding,
        envelopeTo: JSON.parse(row.envelope_to) as string[],
        organisationId: row.organisation_id,
        secret: ctx.env.secret,
        mailDomain: ctx.env.mailDomain,
      });
  // Blobs first: a row must never point at a blob that is not stored (server/ingest/README.md).
  // A large raw message moves from its row to the blob store here; a small one stays in the row,
  // where it was committed (decision 0602). The puts wait on fsync, so they run side by side.
  const moveRaw = !!inRow && inRow.length > RAW_IN_ROW_MAX_BYTES;
  await Promise.all([...(moveRaw ? [blobs.put(inRow!)] : []), ...parsed.attachments.map((a) => blobs.put(a.content))]);
  const now = nowIso();
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const eventDate = parsed.date && parsed.date.slice(0, 10) <= day ? parsed.date.slice(0, 10) : row.received_at.slice(0, 10);

  return inTransaction(ctx.db, async (trx) => {
    // Two workers may read the same message (a recovered job); the row lock makes one of them wait
    // and then see it processed.
    await lockMessage(trx, messageRowId, dialectOf(trx) === 'postgres');
    const fresh = await findMessage(trx, messageRowId);
    if (!fresh || fresh.status === 'processed') return { status: 'skipped', reason: 'processed by another worker' } as JobOutcome;
    const requestId = match.requestId;
    await updateMessage(trx, messageRowId, {
      status: 'processed',
      ...(moveRaw ? { raw: null } : {}),
      request_id: requestId,
      organisation_id: match.organisationId ?? row.organisation_id,
      from_address: parsed.from?.address ?? null,
      from_name: parsed.from?.name || null,
      subject: parsed.subject,
      sent_at: parsed.date,
      kind: understanding.classification.kind,
      match_method: match.method,
      match_detail: match.detail,
      summary: JSON.stringify(summaryOf(parsed, understanding)),
      problems: JSON.stringify(parsed.problems),
      updated_at: now,
    });
    for (const a of parsed.attachments) {
      const id = newId();
      await insertAttachment(trx, {
        id, message_id: messageRowId, filename: a.filename, content_type: a.contentType, size: a.size, sha256: a.sha256,
        inline: a.inline ? 1 : 0, archive: a.archive ? 1 : 0, document_id: null, created_at: now,
      });
      const isPicture = a.inline && a.contentType.startsWith('image/');
      if (!isPicture) {
        const { documentId } = await submitDocument(trx, {
          requestId, messageId: messageRowId, blob: { sha256: a.sha256, size: a.size },
          filename: a.filename ?? 'attachment', mediaType: a.contentType,
        });
        await setAttachmentDocument(trx, id, documentId);
      }
    }
    const suggestions = [...understanding.suggestions];
    const tracking = understanding.trackingNumbers[0];
    if (tracking && !suggestions.some((s) => s.kind === 'acknowledged')) {
      suggestions.unshift({ kind: 'acknowledged', sentence: tracking.sentence, phrase: tracking.value, language: understanding.language, mentionedDate: null });
    }
    for (const s of suggestions) {
      await insertSuggestion(trx, {
        id: newId(), message_row_id: messageRowId, request_id: requestId, kind: s.kind, date: eventDate,
        sentence: s.sentence.slice(0, 2000), phrase: s.phrase,
        data: JSON.stringify({
          ...(s.kind === 'acknowledged' && tracking ? { tracking_number: tracking.value } : {}),
          ...(s.mentionedDate ? { mentioned_date: s.mentionedDate } : {}),
          language: s.language,
        }),
        status: 'open', event_id: null, decided_by: null, decided_at: null, created_at: now,
      });
    }
    await recordAudit(trx, {
      actor: 'system:mail', organisation_id: match.organisationId ?? row.organisation_id, action: 'message.receive',
      subject_type: 'message', subject_id: messageRowId,
      after: { request_id: requestId, kind: understanding.classification.kind, match_method: match.method, attachments: parsed.attachments.length, suggestions: suggestions.length },
    });
    return { status: 'done', result: { requestId, kind: understanding.classification.kind, method: match.method } } as JobOutcome;
  });
}

export const processMessageHandler = handleJob(processMessageJob, async (payload, ctx) => processMessage(ctx, payload.messageRowId));
