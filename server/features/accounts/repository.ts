// All SQL about accounts. Functions take the executor (db or transaction) first.
import type { Executor } from '../../db/database';
import type { ApiTokensTable, OrganisationsTable, Role, SessionsTable, UsersTable } from './tables';

export interface MembershipView {
  id: string;
  name: string;
  role: Role;
}

export async function countUsers(db: Executor): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findUserByEmail(db: Executor, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: Executor, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Executor, user: UsersTable): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function insertOrganisation(db: Executor, org: OrganisationsTable): Promise<void> {
  await db.insertInto('organisations').values(org).execute();
}

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationsTable | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function upsertMembership(db: Executor, m: { organisation_id: string; user_id: string; role: Role; created_at: string }): Promise<void> {
  await db.insertInto('memberships').values(m)
    .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doUpdateSet({ role: m.role }))
    .execute();
}

export async function membershipsOf(db: Executor, userId: string): Promise<MembershipView[]> {
  return db.selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id as id', 'organisations.name as name', 'memberships.role as role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('memberships.created_at').orderBy('organisations.id')
    .execute();
}

export async function roleIn(db: Executor, userId: string, organisationId: string): Promise<Role | null> {
  const r = await db.selectFrom('memberships').select('role')
    .where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return r?.role ?? null;
}

export async function insertToken(db: Executor, token: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

export async function findTokenByHash(db: Executor, tokenHash: string) {
  return db.selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    // the role in the token's organisation, in the same query (one round trip per API call)
    .leftJoin('memberships', (j) => j.onRef('memberships.user_id', '=', 'api_tokens.user_id').onRef('memberships.organisation_id', '=', 'api_tokens.organisation_id'))
    .select(['api_tokens.id as token_id', 'api_tokens.organisation_id', 'api_tokens.revoked_at', 'api_tokens.last_used_at',
      'users.id as user_id', 'users.email', 'users.name', 'users.disabled_at', 'memberships.role as role'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchToken(db: Executor, tokenId: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}

export async function insertSession(db: Executor, s: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

export async function findSession(db: Executor, idHash: string, nowIso: string) {
  return db.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('memberships', (j) => j.onRef('memberships.user_id', '=', 'sessions.user_id').onRef('memberships.organisation_id', '=', 'sessions.organisation_id'))
    .select(['sessions.id_hash', 'sessions.organisation_id', 'sessions.csrf_token', 'sessions.expires_at',
      'users.id as user_id', 'users.email', 'users.name', 'users.disabled_at', 'memberships.role as role'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteExpiredSessions(db: Executor, nowIso: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function setSessionOrganisation(db: Executor, idHash: string, organisationId: string): Promise<void> {
  await db.updateTable('sessions').set({ organisation_id: organisationId }).where('id_hash', '=', idHash).execute();
}
