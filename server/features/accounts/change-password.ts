// Use case: a signed-in person changes their own password (after receiving an initial password
// from an owner, docs/decisions/0321). The current password is checked again, so an unattended
// browser cannot lock its owner out; every other session of the person ends.
import { errors } from '../../errors';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { PASSWORD_MIN } from './create-user';
import { deleteOtherSessions, findUserById, setPasswordHash } from './repository';
import { hashPassword, verifyPassword } from './secrets';

export async function changePassword(trx: Trx, actor: Actor, props: { currentPassword: string; newPassword: string }): Promise<{ ended_sessions: number }> {
  if (actor.kind !== 'user' || actor.via !== 'session') throw errors.unauthenticated('Sign in with your password to change it (API tokens cannot).');
  const user = await findUserById(trx, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, props.currentPassword))) {
    throw errors.validation([{ field: 'body.current_password', message: 'is not your current password' }]);
  }
  if (props.newPassword.length < PASSWORD_MIN) {
    throw errors.validation([{ field: 'body.new_password', message: `is shorter than ${PASSWORD_MIN} characters`, expected: `at least ${PASSWORD_MIN} characters` }]);
  }
  if (props.newPassword === props.currentPassword) {
    throw errors.validation([{ field: 'body.new_password', message: 'is the same as the current password', expected: 'a different password' }]);
  }
  await setPasswordHash(trx, user.id, await hashPassword(props.newPassword));
  const ended = await deleteOtherSessions(trx, user.id, actor.sessionIdHash ?? null);
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: actor.organisationId, action: 'user.change-password', subject_type: 'user', subject_id: user.id, after: { ended_sessions: ended } });
  return { ended_sessions: ended };
}
