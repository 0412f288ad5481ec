// Use case: a member marks a received message read (or unread again) for their organisation
// (docs/decisions/0801-message-read-state.md). Anyone who may read the message may mark it,
// viewers too: reading is not writing. Audited only when the state changes.
import type { Trx } from '../../../db/database';
import { errors } from '../../../errors';
import { nowIso } from '../../../ids';
import { recordAudit } from '../../audit/record';
import { actorLabel, actorOrganisationId, type Actor } from '../../accounts/actor';
import { authorize } from '../../accounts/authorize';
import { deleteReadMark, insertReadMark, readMarksOf } from '../inbox-repository';
import { findMessage } from '../repository';
import { mayReadMessage } from './message-access';

/** The organisation whose read marks the actor keeps: the one they act in, as a member. */
export function readerOrganisation(actor: Actor): string {
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  const org = actorOrganisationId(actor);
  if (!org) throw errors.badRequest('no-organisation', 'Choose the organisation you act in: read marks are kept per organisation.');
  authorize(actor, 'organisation:read', { type: 'organisation', organisation_id: org });
  return org;
}

export async function markMessageRead(trx: Trx, actor: Actor, messageId: string, read: boolean) {
  const org = readerOrganisation(actor);
  const m = await findMessage(trx, messageId);
  if (!m) throw errors.notFound('Message', messageId);
  await mayReadMessage(trx, actor, m);
  const changed = read
    ? await insertReadMark(trx, { message_id: m.id, organisation_id: org, read_by: actorLabel(actor), read_at: nowIso() })
    : await deleteReadMark(trx, m.id, org);
  if (changed) {
    await recordAudit(trx, {
      actor: actorLabel(actor), organisation_id: org, action: read ? 'message.read' : 'message.unread', subject_type: 'message', subject_id: m.id,
      before: { read: !read }, after: { read },
    });
  }
  const [mark] = await readMarksOf(trx, org, [m.id]);
  return { message: m, mark: mark ?? null, changed };
}
