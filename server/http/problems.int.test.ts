// Problems over HTTP in the caller's language (decision 0420): Accept-Language or ?lang= picks
// Spanish; English stays the default; the stable code never changes.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { createOrganisation, type TestOrganisation } from '../test/factories';

describeEachDatabase('problems in the caller\'s language', (t) => {
  let org: TestOrganisation;
  beforeAll(async () => {
    org = await createOrganisation(t().ctx, 'problems');
  });

  it('answers a wrong password in Spanish for a Spanish browser, in English otherwise', async () => {
    const app = await t().app();
    const body = { email: 'nobody@example.org', password: 'not the password at all' };
    const es = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' }, payload: body });
    expect(es.statusCode).toBe(401);
    expect(es.headers['content-type']).toContain('application/problem+json');
    expect(es.headers['content-language']).toBe('es');
    expect(String(es.headers.vary)).toMatch(/Accept-Language/);
    expect(es.json()).toMatchObject({ code: 'invalid-credentials', title: 'No autenticado', detail: 'El correo electrónico o la contraseña no son correctos.' });
    const en = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'accept-language': 'fr-FR' }, payload: body });
    expect(en.json()).toMatchObject({ code: 'invalid-credentials', title: 'Unauthorized', detail: 'The e-mail address or password is not correct.' });
    expect(en.headers['content-language']).toBe('en');
  });

  it('words schema validation errors in Spanish, field by field, with ?lang=es winning over the header', async () => {
    const app = await t().app();
    const res = await app.inject({ method: 'POST', url: '/api/v1/requests?lang=es', headers: { ...org.editor.headers, 'accept-language': 'en' }, payload: { text: 'x' } });
    expect(res.statusCode, res.body).toBe(400);
    const p = res.json();
    expect(p.code).toBe('validation-failed');
    expect(p.title).toBe('Solicitud incorrecta');
    const title = p.errors.find((f: { field: string }) => f.field === 'body.title');
    expect(title, JSON.stringify(p.errors)).toMatchObject({ message: 'es obligatorio' });
    expect(p.detail).toMatch(/^Revise estos datos: .*body\.title: es obligatorio/);
  });

  it('says a missing request is missing, in Spanish', async () => {
    const app = await t().app();
    const res = await app.inject({ url: '/api/v1/requests/nope-123', headers: { ...org.editor.headers, 'accept-language': 'es' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('No se encontró la solicitud "nope-123".');
  });
});
