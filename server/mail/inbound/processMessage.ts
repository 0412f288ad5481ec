// The mail.process job: read an accepted message's raw bytes, parse, understand and match it,
// store its attachments, offer suggested events, and mark it processed — all in one transaction,
// so a crash part-way leaves it 'received' and the job simply runs again.
import type { AppContext } from '../../context';
import { dialectOf, type Trx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { newId, nowIso } from '../../ids';
import { recordAudit } from '../../features/audit/record';
import {
  findMessage,
  insertAttachment,
  insertSuggestion,
  lockMessage,
  type MessageRow,
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

/** Messages recorded per transaction when a job processes a batch (see processMessages). */
const RECORD_CHUNK = 4;

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

interface Prepared {
  row: MessageRow;
  parsed: ParsedMessage;
  understanding: Understanding;
  match: Awaited<ReturnType<typeof matchMessage>>;
  /** The raw bytes held in the row when they must move to the blob store (larger than RAW_IN_ROW_MAX_BYTES). */
  rawToMove: Buffer | null;
}

/** Reads (parse + understand, on a reading thread when the process has them) and matches one message. */
async function prepare(ctx: AppContext, row: MessageRow, forceRequestId?: string | null): Promise<Prepared> {
  const inRow = await messageRawInRow(ctx.db, row.id);
  const raw = inRow ?? (await mailBlobs(ctx).get(row.raw_sha256));
  const { parsed, understanding } = await readMessage(ctx, raw, { maxMessageBytes: ctx.env.limits.messageBytes });
  const match = forceRequestId
    ? { requestId: forceRequestId, organisationId: row.organisation_id, method: 'manual' as const, detail: 'uploaded to this request' }
    : await matchMessage(ctx.db, {
        parsed,
        understanding,
        envelopeTo: JSON.parse(row.envelope_to) as string[],
        organisationId: row.organisation_id,
        secret: ctx.env.secret,
        mailDomain: ctx.env.mailDomain,
      });
  return { row, parsed, understanding, match, rawToMove: inRow && inRow.length > RAW_IN_ROW_MAX_BYTES ? inRow : null };
}

/**
 * Blobs first: a row must never point at a blob that is not stored (server/ingest/README.md).
 * A large raw message moves from its row to the blob store here; a small one stays in the row,
 * where it was committed (decision 0602). The same content is written once per batch, and not
 * again when the store already has it (content-addressed: a stored blob was fsynced before it got
 * its name, decision 0606). The puts wait on fsync, so they run side by side.
 */
async function storeBlobs(ctx: AppContext, items: Prepared[]): Promise<void> {
  const blobs = mailBlobs(ctx);
  const bySha = new Map<string, Buffer>();
  for (const p of items) {
    if (p.rawToMove) bySha.set(p.row.raw_sha256, p.rawToMove);
    for (const a of p.parsed.attachments) bySha.set(a.sha256, a.content);
  }
  await Promise.all([...bySha].map(async ([sha, bytes]) => {
    if (!(await blobs.has(sha))) await blobs.put(bytes);
  }));
}

/** Records one read message (inside the caller's transaction); skipped when another run recorded it. */
async function record(ctx: AppContext, trx: Trx, p: Prepared): Promise<JobOutcome> {
  const { row, parsed, understanding, match } = p;
  const messageRowId = row.id;
  // Two workers may read the same message (a recovered job); the row lock makes one of them wait
  // and then see it processed.
  await lockMessage(trx, messageRowId, dialectOf(trx) === 'postgres');
  const fresh = await findMessage(trx, messageRowId);
  if (!fresh || fresh.status === 'processed') return { status: 'skipped', reason: 'processed by another worker' };
  const now = nowIso();
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const eventDate = parsed.date && parsed.date.slice(0, 10) <= day ? parsed.date.slice(0, 10) : row.received_at.slice(0, 10);
  const requestId = match.requestId;
  await updateMessage(trx, messageRowId, {
    status: 'processed',
    ...(p.rawToMove ? { raw: null } : {}),
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
  return { status: 'done', result: { requestId, kind: understanding.classification.kind, method: match.method } };
}

/** Parse, understand, match and store one message in one transaction (replayable: a crash part-way leaves it 'received'). */
export async function processMessage(ctx: AppContext, messageRowId: string, options: { forceRequestId?: string | null } = {}): Promise<JobOutcome> {
  const row = await findMessage(ctx.db, messageRowId);
  if (!row) return { status: 'skipped', reason: `message ${messageRowId} no longer exists` };
  if (row.status === 'processed') return { status: 'skipped', reason: 'already processed' };
  const p = await prepare(ctx, row, options.forceRequestId);
  await storeBlobs(ctx, [p]);
  return inTransaction(ctx.db, (trx) => record(ctx, trx, p));
}

/**
 * Several accepted messages at once (one job per group-committed accept batch, decision 0606):
 * read side by side (reading threads), blobs written together, recorded a few per transaction, so
 * the fsync waits overlap and the per-message cost of claiming a job and committing is shared.
 * If a shared step fails, those messages are processed on their own, so one bad message cannot
 * hold back the others; the job fails only when one of those fails too.
 */
export async function processMessages(ctx: AppContext, ids: string[]): Promise<JobOutcome> {
  if (ids.length === 1) return processMessage(ctx, ids[0]);
  const rows: MessageRow[] = [];
  for (const id of ids) {
    const row = await findMessage(ctx.db, id);
    if (row && row.status !== 'processed') rows.push(row);
  }
  if (rows.length === 0) return { status: 'skipped', reason: 'already processed' };
  const outcomes: JobOutcome[] = [];
  let prepared: Prepared[];
  try {
    prepared = await Promise.all(rows.map((row) => prepare(ctx, row)));
    await storeBlobs(ctx, prepared);
  } catch (err) {
    ctx.logger.warn({ err, messages: rows.length }, 'reading a batch of messages failed; processing them one by one');
    for (const row of rows) outcomes.push(await processMessage(ctx, row.id));
    return summarise(rows.length, outcomes);
  }
  // Recorded RECORD_CHUNK at a time: SQLite has one connection, and the next accept batch (the
  // senders' 250s) waits for whatever transaction holds it, so each one is kept short.
  for (let i = 0; i < prepared.length; i += RECORD_CHUNK) {
    const chunk = prepared.slice(i, i + RECORD_CHUNK);
    try {
      outcomes.push(...(await inTransaction(ctx.db, async (trx) => {
        const out: JobOutcome[] = [];
        for (const p of chunk) out.push(await record(ctx, trx, p));
        return out;
      })));
    } catch (err) {
      ctx.logger.warn({ err, messages: chunk.length }, 'recording a batch of messages failed; processing them one by one');
      for (const p of chunk) outcomes.push(await processMessage(ctx, p.row.id));
    }
    // Let the SMTP listener read its sockets and commit its accepts between chunks.
    await new Promise<void>((r) => setImmediate(r));
  }
  return summarise(rows.length, outcomes);
}

function summarise(messages: number, outcomes: JobOutcome[]): JobOutcome {
  const done = outcomes.filter((o) => o.status === 'done').length;
  return { status: 'done', result: { messages, processed: done, skipped: messages - done } };
}

export const processMessageHandler = handleJob(processMessageJob, async (payload, ctx) =>
  payload.more?.length ? processMessages(ctx, [payload.messageRowId, ...payload.more]) : processMessage(ctx, payload.messageRowId));
