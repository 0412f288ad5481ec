// Organisations, their members and API tokens over HTTP (docs/decisions/0320). Thin routes:
// validate (zod) -> the actor as it acts on the organisation concerned (acting-in.ts) ->
// authorize -> one command in a transaction -> present.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { errors } from '../../errors';
import { actingIn } from './acting-in';
import { authorize } from './authorize';
import { addMember } from './add-member';
import { changeMemberRole } from './change-member-role';
import { changePassword } from './change-password';
import { PASSWORD_MIN } from './create-user';
import { createOrganisation, ORGANISATION_NAME_MAX } from './create-organisation';
import { listMembers } from './list-members';
import { listOrganisations } from './list-organisations';
import { listTokens } from './list-tokens';
import { removeMember } from './remove-member';
import { revokeToken, tokenForRevocation } from './revoke-token';

const role = z.enum(['owner', 'editor', 'viewer']);
const id = z.string().min(1).max(64);
const orgParams = z.object({ id });
const memberParams = z.object({ id, userId: id });
const includeRevoked = z.object({ include_revoked: z.enum(['true', 'false']).default('false') });

const organisation = z.object({ id: z.string(), name: z.string(), role });
const member = z.object({ user_id: z.string(), email: z.string(), name: z.string(), role, joined_at: z.string(), disabled: z.boolean() });
const token = z.object({
  id: z.string(), name: z.string(),
  user: z.object({ id: z.string(), email: z.string() }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  created_at: z.string(), last_used_at: z.string().nullable(), revoked_at: z.string().nullable(),
});

export function administrationRoutes(app: ZodApp, ctx: AppContext): void {
  app.get('/api/v1/organisations', {
    schema: {
      tags: ['organisations'], summary: 'The organisations you belong to, your role in each, and the one you act in',
      response: { 200: z.object({ items: z.array(organisation.extend({ current: z.boolean() })) }) },
    },
  }, async (req) => listOrganisations(ctx.db, req.actor));

  app.post('/api/v1/organisations', {
    schema: {
      tags: ['organisations'], summary: 'Create an organisation; you become its owner (needs the owner role where you act now)',
      body: z.object({ name: z.string().trim().min(1).max(ORGANISATION_NAME_MAX) }),
      response: { 201: organisation },
    },
  }, async (req, reply) => {
    authorize(req.actor, 'organisation:create', { type: 'instance' });
    const created = await inTransaction(ctx.db, (trx) => createOrganisation(trx, req.actor, { name: req.body.name }));
    return reply.code(201).send(created);
  });

  app.get('/api/v1/organisations/:id/members', {
    schema: { tags: ['organisations'], summary: 'Members of an organisation (any member may read)', params: orgParams, response: { 200: z.object({ items: z.array(member) }) } },
  }, async (req) => {
    const actor = await actingIn(ctx.db, req.actor, req.params.id);
    authorize(actor, 'organisation:read', { type: 'organisation', organisation_id: req.params.id });
    return listMembers(ctx.db, req.params.id);
  });

  app.post('/api/v1/organisations/:id/members', {
    schema: {
      tags: ['organisations'],
      summary: 'Add a person by e-mail with a role (owners). A new account gets an initial password, returned once in `initial_password`',
      params: orgParams,
      body: z.object({ email: z.string().trim().email().max(320), role, name: z.string().trim().min(1).max(200).optional() }),
      response: {
        201: z.object({
          user: z.object({ id: z.string(), email: z.string(), name: z.string() }), role,
          created_user: z.boolean(), initial_password: z.string().optional(),
        }),
      },
    },
  }, async (req, reply) => {
    const actor = await actingIn(ctx.db, req.actor, req.params.id);
    authorize(actor, 'organisation:manage', { type: 'organisation', organisation_id: req.params.id });
    const added = await inTransaction(ctx.db, (trx) => addMember(trx, actor, { organisationId: req.params.id, ...req.body }));
    // The initial password must not sit in a cache on the way back.
    reply.header('cache-control', 'no-store');
    return reply.code(201).send(added);
  });

  app.patch('/api/v1/organisations/:id/members/:userId', {
    schema: {
      tags: ['organisations'], summary: "Change a member's role (owners; the last owner cannot be demoted: 409 last-owner)",
      params: memberParams, body: z.object({ role }), response: { 200: z.object({ user_id: z.string(), role }) },
    },
  }, async (req) => {
    const actor = await actingIn(ctx.db, req.actor, req.params.id);
    authorize(actor, 'organisation:manage', { type: 'organisation', organisation_id: req.params.id });
    return inTransaction(ctx.db, (trx) => changeMemberRole(trx, actor, { organisationId: req.params.id, userId: req.params.userId, role: req.body.role }));
  });

  app.delete('/api/v1/organisations/:id/members/:userId', {
    schema: {
      tags: ['organisations'],
      summary: "Remove a member (owners) or leave (yourself); revokes the member's tokens for this organisation; the last owner stays (409 last-owner)",
      params: memberParams,
    },
  }, async (req, reply) => {
    const actor = await actingIn(ctx.db, req.actor, req.params.id);
    authorize(actor, 'membership:remove', { type: 'membership', organisation_id: req.params.id, user_id: req.params.userId });
    await inTransaction(ctx.db, (trx) => removeMember(trx, actor, { organisationId: req.params.id, userId: req.params.userId }));
    return reply.code(204).send();
  });

  app.get('/api/v1/organisations/:id/tokens', {
    schema: {
      tags: ['organisations'], summary: "API tokens of the organisation's members (owners; never the secret)",
      params: orgParams, querystring: includeRevoked, response: { 200: z.object({ items: z.array(token) }) },
    },
  }, async (req) => {
    const actor = await actingIn(ctx.db, req.actor, req.params.id);
    authorize(actor, 'organisation:manage', { type: 'organisation', organisation_id: req.params.id });
    return listTokens(ctx.db, { organisationId: req.params.id, includeRevoked: req.query.include_revoked === 'true' });
  });

  app.get('/api/v1/tokens', {
    schema: {
      tags: ['session'], summary: 'Your API tokens (never the secret); with a token, only those of its organisation',
      querystring: includeRevoked, response: { 200: z.object({ items: z.array(token) }) },
    },
  }, async (req) => {
    const a = req.actor;
    if (a.kind !== 'user') throw errors.unauthenticated();
    return listTokens(ctx.db, { userId: a.userId, organisationId: a.via === 'token' ? a.organisationId ?? undefined : undefined, includeRevoked: req.query.include_revoked === 'true' });
  });

  app.delete('/api/v1/tokens/:id', {
    schema: { tags: ['session'], summary: "Revoke an API token (yours, or as an owner one of your organisation's); it stops working at once", params: orgParams },
  }, async (req, reply) => {
    if (req.actor.kind === 'anonymous') throw errors.unauthenticated();
    await inTransaction(ctx.db, async (trx) => {
      const t = await tokenForRevocation(trx, req.params.id);
      const actor = await actingIn(trx, req.actor, t.organisation_id);
      authorize(actor, 'token:revoke', { type: 'token', organisation_id: t.organisation_id, user_id: t.user_id });
      await revokeToken(trx, actor, t);
    });
    return reply.code(204).send();
  });

  app.put('/api/v1/session/password', {
    config: { rateLimit: { max: ctx.env.loginAttemptsPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['session'], summary: 'Change your password (session only; checks the current one; ends your other sessions)',
      body: z.object({ current_password: z.string().min(1).max(1000), new_password: z.string().min(PASSWORD_MIN).max(1000) }),
      response: { 200: z.object({ ended_sessions: z.number() }) },
    },
  }, async (req) => inTransaction(ctx.db, (trx) => changePassword(trx, req.actor, { currentPassword: req.body.current_password, newPassword: req.body.new_password })));
}
