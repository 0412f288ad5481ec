// Every error leaves as application/problem+json (RFC 9457) with a stable code. Bad input never
// becomes a 500: Fastify's own 4xx errors are mapped to specific codes here.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { AppError, errors, isAppError, toProblem, type Problem } from '../errors';
import { fieldErrorsFromIssues } from '../validation';
import { LawInputError } from '../../law/contract';
import { pickLanguage, type Language } from '../../law/language';
import { detailEs, fieldErrorEs, TITLES_ES } from './problems-es';

export function toAppError(err: unknown, ctx: AppContext, req: FastifyRequest): AppError {
  if (isAppError(err)) return err;
  if (err instanceof LawInputError) return errors.badRequest(err.code, err.message);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as { validationContext?: string }).validationContext ?? 'body';
    const issues = err.validation.map((v) => ({
      ...(v.params as Record<string, unknown>),
      path: v.instancePath.split('/').filter(Boolean),
      code: v.keyword,
      message: v.message ?? 'is not valid',
    }));
    return errors.validation(fieldErrorsFromIssues(issues, where));
  }
  const e = err as Partial<FastifyError> & { statusCode?: number };
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return errors.malformedJson(e.message ?? 'parse error');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errors.malformedJson('the body is empty but Content-Type says JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.tooLarge(ctx.env.limits.jsonBodyBytes);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.unsupportedMediaType(String(req.headers['content-type'] ?? '(none)'));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errors.badRequest('invalid-content-length', 'The Content-Length header does not match the body.');
  }
  if (err instanceof SyntaxError && e.statusCode === 400) return errors.malformedJson(err.message);
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError(e.statusCode, (e.code ?? 'bad-request').toLowerCase().replace(/_/g, '-'), e.message ?? 'Bad request');
  }
  req.log.error({ err }, 'unhandled error');
  return errors.internal();
}

/**
 * The language of a problem (decision 0420): a valid `?lang=` wins, then Accept-Language, else
 * English. An unsupported `?lang=` does not change the language here (the route reports it).
 */
export function problemLanguage(req: FastifyRequest): Language {
  const lang = (req.query as Record<string, unknown> | undefined)?.lang;
  try {
    return pickLanguage({ explicit: typeof lang === 'string' ? lang : null, acceptLanguage: req.headers['accept-language'] });
  } catch {
    return pickLanguage({ acceptLanguage: req.headers['accept-language'] });
  }
}

/** RFC 9457 body in the caller's language; `code`, `type`, `status` and field paths stay as they are. */
export function localizedProblem(e: AppError, instance: string, language: Language): Problem {
  const p = toProblem(e, instance);
  if (language !== 'es') return p;
  const fields = e.fields.map(fieldErrorEs);
  p.title = TITLES_ES[e.status] ?? 'Error';
  p.detail = detailEs(e, fields);
  if (fields.length) p.errors = fields;
  return p;
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, e: AppError): FastifyReply {
  for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
  const language = problemLanguage(req);
  reply.header('content-language', language);
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/accept-language/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
  return reply.code(e.status).type('application/problem+json').send(localizedProblem(e, req.url.split('?')[0], language));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function installProblems(app: FastifyInstance<any, any, any, any, any>, ctx: AppContext): void {
  app.setErrorHandler((err, req, reply) => sendProblem(reply, req, toAppError(err, ctx, req)));
}
