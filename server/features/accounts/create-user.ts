// Use case: add a person to an organisation with a role (creating the organisation if asked).
// Used by first-run setup, the demo loader, tests and (later) member administration.
import { errors } from '../../errors';
import { newId, nowIso } from '../../ids';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { findUserByEmail, insertOrganisation, insertUser, upsertMembership } from './repository';
import { hashPassword } from './secrets';
import type { Role } from './tables';

export interface CreateUserProps {
  email: string;
  name: string;
  password: string;
  role: Role;
  /** Join this organisation… */
  organisationId?: string;
  /** …or create one with this name. */
  organisationName?: string;
}

export interface CreatedUser {
  userId: string;
  organisationId: string;
}

export const PASSWORD_MIN = 10;

export async function createUser(trx: Trx, actor: Actor, props: CreateUserProps): Promise<CreatedUser> {
  const email = props.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw errors.validation([{ field: 'email', message: 'is not an e-mail address', expected: 'name@domain' }]);
  if (props.password.length < PASSWORD_MIN) {
    throw errors.validation([{ field: 'password', message: `is shorter than ${PASSWORD_MIN} characters`, expected: `at least ${PASSWORD_MIN} characters` }]);
  }
  if (await findUserByEmail(trx, email)) throw errors.conflict('email-taken', `A user with the e-mail address ${email} already exists.`);
  const at = nowIso();
  let organisationId = props.organisationId;
  if (!organisationId) {
    if (!props.organisationName?.trim()) throw errors.validation([{ field: 'organisation_name', message: 'is required', expected: 'a name' }]);
    organisationId = newId();
    await insertOrganisation(trx, { id: organisationId, name: props.organisationName.trim(), created_at: at });
    await recordAudit(trx, { actor: actorLabel(actor), organisation_id: organisationId, action: 'organisation.create', subject_type: 'organisation', subject_id: organisationId, after: { name: props.organisationName.trim() } });
  }
  const userId = newId();
  await insertUser(trx, { id: userId, email, name: props.name.trim() || email, password_hash: await hashPassword(props.password), created_at: at, disabled_at: null });
  await upsertMembership(trx, { organisation_id: organisationId, user_id: userId, role: props.role, created_at: at });
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: organisationId, action: 'user.create', subject_type: 'user', subject_id: userId, after: { email, name: props.name, role: props.role } });
  return { userId, organisationId };
}
