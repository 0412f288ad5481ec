// Use case: revoke an API token. The bearer check reads revoked_at on every call, so the token
// stops working with the next request. Revoking an already revoked token is a no-op answer, not
// an error (a retried DELETE must not fail), and writes no second audit event.
import type { Trx } from '../../db/database';
import { errors } from '../../errors';
import { nowIso } from '../../ids';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from './actor';
import { findTokenById, revokeTokenRow, type TokenRow } from './repository';

export async function revokeToken(trx: Trx, actor: Actor, token: TokenRow): Promise<{ id: string; revoked_at: string }> {
  if (token.revoked_at) return { id: token.id, revoked_at: token.revoked_at };
  const at = nowIso();
  await revokeTokenRow(trx, token.id, at);
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: token.organisation_id, action: 'token.revoke', subject_type: 'api_token', subject_id: token.id, before: { user_id: token.user_id, name: token.name } });
  return { id: token.id, revoked_at: at };
}

/** The token by id, for the caller to authorize against (404 when there is none). */
export async function tokenForRevocation(trx: Trx, id: string): Promise<TokenRow> {
  const t = await findTokenById(trx, id);
  if (!t) throw errors.notFound('API token', id);
  return t;
}
