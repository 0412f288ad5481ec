// One place for errors (ARCHITECTURE.md convention 5). Every expected failure is an AppError with a
// stable `code`; the HTTP layer turns it into RFC 9457 problem+json and the CLI into a message on
// stderr. Anything that is not an AppError is a bug and answers 500 without leaking details.

export interface FieldError {
  /** Dotted path of the offending field, e.g. `events.0.date` or `query.status`. */
  field: string;
  /** What was wrong, in words a person can act on. */
  message: string;
  /** What was expected (type, format, allowed values), when it can be said briefly. */
  expected?: string;
}

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly detail: string,
    public readonly fields: FieldError[] = [],
    public readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

const titles: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

export const errors = {
  validation: (fields: FieldError[], detail?: string) =>
    new AppError(400, 'validation-failed', detail ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields),
  badRequest: (code: string, detail: string, fields: FieldError[] = []) => new AppError(400, code, detail, fields),
  malformedJson: (detail: string) => new AppError(400, 'malformed-json', `The request body is not valid JSON: ${detail}`),
  unauthenticated: (detail = 'Sign in or send an API token (Authorization: Bearer <token>).') =>
    new AppError(401, 'unauthenticated', detail),
  invalidCredentials: () => new AppError(401, 'invalid-credentials', 'The e-mail address or password is not correct.'),
  csrf: () => new AppError(403, 'csrf-token-invalid', 'This change needs the x-csrf-token header from GET /api/v1/session.'),
  forbidden: (detail: string) => new AppError(403, 'forbidden', detail),
  notFound: (what: string, id?: string) =>
    new AppError(404, 'not-found', id === undefined ? `${what} not found.` : `${what} ${JSON.stringify(id)} not found.`),
  routeNotFound: (method: string, url: string) => new AppError(404, 'route-not-found', `No endpoint ${method} ${url}.`),
  conflict: (code: string, detail: string) => new AppError(409, code, detail),
  tooLarge: (limit: number) => new AppError(413, 'body-too-large', `The request body exceeds the limit of ${limit} bytes.`),
  unsupportedMediaType: (type: string) => new AppError(415, 'unsupported-media-type', `Content-Type ${type} is not accepted here.`),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(429, 'rate-limited', `Too many attempts; try again in ${retryAfterSeconds} seconds.`, [], { 'retry-after': String(retryAfterSeconds) }),
  unavailable: (detail: string) => new AppError(503, 'unavailable', detail),
  internal: () => new AppError(500, 'internal-error', 'Something went wrong on our side; it has been logged.'),
};

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

export function toProblem(e: AppError, instance?: string): Problem {
  const p: Problem = {
    type: `https://acceso.dev/problems/${e.code}`,
    title: titles[e.status] ?? 'Error',
    status: e.status,
    code: e.code,
    detail: e.detail,
  };
  if (instance) p.instance = instance;
  if (e.fields.length) p.errors = e.fields;
  return p;
}
