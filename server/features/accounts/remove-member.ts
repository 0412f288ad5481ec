// Use case: remove a member (an owner removing someone, or a member leaving). The member's API
// tokens for this organisation are revoked in the same transaction: a removed member's script
// must stop working at once. The last owner cannot be removed (409 last-owner).
import { errors } from '../../errors';
import { nowIso } from '../../ids';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { countOwners, deleteMembership, lockOrganisation, revokeTokensOfMember, roleIn } from './repository';

export async function removeMember(trx: Trx, actor: Actor, props: { organisationId: string; userId: string }): Promise<void> {
  if (!(await lockOrganisation(trx, props.organisationId))) throw errors.notFound('Organisation', props.organisationId);
  const role = await roleIn(trx, props.userId, props.organisationId);
  if (!role) throw errors.notFound('Member', props.userId);
  if (role === 'owner' && (await countOwners(trx, props.organisationId)) <= 1) {
    throw errors.conflict('last-owner', 'This is the organisation\'s only owner: make another member an owner first.');
  }
  await deleteMembership(trx, props.organisationId, props.userId);
  const revoked = await revokeTokensOfMember(trx, props.organisationId, props.userId, nowIso());
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: props.organisationId, action: 'membership.remove', subject_type: 'user', subject_id: props.userId, before: { role }, after: { revoked_token_ids: revoked } });
}
