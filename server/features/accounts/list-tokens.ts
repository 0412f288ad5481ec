// Query: API tokens as the API shows them: never the secret (only its hash is stored anyway).
// `last_used_at` is recorded at most once an hour (http/auth.ts), so it says "used around then".
import type { Executor } from '../../db/database';
import { tokensOf, type TokenRow } from './repository';

export function presentToken(t: TokenRow) {
  return {
    id: t.id, name: t.name,
    user: { id: t.user_id, email: t.user_email },
    organisation: { id: t.organisation_id, name: t.organisation_name },
    created_at: t.created_at, last_used_at: t.last_used_at, revoked_at: t.revoked_at,
  };
}

export async function listTokens(db: Executor, q: { userId?: string; organisationId?: string; includeRevoked: boolean }) {
  return { items: (await tokensOf(db, q)).map(presentToken) };
}
