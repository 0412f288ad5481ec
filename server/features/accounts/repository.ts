// All SQL about accounts. Functions take the executor (db or transaction) first.
import { dialectOf, type Executor } from '../../db/database';
import { prepared, type Placeholders } from '../../db/prepared';
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

// Run on every API call: prepared once (server/db/prepared.ts).
const tokenByHash = prepared((db, p: Placeholders<{ hash: string }>) => db.selectFrom('api_tokens')
  .innerJoin('users', 'users.id', 'api_tokens.user_id')
  // the role in the token's organisation, in the same query (one round trip per API call)
  .leftJoin('memberships', (j) => j.onRef('memberships.user_id', '=', 'api_tokens.user_id').onRef('memberships.organisation_id', '=', 'api_tokens.organisation_id'))
  .select(['api_tokens.id as token_id', 'api_tokens.organisation_id', 'api_tokens.revoked_at', 'api_tokens.last_used_at',
    'users.id as user_id', 'users.email', 'users.name', 'users.disabled_at', 'memberships.role as role'])
  .where('api_tokens.token_hash', '=', p.hash), () => '');

export async function findTokenByHash(db: Executor, tokenHash: string) {
  return (await tokenByHash.execute(db, { hash: tokenHash }, null))[0];
}

export async function touchToken(db: Executor, tokenId: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}

export async function insertSession(db: Executor, s: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

// Run on every request from the browser: prepared once (server/db/prepared.ts).
const sessionByHash = prepared((db, p: Placeholders<{ hash: string; now: string }>) => db.selectFrom('sessions')
  .innerJoin('users', 'users.id', 'sessions.user_id')
  .leftJoin('memberships', (j) => j.onRef('memberships.user_id', '=', 'sessions.user_id').onRef('memberships.organisation_id', '=', 'sessions.organisation_id'))
  .select(['sessions.id_hash', 'sessions.organisation_id', 'sessions.csrf_token', 'sessions.expires_at',
    'users.id as user_id', 'users.email', 'users.name', 'users.disabled_at', 'memberships.role as role'])
  .where('sessions.id_hash', '=', p.hash)
  .where('sessions.expires_at', '>', p.now), () => '');

export async function findSession(db: Executor, idHash: string, nowIso: string) {
  return (await sessionByHash.execute(db, { hash: idHash, now: nowIso }, null))[0];
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

// --- organisation administration: members and tokens ---

export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  joined_at: string;
  disabled_at: string | null;
}

export async function membersOf(db: Executor, organisationId: string): Promise<MemberRow[]> {
  return db.selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id as user_id', 'users.email', 'users.name', 'memberships.role as role', 'memberships.created_at as joined_at', 'users.disabled_at'])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('users.email')
    .execute();
}

export async function countOwners(db: Executor, organisationId: string): Promise<number> {
  const r = await db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId).where('role', '=', 'owner').executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Serialises membership changes of one organisation (the last-owner check reads, then writes).
 * PostgreSQL: a row lock on the organisation. SQLite: one writer at a time already (no-op).
 */
export async function lockOrganisation(db: Executor, organisationId: string): Promise<OrganisationsTable | undefined> {
  const q = db.selectFrom('organisations').selectAll().where('id', '=', organisationId);
  return (dialectOf(db) === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

export async function setMembershipRole(db: Executor, organisationId: string, userId: string, role: Role): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Executor, organisationId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
}

export interface TokenRow {
  id: string;
  name: string;
  user_id: string;
  user_email: string;
  organisation_id: string;
  organisation_name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

function tokenRows(db: Executor) {
  return db.selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .innerJoin('organisations', 'organisations.id', 'api_tokens.organisation_id')
    .select(['api_tokens.id', 'api_tokens.name', 'api_tokens.user_id', 'users.email as user_email', 'api_tokens.organisation_id',
      'organisations.name as organisation_name', 'api_tokens.created_at', 'api_tokens.last_used_at', 'api_tokens.revoked_at']);
}

export async function tokensOf(db: Executor, q: { userId?: string; organisationId?: string; includeRevoked: boolean }): Promise<TokenRow[]> {
  let s = tokenRows(db);
  if (q.userId) s = s.where('api_tokens.user_id', '=', q.userId);
  if (q.organisationId) s = s.where('api_tokens.organisation_id', '=', q.organisationId);
  if (!q.includeRevoked) s = s.where('api_tokens.revoked_at', 'is', null);
  return s.orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id', 'desc').execute();
}

export async function findTokenById(db: Executor, id: string): Promise<TokenRow | undefined> {
  return tokenRows(db).where('api_tokens.id', '=', id).executeTakeFirst();
}

export async function revokeTokenRow(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Revokes a user's live tokens in one organisation; returns their ids (for the audit log). */
export async function revokeTokensOfMember(db: Executor, organisationId: string, userId: string, at: string): Promise<string[]> {
  const live = await db.selectFrom('api_tokens').select('id')
    .where('organisation_id', '=', organisationId).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  if (live.length) {
    await db.updateTable('api_tokens').set({ revoked_at: at })
      .where('organisation_id', '=', organisationId).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  }
  return live.map((r) => r.id);
}

export async function setPasswordHash(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Ends every session of a user but one (after a password change, other devices sign in again). */
export async function deleteOtherSessions(db: Executor, userId: string, keepIdHash: string | null): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepIdHash) q = q.where('id_hash', '!=', keepIdHash);
  return Number((await q.executeTakeFirst()).numDeletedRows);
}
