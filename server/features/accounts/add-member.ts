// Use case: an owner adds a person to the organisation by e-mail address with a role. A person
// without an account gets one, with a generated initial password that is returned once (only its
// argon2id hash is kept) for the owner to hand over (docs/decisions/0321-new-members-get-an-initial-password.md).
import { errors } from '../../errors';
import { newId, nowIso } from '../../ids';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { findUserByEmail, insertUser, lockOrganisation, roleIn, upsertMembership } from './repository';
import { hashPassword, randomSecret } from './secrets';
import type { Role } from './tables';

export interface AddMemberProps {
  organisationId: string;
  email: string;
  role: Role;
  /** Used only when the account is created; defaults to the part of the address before @. */
  name?: string;
}

export interface AddedMember {
  user: { id: string; email: string; name: string };
  role: Role;
  created_user: boolean;
  /** Present only when the account was created by this call; never retrievable again. */
  initial_password?: string;
}

export async function addMember(trx: Trx, actor: Actor, props: AddMemberProps): Promise<AddedMember> {
  const email = props.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw errors.validation([{ field: 'email', message: 'is not an e-mail address', expected: 'name@domain' }]);
  if (!(await lockOrganisation(trx, props.organisationId))) throw errors.notFound('Organisation', props.organisationId);
  const at = nowIso();
  let user = await findUserByEmail(trx, email);
  let initialPassword: string | undefined;
  if (user) {
    const current = await roleIn(trx, user.id, props.organisationId);
    if (current) throw errors.conflict('already-member', `${email} is already a member of this organisation (as ${current}); change the role instead.`);
  } else {
    initialPassword = randomSecret().slice(0, 20);
    user = { id: newId(), email, name: props.name?.trim() || email.split('@')[0], password_hash: await hashPassword(initialPassword), created_at: at, disabled_at: null };
    await insertUser(trx, user);
    await recordAudit(trx, { actor: actorLabel(actor), organisation_id: props.organisationId, action: 'user.create', subject_type: 'user', subject_id: user.id, after: { email, name: user.name } });
  }
  await upsertMembership(trx, { organisation_id: props.organisationId, user_id: user.id, role: props.role, created_at: at });
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: props.organisationId, action: 'membership.add', subject_type: 'user', subject_id: user.id, after: { email, role: props.role } });
  return { user: { id: user.id, email, name: user.name }, role: props.role, created_user: initialPassword !== undefined, ...(initialPassword ? { initial_password: initialPassword } : {}) };
}
