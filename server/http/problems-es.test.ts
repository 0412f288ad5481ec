// Problems in Spanish (decision 0420): every code the server throws has Spanish wording, zod issues
// are worded again from the issue, and English answers are byte-for-byte what they were.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError, errors, toProblem } from '../errors';
import { parseInput } from '../validation';
import { localizedProblem } from './problems';
import { CODES_WITH_ENGLISH_DETAIL } from './problems-es';

const SERVER = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return f.endsWith('.ts') && !f.includes('.test.') ? [p] : [];
  });
}
const all = sources(SERVER).map((p) => readFileSync(p, 'utf8')).join('\n');
const thrown = (re: RegExp) => [...new Set([...all.matchAll(re)].map((m) => m[1]))];

const es = (e: AppError) => localizedProblem(e, '/api/v1/x', 'es');
const caught = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('did not throw');
};

describe('problem details in Spanish', () => {
  it('words every fixed-code problem the server throws in Spanish, with no English left', () => {
    const codes = thrown(/errors\.(?:badRequest|conflict)\(\s*'([a-z0-9-]+)'/g);
    expect(codes.length).toBeGreaterThan(10);
    // Codes whose English detail is specific keep it, marked; every other one is wholly Spanish.
    for (const code of codes) {
      const p = es(errors.badRequest(code, 'An English detail.'));
      expect(p.detail, code).not.toBe('An English detail.');
      if (!CODES_WITH_ENGLISH_DETAIL.has(code)) expect(p.detail, code).not.toContain('en inglés');
    }
  });

  it('names in Spanish every kind of thing that can be not found, keeping its id', () => {
    const nouns = thrown(/errors\.notFound\(\s*'([^']+)'/g);
    expect(nouns).toEqual(expect.arrayContaining(['Request', 'Agency', 'Document']));
    for (const noun of nouns) {
      const p = es(errors.notFound(noun, 'abc-1'));
      expect(p.detail, noun).toMatch(/^No se encontró (el|la) .+ "abc-1"\.$/);
      expect(p).toMatchObject({ title: 'No encontrado', code: 'not-found', status: 404 });
    }
    expect(es(errors.notFound('Request')).detail).toBe('No se encontró la solicitud.');
  });

  it('carries the numbers of the English detail into the Spanish one', () => {
    expect(es(errors.tooLarge(1048576)).detail).toBe('El cuerpo de la solicitud supera el límite de 1048576 bytes.');
    expect(es(errors.rateLimited(42)).detail).toBe('Demasiados intentos; inténtelo de nuevo en 42 segundos.');
    expect(es(errors.routeNotFound('GET', '/api/v1/nada')).detail).toBe('No existe el punto de acceso GET /api/v1/nada.');
    expect(es(errors.unauthenticated()).detail).toBe('Inicie sesión o envíe un token de API (Authorization: Bearer <token>).');
    expect(es(errors.unauthenticated('Sign in first.')).detail).toBe('Inicie sesión o envíe un token de API. (en inglés: Sign in first.)');
    expect(es(errors.invalidCredentials())).toMatchObject({ title: 'No autenticado', detail: 'El correo electrónico o la contraseña no son correctos.', code: 'invalid-credentials' });
  });

  it('words validation errors from their zod issues: required, length, choices, e-mail, unknown fields', () => {
    const schema = z.object({ title: z.string(), text: z.string().min(3), status: z.enum(['open', 'closed']), email: z.string().email() }).strict();
    const e = caught(() => parseInput(schema, { text: 'x', status: 'lost', email: 'nope', extra: 1 }, 'body'));
    const p = es(e);
    expect(p.title).toBe('Solicitud incorrecta');
    const byField = Object.fromEntries((p.errors ?? []).map((f) => [f.field, f]));
    expect(byField['body.title']).toMatchObject({ message: 'es obligatorio', expected: 'texto' });
    expect(byField['body.text']).toMatchObject({ message: 'debe tener al menos 3 caracteres', expected: 'al menos 3 caracteres' });
    expect(byField['body.status']).toMatchObject({ message: 'no es uno de los valores admitidos', expected: 'uno de "open", "closed"' });
    expect(byField['body.email'].message).toBe('no es una dirección de correo electrónico');
    expect(byField['body.extra'].message).toBe('no es un campo admitido');
    expect(p.detail).toBe(`Revise estos datos: ${(p.errors ?? []).map((f) => `${f.field}: ${f.message}`).join('; ')}.`);
    expect(p.detail).not.toMatch(/Invalid|expected|Too small/);
  });

  it('keeps a hand-written English field message, marked as English, after a Spanish lead', () => {
    const p = es(errors.validation([{ field: 'password', message: 'is shorter than 12 characters', expected: 'at least 12 characters' }]));
    expect(p.errors).toEqual([{ field: 'password', message: 'no es válido (en inglés: is shorter than 12 characters)', expected: 'at least 12 characters' }]);
  });

  it('marks an unknown code\'s English detail rather than hiding it', () => {
    const p = es(new AppError(400, 'some-new-code', 'Something specific.'));
    expect(p.detail).toBe('Solicitud incorrecta. (en inglés: Something specific.)');
  });

  it('leaves English problems exactly as before', () => {
    for (const e of [errors.notFound('Request', 'x'), errors.validation([{ field: 'a', message: 'b' }]), errors.csrf()]) {
      expect(localizedProblem(e, '/p', 'en')).toEqual(toProblem(e, '/p'));
    }
  });
});
