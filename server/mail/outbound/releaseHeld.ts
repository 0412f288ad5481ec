// Mail kept in the outbox because no SMTP was configured goes out once ACCESO_SMTP_URL is set:
// this sweep queues held rows that have a recipient (never drafts, which wait for a person).
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { nowIso } from '../../ids';
import { defineSweep } from '../../jobs/define';
import { enqueue } from '../../jobs/queue';
import { heldOutboxIds, markOutbox } from '../../features/correspondence/outbox-repository';
import { deliverOutboxJob } from '../jobs';

export async function releaseHeld(ctx: AppContext): Promise<number> {
  if (!ctx.env.smtpUrl) return 0;
  const ids = await heldOutboxIds(ctx.db, 500);
  let n = 0;
  for (const id of ids) {
    await inTransaction(ctx.db, async (trx) => {
      if (await markOutbox(trx, id, { status: 'queued', last_error: null, updated_at: nowIso() }, ['held'])) {
        // A fresh key: an earlier job for this row may have finished as 'skipped' while it was held.
        await enqueue(trx, deliverOutboxJob, { outboxId: id }, { key: `${id}:released:${nowIso()}` });
        n++;
      }
    });
  }
  return n;
}

export const releaseHeldSweep = defineSweep({ name: 'mail.release-held', everyMs: 5 * 60_000, run: releaseHeld });
