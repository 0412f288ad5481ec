// Session, first-run setup and API tokens over HTTP. Thin: validate -> authorize -> command -> present.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { cookieIsSecure, SESSION_COOKIE } from '../../http/auth';
import { inTransaction } from '../../db/transaction';
import { errors } from '../../errors';
import { authorize } from './authorize';
import { countUsers } from './repository';
import { createToken } from './create-token';
import { createUser, PASSWORD_MIN } from './create-user';
import { sessionView, signIn, signOut, switchOrganisation } from './sessions';
import { administrationRoutes } from './administration-routes';

const sessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['owner', 'editor', 'viewer']) })),
  current_organisation_id: z.string().nullable(),
  csrf_token: z.string().nullable(),
});

export function routes(app: ZodApp, ctx: AppContext): void {
  const setCookie = (reply: import('fastify').FastifyReply, req: import('fastify').FastifyRequest, value: string) =>
    reply.setCookie(SESSION_COOKIE, value, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: cookieIsSecure(ctx, req), maxAge: ctx.env.sessionTtlHours * 3600,
    });

  app.post('/api/v1/session', {
    config: { csrf: false, rateLimit: { max: ctx.env.loginAttemptsPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['session'], summary: 'Sign in (sets the acceso_session cookie)',
      body: z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1000) }),
      response: { 200: sessionSchema },
    },
  }, async (req, reply) => {
    const { cookie, view } = await inTransaction(ctx.db, (trx) => signIn(trx, { ...req.body, ttlHours: ctx.env.sessionTtlHours }));
    setCookie(reply, req, cookie);
    return view;
  });

  app.get('/api/v1/session', { schema: { tags: ['session'], summary: 'The signed-in user (401 when not signed in)', response: { 200: sessionSchema } } },
    async (req) => sessionView(ctx.db, req.actor));

  app.delete('/api/v1/session', { schema: { tags: ['session'], summary: 'Sign out' } }, async (req, reply) => {
    await inTransaction(ctx.db, (trx) => signOut(trx, req.actor));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.post('/api/v1/session/organisation', {
    schema: { tags: ['session'], summary: 'Switch the current organisation', body: z.object({ organisation_id: z.string().min(1) }), response: { 200: sessionSchema } },
  }, async (req) => inTransaction(ctx.db, (trx) => switchOrganisation(trx, req.actor, req.body.organisation_id)));

  app.get('/api/v1/setup', { schema: { tags: ['session'], summary: 'Whether first-run setup is needed' } },
    async () => ({ needed: (await countUsers(ctx.db)) === 0 }));

  app.post('/api/v1/setup', {
    config: { csrf: false, rateLimit: { max: ctx.env.loginAttemptsPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['session'], summary: 'First-run setup: the first organisation and its owner (only while no user exists)',
      body: z.object({
        organisation_name: z.string().trim().min(1).max(200),
        name: z.string().trim().min(1).max(200),
        email: z.string().trim().email().max(320),
        password: z.string().min(PASSWORD_MIN).max(1000),
      }),
      response: { 200: sessionSchema },
    },
  }, async (req, reply) => {
    const { cookie, view } = await inTransaction(ctx.db, async (trx) => {
      if ((await countUsers(trx)) > 0) throw errors.conflict('already-set-up', 'This instance already has users; sign in instead.');
      await createUser(trx, { kind: 'system', label: 'setup' }, {
        email: req.body.email, name: req.body.name, password: req.body.password, role: 'owner', organisationName: req.body.organisation_name,
      });
      return signIn(trx, { email: req.body.email, password: req.body.password, ttlHours: ctx.env.sessionTtlHours });
    });
    setCookie(reply, req, cookie);
    return view;
  });

  app.post('/api/v1/tokens', {
    schema: {
      tags: ['session'], summary: 'Create an API token for yourself in the current organisation (shown once)',
      // No body at all is fine: the token gets the default name.
      body: z.object({ name: z.string().trim().min(1).max(200).default('api token') }).nullable().transform((b) => b ?? { name: 'api token' }),
      response: { 201: z.object({ id: z.string(), token: z.string(), organisation_id: z.string() }) },
    },
  }, async (req, reply) => {
    const actor = req.actor;
    if (actor.kind !== 'user' || !actor.organisationId) throw errors.unauthenticated();
    authorize(actor, 'organisation:read', { type: 'organisation', organisation_id: actor.organisationId });
    const t = await inTransaction(ctx.db, (trx) => createToken(trx, actor, { email: actor.email, organisationId: actor.organisationId!, name: req.body.name }));
    return reply.code(201).send(t);
  });

  administrationRoutes(app, ctx);
}
