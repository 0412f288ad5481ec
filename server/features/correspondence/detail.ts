// The request detail's `communications` (mail received and sent, oldest first) and the
// suggestions still waiting for a decision, registered in requests/detail-extensions.ts.
import type { AppContext } from '../../context';
import type { Actor } from '../accounts/actor';
import type { RequestRow } from '../requests/repository';
import { listOutbox } from './outbox-repository';
import { presentMessages, presentOutbox, presentSuggestion } from './presenter';
import { listMessages, suggestionsOf } from './repository';

export async function correspondenceDetail(ctx: AppContext, request: RequestRow, _actor: Actor, canWrite: boolean): Promise<Record<string, unknown>> {
  const inbound = await presentMessages(ctx.db, await listMessages(ctx.db, { requestId: request.id, limit: 200 }));
  const outbound = (await listOutbox(ctx.db, { requestId: request.id, limit: 200 }))
    .filter((o) => canWrite || o.status === 'sent')
    .map(presentOutbox);
  const communications = [
    ...inbound.map((m) => ({ direction: 'in' as const, at: m.received_at, ...m })),
    ...outbound.map((o) => ({ direction: 'out' as const, at: o.sent_at ?? o.created_at, ...o })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const open = canWrite ? (await suggestionsOf(ctx.db, { requestId: request.id, status: 'open' })).map(presentSuggestion) : [];
  return { communications, suggested_events: open };
}
