// Use case: assign a message from the holding pen (or re-assign a wrongly matched one) to a
// request. Its suggestions and documents follow it; the audit log keeps the before/after.
import type { Trx } from '../../../db/database';
import { errors } from '../../../errors';
import { nowIso } from '../../../ids';
import { recordAudit } from '../../audit/record';
import { actorLabel, type Actor } from '../../accounts/actor';
import { loadRequestForActor } from '../../requests/access';
import { attachMessageDocumentsToRequest } from '../../../mail/inbound/records';
import { findMessage, setSuggestionsRequest, updateMessage } from '../repository';
import { mayManageMessage } from './message-access';

export async function assignMessage(trx: Trx, actor: Actor, messageRowId: string, requestId: string) {
  const message = await findMessage(trx, messageRowId);
  if (!message) throw errors.notFound('Message', messageRowId);
  await mayManageMessage(trx, actor, message);
  const request = await loadRequestForActor(trx, actor, requestId, 'write');
  if (message.organisation_id && message.organisation_id !== request.organisation_id && actor.kind !== 'system') {
    throw errors.forbidden('The message belongs to another organisation.');
  }
  if (message.status !== 'processed') throw errors.conflict('message-not-processed', 'The message is still being read; try again in a moment.');
  await updateMessage(trx, message.id, {
    request_id: request.id, organisation_id: request.organisation_id, match_method: 'manual',
    match_detail: `assigned by ${actorLabel(actor)}`, updated_at: nowIso(),
  });
  await setSuggestionsRequest(trx, message.id, request.id);
  await attachMessageDocumentsToRequest(trx, { messageId: message.id, requestId: request.id, actor: actorLabel(actor) });
  await recordAudit(trx, {
    actor: actorLabel(actor), organisation_id: request.organisation_id, action: 'message.assign', subject_type: 'message', subject_id: message.id,
    before: { request_id: message.request_id, match_method: message.match_method }, after: { request_id: request.id, match_method: 'manual' },
  });
  return (await findMessage(trx, message.id))!;
}
