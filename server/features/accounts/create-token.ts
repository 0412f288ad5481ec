// Use case: issue an API token for a user in one of their organisations. The token is returned
// once; only its SHA-256 is stored.
import { errors } from '../../errors';
import { newId, nowIso } from '../../ids';
import type { Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { findUserByEmail, insertToken, membershipsOf } from './repository';
import { randomSecret, sha256Hex } from './secrets';

export interface CreateTokenProps {
  email: string;
  organisationId?: string;
  name?: string;
}

export async function createToken(trx: Trx, actor: Actor, props: CreateTokenProps): Promise<{ token: string; id: string; organisation_id: string }> {
  const user = await findUserByEmail(trx, props.email);
  if (!user) throw errors.notFound('User', props.email);
  if (actor.kind === 'user' && actor.userId !== user.id) throw errors.forbidden('You may only create tokens for yourself.');
  const orgs = await membershipsOf(trx, user.id);
  const org = props.organisationId ? orgs.find((o) => o.id === props.organisationId) : orgs[0];
  if (!org) {
    throw errors.badRequest('no-membership', props.organisationId
      ? `${user.email} is not a member of organisation ${props.organisationId}.`
      : `${user.email} belongs to no organisation.`);
  }
  const token = randomSecret('acc_');
  const id = newId();
  await insertToken(trx, {
    id, user_id: user.id, organisation_id: org.id, name: props.name ?? 'api token', token_hash: sha256Hex(token),
    created_at: nowIso(), last_used_at: null, revoked_at: null,
  });
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: org.id, action: 'token.create', subject_type: 'api_token', subject_id: id, after: { user_id: user.id, name: props.name ?? 'api token' } });
  return { token, id, organisation_id: org.id };
}
