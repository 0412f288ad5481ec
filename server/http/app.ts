// buildApp(ctx): the Fastify application. Features plug in through routes.ts; everything common
// (auth, CSRF, problem+json, OpenAPI, security headers, the built web app) is set up here once.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { fromRoot } from '../paths';
import { installAuth } from './auth';
import { installProblems, sendProblem } from './problems';
import { registerRoutes } from './routes';
import { installTurns } from './turns';

/** The app as features see it: zod schemas type `req.body`, `req.query`, `req.params`. */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface BuildAppOptions {
  /** Directory of the built web app; default `<repo>/dist/app`; null to serve none. */
  webDir?: string | null;
  /** Log each request (off in tests and benchmarks). */
  logRequests?: boolean;
}

// No inline scripts: only files we serve. Inline styles are allowed because the UI kit injects
// its CSS variables in a <style> element; styles cannot run code.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<ZodApp> {
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    bodyLimit: ctx.env.limits.jsonBodyBytes,
    trustProxy: ctx.env.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  installTurns(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => errors.rateLimited(Math.max(1, Math.ceil(c.ttl / 1000))),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Acceso API', version: '1', description: 'Public-records requests, their timelines and legal deadlines.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'acceso_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  installProblems(app, ctx);
  installAuth(app, ctx);
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await ctx.db.selectFrom('audit_head').select('id').limit(1).execute();
    return { ok: true };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerRoutes(app, ctx);

  const webDir = options.webDir === undefined ? fromRoot('dist/app') : options.webDir;
  const index = webDir ? join(webDir, 'index.html') : null;
  if (webDir && index && existsSync(index)) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: true, index: false });
    const html = readFileSync(index);
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(html));
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0];
      if ((req.method === 'GET' || req.method === 'HEAD') && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
        return reply.type('text/html; charset=utf-8').send(html); // SPA fallback: the client router takes it from here
      }
      return sendProblem(reply, req, errors.routeNotFound(req.method, path));
    });
  } else {
    app.setNotFoundHandler((req, reply) => sendProblem(reply, req, errors.routeNotFound(req.method, req.url.split('?')[0])));
  }
  return app;
}
