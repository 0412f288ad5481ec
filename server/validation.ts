// zod issues -> FieldError (which field, what was wrong, what was expected). Used by the HTTP
// error handler and by commands and CLI commands that validate with zod themselves.
import { z } from 'zod';
import { errors, type FieldError } from './errors';

export interface IssueLike {
  path?: PropertyKey[];
  code?: string;
  message: string;
  [k: string]: unknown;
}

export function expectedOf(issue: Record<string, unknown>): string | undefined {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') return issue.expected;
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) return 'one of ' + issue.values.map((v) => JSON.stringify(v)).join(', ');
  if (issue.code === 'too_small' && issue.minimum !== undefined) return `${issue.origin === 'string' ? 'length ' : ''}at least ${issue.minimum}`;
  if (issue.code === 'too_big' && issue.maximum !== undefined) return `${issue.origin === 'string' ? 'length ' : ''}at most ${issue.maximum}`;
  if (issue.code === 'invalid_format' && typeof issue.format === 'string') return issue.format === 'regex' ? 'the documented format' : issue.format;
  if (issue.code === 'unrecognized_keys') return 'only the documented fields';
  return undefined;
}

// The zod issue each FieldError was made from, so the problem can be worded again in the caller's
// language (server/http/problems-es.ts) without adding a member to the JSON.
const issues = new WeakMap<FieldError, IssueLike>();
export function issueOf(fe: FieldError): IssueLike | undefined {
  return issues.get(fe);
}

export function fieldErrorsFromIssues(issueList: IssueLike[], prefix?: string): FieldError[] {
  return issueList.map((issue) => {
    const path = (issue.path ?? []).map(String);
    if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) path.push(String(issue.keys[0]));
    const field = [prefix, ...path].filter((p) => p !== undefined && p !== '').join('.') || prefix || '(body)';
    const fe: FieldError = { field, message: issue.message };
    const expected = expectedOf(issue);
    if (expected) fe.expected = expected;
    issues.set(fe, issue);
    return fe;
  });
}

/** Parse with a zod schema or throw a 400 validation AppError naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix?: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw errors.validation(fieldErrorsFromIssues(r.error.issues as IssueLike[], prefix));
}

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((s) => {
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'is not a real calendar date');
