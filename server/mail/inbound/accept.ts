// Accepting a raw message: its bytes, a row and a processing job are committed together (a
// committed row is durable: PostgreSQL flushes its WAL on commit; SQLite in WAL mode keeps a
// committed transaction across a process crash). Uploads and IMAP come through acceptRawMessage,
// whose concurrent calls share one transaction (group commit); the SMTP listener answers 250 from
// its own spool and its mover stores the rows with storeAccepted (decision 0607). Parsing,
// matching and ingestion happen in the job, which also moves large raw messages to the blob
// store; every message can be replayed from its raw bytes.
import { createHash } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Trx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { newId, nowIso } from '../../ids';
import { enqueue } from '../../jobs/queue';
import { insertMessageOnce } from '../../features/correspondence/repository';
import type { MessageSource, MessagesTable } from '../../features/correspondence/tables';
import { headerSection } from '../parse/rawScan';
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

interface Pending {
  row: MessagesTable;
  resolve(r: { id: string; duplicate: boolean }): void;
  reject(e: unknown): void;
}

/** How many accepts share one transaction at most. */
const BATCH = 64;
/**
 * How many messages one processing job takes at most: enough to share the job and transaction
 * costs and overlap the blob fsyncs, small enough that its transaction (which holds SQLite's one
 * connection) does not keep the next accept batch waiting long.
 */
export const PROCESS_BATCH = 16;

class AcceptBatcher {
  private queue: Pending[] = [];
  private running = false;

  constructor(private readonly ctx: AppContext) {}

  add(row: MessagesTable): Promise<{ id: string; duplicate: boolean }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, BATCH);
      try {
        const results = await inTransaction(this.ctx.db, (trx) => storeAccepted(trx, batch.map((p) => p.row)));
        batch.forEach((p, i) => p.resolve(results[i]));
      } catch (err) {
        // Nothing of this batch was committed: every sender gets a temporary failure and retries.
        for (const p of batch) p.reject(err);
      }
    }
    this.running = false;
  }
}

/**
 * Inserts accepted messages (each once: a message already stored by content or Message-ID is a
 * duplicate) with their processing jobs, inside the caller's transaction.
 */
export async function storeAccepted(trx: Trx, rows: MessagesTable[]): Promise<{ id: string; duplicate: boolean }[]> {
  const out: { id: string; duplicate: boolean }[] = [];
  for (const row of rows) out.push(await insertMessageOnce(trx, row));
  // One processing job per PROCESS_BATCH new messages: they are read side by side and
  // recorded in one transaction (decision 0606). The job is committed with the rows.
  const fresh = out.filter((r) => !r.duplicate).map((r) => r.id);
  for (let i = 0; i < fresh.length; i += PROCESS_BATCH) {
    const [first, ...more] = fresh.slice(i, i + PROCESS_BATCH);
    await enqueue(trx, processMessageJob, more.length ? { messageRowId: first, more } : { messageRowId: first }, { key: first });
  }
  return out;
}

function batcherOf(ctx: AppContext): AcceptBatcher {
  const existing = ctx.services.acceptBatcher as AcceptBatcher | undefined;
  if (existing) return existing;
  const b = new AcceptBatcher(ctx);
  ctx.services.acceptBatcher = b;
  return b;
}

export async function acceptRawMessage(ctx: AppContext, raw: Buffer, opts: AcceptOptions): Promise<{ id: string; duplicate: boolean }> {
  return batcherOf(ctx).add(acceptedRow(raw, opts));
}

/** The message row of a raw message as accepted (not yet read): `id` and `receivedAt` when spooled before. */
export function acceptedRow(raw: Buffer, opts: AcceptOptions, id = newId(), receivedAt = nowIso()): MessagesTable {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const now = nowIso();
  return {
    id,
    organisation_id: opts.organisationId ?? null,
    request_id: null,
    source: opts.source,
    status: 'received',
    raw_sha256: sha256,
    raw_size: raw.length,
    raw,
    content_hash: sha256,
    message_id: rawMessageId(raw),
    envelope_from: opts.envelopeFrom ?? null,
    envelope_to: JSON.stringify((opts.envelopeTo ?? []).map((a) => a.toLowerCase())),
    from_address: null,
    from_name: null,
    subject: null,
    sent_at: null,
    received_at: receivedAt,
    kind: null,
    match_method: null,
    match_detail: null,
    summary: '{}',
    problems: '[]',
    created_at: now,
    updated_at: now,
  };
}
