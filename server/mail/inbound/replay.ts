// Replaying a stored message from its raw bytes: parse and understand it again (after a parser or
// pattern change) and, if it is still in the holding pen, try to match it again (the request may
// not have existed when it came in). What people decided stays: assignments, accepted or dismissed
// suggestions, attachments and documents are not touched.
import type { AppContext } from '../../context';
import { dialectOf } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { nowIso } from '../../ids';
import { recordAudit } from '../../features/audit/record';
import { findMessage, lockMessage, messageRawInRow, setSuggestionsRequest, updateMessage } from '../../features/correspondence/repository';
import { mailBlobs } from '../blobs';
import { parseMessage } from '../parse/parseMessage';
import { understandMessage } from '../understand/understand';
import { matchMessage } from './match';
import { attachMessageDocumentsToRequest } from './records';
import { summaryOf } from './processMessage';

export interface ReplayResult {
  id: string;
  status: 'replayed' | 'skipped';
  reason?: string;
  kind?: string;
  request_id?: string | null;
  newly_matched?: boolean;
}

export async function replayMessage(ctx: AppContext, id: string, actor: string): Promise<ReplayResult> {
  const row = await findMessage(ctx.db, id);
  if (!row) return { id, status: 'skipped', reason: 'no such message' };
  if (row.status !== 'processed') return { id, status: 'skipped', reason: 'not processed yet: its job will read it' };
  const raw = (await messageRawInRow(ctx.db, id)) ?? (await mailBlobs(ctx).get(row.raw_sha256));
  const parsed = await parseMessage(raw, { maxMessageBytes: ctx.env.limits.messageBytes });
  const understanding = understandMessage(parsed, raw);
  const match = row.request_id
    ? null
    : await matchMessage(ctx.db, {
        parsed, understanding, envelopeTo: JSON.parse(row.envelope_to) as string[], organisationId: row.organisation_id,
        secret: ctx.env.secret, mailDomain: ctx.env.mailDomain,
      });
  return inTransaction(ctx.db, async (trx) => {
    await lockMessage(trx, id, dialectOf(trx) === 'postgres');
    const newly = !!match?.requestId;
    await updateMessage(trx, id, {
      kind: understanding.classification.kind,
      from_address: parsed.from?.address ?? null,
      from_name: parsed.from?.name || null,
      subject: parsed.subject,
      sent_at: parsed.date,
      summary: JSON.stringify(summaryOf(parsed, understanding)),
      problems: JSON.stringify(parsed.problems),
      updated_at: nowIso(),
      ...(newly ? { request_id: match!.requestId, organisation_id: match!.organisationId, match_method: match!.method, match_detail: match!.detail } : {}),
    });
    if (newly) {
      await setSuggestionsRequest(trx, id, match!.requestId!);
      await attachMessageDocumentsToRequest(trx, { messageId: id, requestId: match!.requestId!, actor });
    }
    await recordAudit(trx, {
      actor, organisation_id: newly ? match!.organisationId : row.organisation_id, action: 'message.replay', subject_type: 'message', subject_id: id,
      before: { kind: row.kind, request_id: row.request_id }, after: { kind: understanding.classification.kind, request_id: newly ? match!.requestId : row.request_id },
    });
    return { id, status: 'replayed', kind: understanding.classification.kind, request_id: newly ? match!.requestId : row.request_id, newly_matched: newly } as ReplayResult;
  });
}
