// Use case: an owner changes a member's role. An organisation always keeps at least one owner,
// so demoting the last one is refused (409 last-owner); the organisation row is locked first so
// two owners demoting each other at once cannot both succeed.
import { errors } from '../../errors';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { countOwners, lockOrganisation, roleIn, setMembershipRole } from './repository';
import type { Role } from './tables';

export interface ChangeMemberRoleProps {
  organisationId: string;
  userId: string;
  role: Role;
}

export async function changeMemberRole(trx: Trx, actor: Actor, props: ChangeMemberRoleProps): Promise<{ user_id: string; role: Role }> {
  if (!(await lockOrganisation(trx, props.organisationId))) throw errors.notFound('Organisation', props.organisationId);
  const before = await roleIn(trx, props.userId, props.organisationId);
  if (!before) throw errors.notFound('Member', props.userId);
  if (before === props.role) return { user_id: props.userId, role: before };
  if (before === 'owner' && (await countOwners(trx, props.organisationId)) <= 1) {
    throw errors.conflict('last-owner', 'This is the organisation\'s only owner: make another member an owner first.');
  }
  await setMembershipRole(trx, props.organisationId, props.userId, props.role);
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: props.organisationId, action: 'membership.change-role', subject_type: 'user', subject_id: props.userId, before: { role: before }, after: { role: props.role } });
  return { user_id: props.userId, role: props.role };
}
