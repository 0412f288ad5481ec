// Use cases of the browser session: sign in, sign out, switch organisation, and the session view
// the web app reads (GET/POST /api/v1/session).
import { errors } from '../../errors';
import type { Executor, Trx } from '../../db/database';
import { recordAudit } from '../audit/record';
import type { Actor } from './actor';
import { deleteSession, findUserByEmail, insertSession, membershipsOf, setSessionOrganisation, type MembershipView } from './repository';
import { randomSecret, sha256Hex, verifyPassword } from './secrets';

export interface SessionView {
  user: { id: string; email: string; name: string };
  organisations: MembershipView[];
  current_organisation_id: string | null;
  csrf_token: string | null;
}

// A real hash of a throwaway password, so an unknown e-mail costs as much time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$0MixhPLLdoscVlFpvWNfoA$dxROcO6ZNdio3FymxAw40GLOBM1AFJU29bBxkSbSCP0';

export async function signIn(trx: Trx, props: { email: string; password: string; ttlHours: number }): Promise<{ cookie: string; view: SessionView }> {
  const user = await findUserByEmail(trx, props.email);
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, props.password);
  if (!user || !ok || user.disabled_at) throw errors.invalidCredentials();
  const organisations = await membershipsOf(trx, user.id);
  const cookie = randomSecret();
  const csrf = randomSecret();
  const now = new Date();
  await insertSession(trx, {
    id_hash: sha256Hex(cookie), user_id: user.id, organisation_id: organisations[0]?.id ?? null, csrf_token: csrf,
    created_at: now.toISOString(), expires_at: new Date(now.getTime() + props.ttlHours * 3600_000).toISOString(),
  });
  await recordAudit(trx, { actor: `user:${user.id}`, organisation_id: organisations[0]?.id ?? null, action: 'session.create', subject_type: 'user', subject_id: user.id });
  return {
    cookie,
    view: { user: { id: user.id, email: user.email, name: user.name }, organisations, current_organisation_id: organisations[0]?.id ?? null, csrf_token: csrf },
  };
}

export async function signOut(trx: Trx, actor: Actor): Promise<void> {
  if (actor.kind !== 'user' || !actor.sessionIdHash) throw errors.unauthenticated('There is no session to end.');
  await deleteSession(trx, actor.sessionIdHash);
}

export async function switchOrganisation(trx: Trx, actor: Actor, organisationId: string): Promise<SessionView> {
  if (actor.kind !== 'user' || !actor.sessionIdHash) throw errors.unauthenticated('Sign in first.');
  const organisations = await membershipsOf(trx, actor.userId);
  if (!organisations.some((o) => o.id === organisationId)) {
    throw errors.validation([{ field: 'organisation_id', message: 'is not an organisation you belong to', expected: organisations.map((o) => o.id).join(', ') || 'none' }]);
  }
  await setSessionOrganisation(trx, actor.sessionIdHash, organisationId);
  await recordAudit(trx, { actor: `user:${actor.userId}`, organisation_id: organisationId, action: 'session.switch-organisation', subject_type: 'user', subject_id: actor.userId, after: { organisation_id: organisationId } });
  return { user: { id: actor.userId, email: actor.email, name: actor.name }, organisations, current_organisation_id: organisationId, csrf_token: actor.csrfToken ?? null };
}

export async function sessionView(db: Executor, actor: Actor): Promise<SessionView> {
  if (actor.kind !== 'user') throw errors.unauthenticated('Not signed in.');
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name },
    organisations: await membershipsOf(db, actor.userId),
    current_organisation_id: actor.organisationId,
    csrf_token: actor.csrfToken ?? null,
  };
}

