// Who may see or act on a message: a matched message follows its request's rules; an unmatched one
// is seen by members of its organisation, and one that came in over SMTP/IMAP with no organisation
// by organisation owners (docs/decisions/0603-holding-pen-access.md).
import type { Executor } from '../../../db/database';
import { errors } from '../../../errors';
import type { Actor } from '../../accounts/actor';
import { authorize, can } from '../../accounts/authorize';
import { loadRequestForActor } from '../../requests/access';
import type { MessageRow } from '../repository';

export function mayReadUnowned(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && !!actor.organisationId && can(actor, 'organisation:manage', { type: 'organisation', organisation_id: actor.organisationId });
}

export async function mayReadMessage(db: Executor, actor: Actor, m: MessageRow): Promise<void> {
  if (m.request_id) {
    await loadRequestForActor(db, actor, m.request_id, 'read');
    return;
  }
  if (m.organisation_id) {
    authorize(actor, 'organisation:read', { type: 'organisation', organisation_id: m.organisation_id });
    return;
  }
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  if (!mayReadUnowned(actor)) throw errors.notFound('Message', m.id);
}

/** Acting on a message (assigning it) needs write access to where it is now. */
export async function mayManageMessage(db: Executor, actor: Actor, m: MessageRow): Promise<void> {
  if (m.request_id) {
    await loadRequestForActor(db, actor, m.request_id, 'write');
    return;
  }
  if (m.organisation_id) {
    authorize(actor, 'request:create', { type: 'organisation', organisation_id: m.organisation_id });
    return;
  }
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  if (!mayReadUnowned(actor)) throw errors.notFound('Message', m.id);
}
