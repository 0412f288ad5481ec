// Shared test factories: organisations with a user per role (and their API tokens), agencies.
// They go through the real commands, so the audit log is written as in production.
import type { AppContext } from '../context';
import type { ZodApp } from '../http/app';
import { inTransaction } from '../db/transaction';
import { systemActor } from '../features/accounts/actor';
import { createToken } from '../features/accounts/create-token';
import { createUser } from '../features/accounts/create-user';
import { upsertMembership } from '../features/accounts/repository';
import type { Role } from '../features/accounts/tables';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
  /** `{ authorization: 'Bearer …' }`, ready for app.inject({ headers }). */
  headers: { authorization: string };
}

export interface TestOrganisation {
  id: string;
  owner: TestUser;
  editor: TestUser;
  viewer: TestUser;
}

let counter = 0;

/** An organisation with an owner, an editor and a viewer, each with an API token. */
export async function createOrganisation(ctx: AppContext, label = 'org'): Promise<TestOrganisation> {
  const n = `${label}${++counter}${Math.random().toString(36).slice(2, 6)}`;
  const owner = await createUserWithToken(ctx, { email: `owner.${n}@example.test`, role: 'owner', organisationName: `Organisation ${n}` });
  const editor = await createUserWithToken(ctx, { email: `editor.${n}@example.test`, role: 'editor', organisationId: owner.organisationId });
  const viewer = await createUserWithToken(ctx, { email: `viewer.${n}@example.test`, role: 'viewer', organisationId: owner.organisationId });
  return { id: owner.organisationId, owner: owner.user, editor: editor.user, viewer: viewer.user };
}

export async function createUserWithToken(
  ctx: AppContext,
  p: { email: string; role: Role; organisationId?: string; organisationName?: string },
): Promise<{ user: TestUser; organisationId: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const actor = systemActor('test');
    const u = await createUser(trx, actor, { email: p.email, name: p.email.split('@')[0], password: TEST_PASSWORD, role: p.role, organisationId: p.organisationId, organisationName: p.organisationName });
    const t = await createToken(trx, actor, { email: p.email, organisationId: u.organisationId });
    return { organisationId: u.organisationId, user: { id: u.userId, email: p.email, role: p.role, token: t.token, headers: { authorization: `Bearer ${t.token}` } } };
  });
}

export async function addMember(ctx: AppContext, organisationId: string, userId: string, role: Role): Promise<void> {
  await upsertMembership(ctx.db, { organisation_id: organisationId, user_id: userId, role, created_at: new Date().toISOString() });
}

/** Inserts an agency row with the columns the core needs (the agencies feature owns the rest). */
export async function ensureAgency(ctx: AppContext, a: { id: string; name: string; jurisdiction: string; parent_id?: string | null }): Promise<void> {
  await ctx.db.insertInto('agencies').values({ id: a.id, name: a.name, jurisdiction: a.jurisdiction, parent_id: a.parent_id ?? null } as never)
    .onConflict((oc) => oc.column('id').doNothing()).execute();
}

export interface RequestsOfEveryVisibility {
  /** Organisation A's editor's public, organisation-wide and private requests. */
  pub: string;
  org: string;
  priv: string;
  /** Organisation B's editor's organisation-wide request. */
  other: string;
}

/**
 * The fixture of the visibility tests: a request of each visibility by organisation A's editor and
 * one by organisation B's, made through the API (agency `cbp` must exist), with the titles given.
 */
export async function requestsOfEveryVisibility(
  app: ZodApp, a: TestOrganisation, b: TestOrganisation, titles: Record<keyof RequestsOfEveryVisibility, string>,
): Promise<RequestsOfEveryVisibility> {
  const make = async (as: TestUser, title: string, visibility: string) => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: as.headers, payload: { title, text: 'All records about ' + title, agency_id: 'cbp', visibility } });
    if (r.statusCode !== 201) throw new Error(`creating the ${visibility} request failed: ${r.statusCode} ${r.body}`);
    return r.json().id as string;
  };
  return {
    pub: await make(a.editor, titles.pub, 'public'),
    org: await make(a.editor, titles.org, 'organisation'),
    priv: await make(a.editor, titles.priv, 'private'),
    other: await make(b.editor, titles.other, 'organisation'),
  };
}
