// Use case: a person creates an organisation and becomes its owner. Authorised by the caller
// (authorize 'organisation:create'); the creator must be a real user, since an organisation
// without an owner could never be administered through the API.
import { errors } from '../../errors';
import { newId, nowIso } from '../../ids';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { findUserById, insertOrganisation, upsertMembership, type MembershipView } from './repository';

export interface CreateOrganisationProps {
  name: string;
  /** The first owner; defaults to the acting user. */
  ownerUserId?: string;
}

export const ORGANISATION_NAME_MAX = 200;

export async function createOrganisation(trx: Trx, actor: Actor, props: CreateOrganisationProps): Promise<MembershipView> {
  const name = props.name.trim();
  if (!name || name.length > ORGANISATION_NAME_MAX) {
    throw errors.validation([{ field: 'name', message: name ? 'is too long' : 'is required', expected: `1 to ${ORGANISATION_NAME_MAX} characters` }]);
  }
  const ownerId = props.ownerUserId ?? (actor.kind === 'user' ? actor.userId : null);
  if (!ownerId) throw errors.validation([{ field: 'owner', message: 'is required when no person is acting', expected: 'a user id' }]);
  const owner = await findUserById(trx, ownerId);
  if (!owner) throw errors.notFound('User', ownerId);
  const id = newId();
  const at = nowIso();
  await insertOrganisation(trx, { id, name, created_at: at });
  await upsertMembership(trx, { organisation_id: id, user_id: owner.id, role: 'owner', created_at: at });
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: id, action: 'organisation.create', subject_type: 'organisation', subject_id: id, after: { name, owner_user_id: owner.id } });
  return { id, name, role: 'owner' };
}
