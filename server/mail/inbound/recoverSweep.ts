// A message is stored and its job committed together, but if the worker running that job dies the
// job stays locked until its lock expires. This sweep gives every message still unread a few
// seconds after it came in one recovery job (keyed, so once per message); processing is
// idempotent and row-locked, so the original job finding it done later is harmless.
import type { AppContext } from '../../context';
import { defineSweep } from '../../jobs/define';
import { enqueue } from '../../jobs/queue';
import { staleReceivedMessages } from '../../features/correspondence/repository';
import { processMessageJob } from '../jobs';

export const RECOVER_AFTER_MS = 5_000;

export async function recoverReceived(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - RECOVER_AFTER_MS).toISOString();
  let n = 0;
  for (const id of await staleReceivedMessages(ctx.db, before, 200)) {
    if ((await enqueue(ctx.db, processMessageJob, { messageRowId: id }, { key: `${id}:recover` })).created) n++;
  }
  return n;
}

export const recoverReceivedSweep = defineSweep({ name: 'mail.recover-received', everyMs: 10_000, run: recoverReceived });
