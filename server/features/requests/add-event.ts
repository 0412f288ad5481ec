// Use case: append one event to a request's timeline (the timeline is never edited or shortened).
import type { Trx } from '../../db/database';
import { dialectOf } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from '../accounts/actor';
import { loadRequestForActor } from './access';
import { lockRequest } from './repository';
import type { EventInput } from './schema';
import { appendEvents } from './timeline';

export async function addEvent(trx: Trx, actor: Actor, requestId: string, input: EventInput, today: string, source = 'user') {
  await lockRequest(trx, requestId, dialectOf(trx) === 'postgres');
  const request = await loadRequestForActor(trx, actor, requestId, 'write');
  const before = { status: request.derived_status, response_due: request.derived_response_due };
  const { events, derived } = await appendEvents(trx, request, [input], actorLabel(actor), source, today);
  await recordAudit(trx, {
    actor: actorLabel(actor), organisation_id: request.organisation_id, action: 'request.event.add', subject_type: 'request', subject_id: requestId,
    before, after: { event: { id: events[0].id, kind: input.kind, date: input.date, note: input.note }, status: derived.status, response_due: derived.columns.derived_response_due },
  });
  return { event: events[0], derived };
}
