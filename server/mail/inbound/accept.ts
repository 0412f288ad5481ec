// Accepting a raw message: the bytes go to the blob store (fsynced before put() resolves), then a
// row and a processing job are committed together. Only after that may the SMTP listener answer
// 250. Parsing, matching and ingestion happen in the job, and can be replayed from the raw bytes.
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { newId, nowIso } from '../../ids';
import { enqueue } from '../../jobs/queue';
import { insertMessageOnce } from '../../features/correspondence/repository';
import type { MessageSource } from '../../features/correspondence/tables';
import { headerSection } from '../parse/rawScan';
import { mailBlobs } from '../blobs';
import { processMessageJob } from '../jobs';

export interface AcceptOptions {
  source: MessageSource;
  envelopeFrom?: string | null;
  envelopeTo?: string[];
  /** The organisation of the user who uploaded it (API/CLI); null for SMTP/IMAP. */
  organisationId?: string | null;
}

/** Message-ID from the header section, normalised (no brackets, lower case). */
export function rawMessageId(raw: Buffer): string | null {
  const head = headerSection(raw).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*<?([^\s<>]+)>?/im.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export async function acceptRawMessage(ctx: AppContext, raw: Buffer, opts: AcceptOptions): Promise<{ id: string; duplicate: boolean }> {
  const blob = await mailBlobs(ctx).put(raw);
  const now = nowIso();
  const id = newId();
  return inTransaction(ctx.db, async (trx) => {
    const result = await insertMessageOnce(trx, {
      id,
      organisation_id: opts.organisationId ?? null,
      request_id: null,
      source: opts.source,
      status: 'received',
      raw_sha256: blob.sha256,
      raw_size: blob.size,
      content_hash: blob.sha256,
      message_id: rawMessageId(raw),
      envelope_from: opts.envelopeFrom ?? null,
      envelope_to: JSON.stringify((opts.envelopeTo ?? []).map((a) => a.toLowerCase())),
      from_address: null,
      from_name: null,
      subject: null,
      sent_at: null,
      received_at: now,
      kind: null,
      match_method: null,
      match_detail: null,
      summary: '{}',
      problems: '[]',
      created_at: now,
      updated_at: now,
    });
    if (!result.duplicate) {
      await enqueue(trx, processMessageJob, { messageRowId: result.id }, { key: result.id });
    }
    return result;
  });
}
