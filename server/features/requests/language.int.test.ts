// Explanations in the caller's language (`?lang=`, Accept-Language) on request detail, deadlines,
// events, list pages and the ad-hoc preview, on both databases; English stays as it was.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';

type Deadline = { kind: string; due: string | null; explanation: string[]; steps?: { kind: string; from: string; to: string; counted: number; skipped: { date: string }[] }[] };
const response = (ds: Deadline[]) => ds.find((d) => d.kind === 'response')!;

describeEachDatabase('deadline explanations in English and Spanish', (t) => {
  let org: TestOrganisation;
  let fed: string;
  let mx: string;
  beforeAll(async () => {
    t().clock.set('2023-03-01T12:00:00Z');
    org = await createOrganisation(t().ctx, 'lang');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    await ensureAgency(t().ctx, { id: 'mx-sre', name: 'Secretaría de Relaciones Exteriores', jurisdiction: 'mx' });
    // A federal agency the directory has but the engine has no rules for: the server's own warning.
    await ensureAgency(t().ctx, { id: 'zz-unknown-bureau', name: 'Bureau Unknown to the Engine', jurisdiction: 'us-federal' });
    const app = await t().app();
    const create = async (payload: object) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    fed = await create({ title: 'Manifests', agency_id: 'cbp', filed_on: '2022-12-01' });
    mx = await create({ title: 'Pasaportes', agency_id: 'mx-sre', filed_on: '2023-01-09' });
    await create({ title: 'Unknown bureau', agency_id: 'zz-unknown-bureau', filed_on: '2022-12-05' });
  });
  const get = async (url: string, headers: Record<string, string> = {}) => (await t().app()).inject({ url, headers: { ...org.viewer.headers, ...headers } });

  it('English by default: detail unchanged in wording, with steps, and says its language', async () => {
    const res = await get(`/api/v1/requests/${fed}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-language']).toBe('en');
    expect(String(res.headers.vary)).toMatch(/Accept-Language/i);
    const r = response(res.json().deadlines);
    expect(r.explanation.join('\n')).toMatch(/Counted 20 working days/);
    // steps: the same counts as the text, as data (20 working days from the receipt date)
    expect(r.steps![0]).toMatchObject({ kind: 'working', from: '2022-12-01', to: r.due, counted: 20 });
    expect(r.steps![0].skipped.map((s) => s.date)).toContain('2022-12-26'); // Christmas Day (observed)
  });

  it('?lang=es: a Spanish detail, deadlines route and warnings (engine and server wording)', async () => {
    const en = (await get(`/api/v1/requests/${fed}`)).json();
    const res = await get(`/api/v1/requests/${fed}?lang=es`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-language']).toBe('es');
    const es = res.json();
    const r = response(es.deadlines);
    expect(r.explanation.join('\n')).toMatch(/Se computaron 20 días hábiles/);
    expect(r.explanation.join('\n')).not.toMatch(/Counted \d+ working days/);
    // facts are not translated: same dates, citations and number of lines; steps identical
    expect(es.deadlines.map((d: Deadline) => [d.kind, d.due, d.explanation.length])).toEqual(en.deadlines.map((d: Deadline) => [d.kind, d.due, d.explanation.length]));
    expect(r.steps!.map((s) => [s.kind, s.from, s.to, s.counted])).toEqual(response(en.deadlines).steps!.map((s) => [s.kind, s.from, s.to, s.counted]));

    const list = (await get('/api/v1/requests?lang=es')).json();
    const unknownBureau = list.items.find((i: { title: string }) => i.title === 'Unknown bureau');
    const detail = (await get(`/api/v1/requests/${unknownBureau.id}/deadlines?lang=es`)).json();
    expect(detail.warnings.join(' ')).toContain("El motor de plazos no tiene reglas propias de la agencia 'zz-unknown-bureau'");
    expect(response(detail.deadlines).steps!.length).toBeGreaterThan(0);
    const detailEn = (await get(`/api/v1/requests/${unknownBureau.id}/deadlines`)).json();
    expect(detailEn.warnings.join(' ')).toContain("The law engine has no agency-specific rules for 'zz-unknown-bureau'");
  });

  it('the dated-version notice (mx-2015) is in Spanish too', async () => {
    const es = (await get(`/api/v1/requests/${mx}?lang=es`)).json();
    expect(es.warnings[0]).toMatch(/^Se aplican las reglas de mx-2015 .* en lugar de mx: esta solicitud se recibió el 2023-01-09/);
    expect(response(es.deadlines).explanation[0]).toBe(es.warnings[0]);
  });

  it('Accept-Language picks Spanish; ?lang= wins over it', async () => {
    const res = await get(`/api/v1/requests/${fed}/deadlines`, { 'accept-language': 'fr;q=0.9, es-MX;q=0.8, en;q=0.5' });
    expect(res.headers['content-language']).toBe('es');
    expect(response(res.json().deadlines).explanation.join('\n')).toMatch(/días hábiles/);
    const forced = await get(`/api/v1/requests/${fed}/deadlines?lang=en`, { 'accept-language': 'es' });
    expect(forced.headers['content-language']).toBe('en');
    expect(response(forced.json().deadlines).explanation.join('\n')).toMatch(/working days/);
  });

  it('a Spanish list page is read live; the English page is the cached bytes, unchanged', async () => {
    const enRes = await get('/api/v1/requests');
    const enAgain = await get('/api/v1/requests?lang=en');
    expect(enAgain.body).toBe(enRes.body);
    expect(enRes.headers['content-language']).toBe('en');
    const es = await get('/api/v1/requests?lang=es');
    expect(es.statusCode, es.body).toBe(200);
    expect(es.headers['content-language']).toBe('es');
    const enItems = enRes.json().items;
    const esItems = es.json().items;
    expect(esItems.map((i: { id: string }) => i.id)).toEqual(enItems.map((i: { id: string }) => i.id));
    const esFed = esItems.find((i: { id: string }) => i.id === fed);
    expect(response(esFed.deadlines).explanation.join('\n')).toMatch(/Se computaron 20 días hábiles/);
    expect(response(enItems.find((i: { id: string }) => i.id === fed).deadlines).explanation.join('\n')).toMatch(/Counted 20 working days/);
    // lists carry no steps (the cache shape), in either language
    expect(response(esFed.deadlines).steps).toBeUndefined();
    // the Spanish read did not overwrite the English cache
    expect((await get('/api/v1/requests')).body).toBe(enRes.body);
    // brief pages have no words: the same bytes in both languages
    expect((await get('/api/v1/requests?explain=false&lang=es')).body).toBe((await get('/api/v1/requests?explain=false')).body);
  });

  it('a bad lang is a 400 on query.lang, on every route that takes it', async () => {
    for (const url of [`/api/v1/requests/${fed}?lang=xx`, `/api/v1/requests/${fed}/deadlines?lang=klingon`, '/api/v1/requests?lang=pt',
      '/api/v1/deadlines?jurisdiction=us-federal&received=2025-06-13&lang=de']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0], url).toMatchObject({ field: 'query.lang' });
    }
  });

  it('POST events answers in the asked language and caches English', async () => {
    const res = await (await t().app()).inject({
      method: 'POST', url: `/api/v1/requests/${fed}/events?lang=es`, headers: org.editor.headers,
      payload: { kind: 'acknowledged', date: '2022-12-05' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(response(res.json().deadlines).explanation.join('\n')).toMatch(/días hábiles/);
    const list = (await get('/api/v1/requests')).json();
    expect(response(list.items.find((i: { id: string }) => i.id === fed).deadlines).explanation.join('\n')).toMatch(/Counted 20 working days/);
  });

  it('the ad-hoc preview speaks Spanish on request, and English as the CLI by default', async () => {
    const url = '/api/v1/deadlines?jurisdiction=us-federal&agency=cbp&received=2025-06-13';
    const es = await get(`${url}&lang=es`);
    expect(es.statusCode, es.body).toBe(200);
    expect(es.headers['content-language']).toBe('es');
    expect(response(es.json().deadlines).explanation.join('\n')).toMatch(/Se computaron 20 días hábiles/);
    const en = await get(url);
    expect(response(en.json().deadlines).explanation.join('\n')).toMatch(/Counted 20 working days/);
    expect(response(en.json().deadlines).due).toBe(response(es.json().deadlines).due);
  });
});
