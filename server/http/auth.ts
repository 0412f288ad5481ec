// Resolves the actor of every HTTP request (bearer token or session cookie) and enforces CSRF on
// cookie-authenticated changes. Routes read `req.actor`; they never look at headers themselves.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { anonymous, type Actor } from '../features/accounts/actor';
import { findSession, findTokenByHash, touchToken } from '../features/accounts/repository';
import { safeEqual, sha256Hex } from '../features/accounts/secrets';

export const SESSION_COOKIE = 'acceso_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** Set false on routes that take no session (sign-in, first-run setup). */
    csrf?: boolean;
  }
}

const TOKEN_TOUCH_MS = 3600_000; // record token use at most hourly: no write per API call

export async function resolveActor(ctx: AppContext, req: FastifyRequest): Promise<Actor> {
  const authz = req.headers.authorization;
  if (authz !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authz);
    if (!m) throw errors.unauthenticated('The Authorization header must be "Bearer <token>".');
    const row = await findTokenByHash(ctx.db, sha256Hex(m[1]));
    if (!row || row.revoked_at || row.disabled_at) throw errors.unauthenticated('This API token is not valid (unknown, revoked, or its user is disabled).');
    const now = ctx.clock.now();
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOKEN_TOUCH_MS) {
      await touchToken(ctx.db, row.token_id, now.toISOString());
    }
    return {
      kind: 'user', userId: row.user_id, email: row.email, name: row.name, organisationId: row.organisation_id,
      role: row.role ?? null, via: 'token', tokenId: row.token_id,
    };
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (cookie) {
    const idHash = sha256Hex(cookie);
    const s = await findSession(ctx.db, idHash, ctx.clock.now().toISOString());
    if (s && !s.disabled_at) {
      return {
        kind: 'user', userId: s.user_id, email: s.email, name: s.name, organisationId: s.organisation_id,
        role: s.role ?? null,
        via: 'session', sessionIdHash: idHash, csrfToken: s.csrf_token,
      };
    }
  }
  return anonymous;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function installAuth(app: FastifyInstance<any, any, any, any, any>, ctx: AppContext): void {
  app.decorateRequest('actor', null as never);
  app.addHook('preHandler', async (req) => {
    req.actor = await resolveActor(ctx, req);
    const a = req.actor;
    if (a.kind === 'user' && a.via === 'session' && !SAFE_METHODS.has(req.method) && req.routeOptions.config?.csrf !== false) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !a.csrfToken || !safeEqual(sent, a.csrfToken)) throw errors.csrf();
    }
  });
}

export function cookieIsSecure(ctx: AppContext, req: FastifyRequest): boolean {
  return req.protocol === 'https' || (ctx.env.publicUrl?.startsWith('https:') ?? false);
}
