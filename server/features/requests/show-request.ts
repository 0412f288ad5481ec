// Query: one request as the actor may see it, with its timeline and deadlines derived today.
import type { AppContext } from '../../context';
import type { Actor } from '../accounts/actor';
import { replyAddress } from '../../mail/replyAddress';
import { loadRequestForActor, mayWrite } from './access';
import { deriveLenient, type DeriveOptions } from './derive';
import { detailExtensions } from './detail-extensions';
import { presentDetail } from './presenter';
import { listEvents } from './repository';

export async function showRequest(ctx: AppContext, actor: Actor, id: string, today: string, options: DeriveOptions = {}) {
  const row = await loadRequestForActor(ctx.db, actor, id, 'read');
  const events = await listEvents(ctx.db, id);
  const derived = deriveLenient(row, events.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today, true, options);
  const canWrite = mayWrite(actor, row);
  const detail: Record<string, unknown> = presentDetail(row, events, derived, actor, canWrite, today);
  if (canWrite) detail.reply_address = replyAddress(row.id, ctx.env.secret, ctx.env.mailDomain);
  for (const ext of detailExtensions) Object.assign(detail, await ext(ctx, row, actor, canWrite));
  return detail;
}
