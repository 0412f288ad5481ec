// GET /api/v1/letter-templates: what Compose offers comes from the server's own templates.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { getJurisdiction } from '../../../law/index';
import { createOrganisation, ensureAgency } from '../../test/factories';

describeEachDatabase('letter templates API', (t) => {
  it('lists every letter kind for a federal request, the initial request usable for a new one, with the federal FOIA provisions', async () => {
    const res = await (await t().app()).inject({ url: '/api/v1/letter-templates?jurisdiction=us-federal' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ jurisdiction: 'us-federal', family: 'us-federal', default_language: 'en', fee_waiver_citation: '5 U.S.C. § 552(a)(4)(A)(iii)' });
    expect(body.items.map((i: { kind: string }) => i.kind)).toEqual(['initial-request', 'follow-up', 'appeal', 'intent-to-sue', 'thank-you']);
    const initial = body.items.find((i: { kind: string }) => i.kind === 'initial-request');
    expect(initial).toMatchObject({ use: 'new-request', languages: ['en', 'es'] });
    expect(initial.citations).toContain(getJurisdiction('us-federal').citation);
    expect(body.items.find((i: { kind: string }) => i.kind === 'appeal').use).toBe('after-adverse-determination');
  });

  it('words a Mexican request in Spanish by default, with no federal FOIA provisions', async () => {
    const body = (await (await t().app()).inject({ url: '/api/v1/letter-templates?jurisdiction=mx' })).json();
    expect(body).toMatchObject({ family: 'international', default_language: 'es', jurisdiction_language: 'es', fee_waiver_citation: null, expedited_citation: null });
    expect(body.items[0].citations.join(' ')).not.toContain('552');
    // Brazil works in Portuguese, which no template is worded in: English by default, and the API says why.
    const br = (await (await t().app()).inject({ url: '/api/v1/letter-templates?jurisdiction=br' })).json();
    expect(br).toMatchObject({ default_language: 'en', jurisdiction_language: 'pt' });
    expect(br.items[0].languages).not.toContain('pt');
  });

  it('names the bad jurisdiction', async () => {
    const app = await t().app();
    const res = await app.inject({ url: '/api/v1/letter-templates?jurisdiction=atlantis' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('query.jurisdiction');
    expect((await app.inject({ url: '/api/v1/letter-templates' })).json().code).toBe('validation-failed');
  });

  it('previews an unfiled request\'s initial letter exactly as sending it writes it (text, subject, warnings)', async () => {
    const org = await createOrganisation(t().ctx, 'templates');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    const app = await t().app();
    const made = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload: { title: 'Preview equals sent', text: 'All records about preview.', agency_id: 'cbp', fee_waiver: true, fee_waiver_reason: 'Research.' } });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    for (const language of ['es', 'en']) {
      const preview = await app.inject({ method: 'POST', url: `/api/v1/requests/${id}/letters`, headers: org.editor.headers, payload: { kind: 'initial-request', language } });
      expect(preview.statusCode, preview.body).toBe(200);
      if (language === 'en') {
        const sent = await app.inject({ method: 'POST', url: `/api/v1/requests/${id}/send`, headers: org.editor.headers, payload: { language } });
        expect(sent.statusCode, sent.body).toBe(201);
        const outbox = sent.json().items[0].outbox;
        const stored = (await app.inject({ url: `/api/v1/outbox/${outbox.id}`, headers: org.editor.headers })).json();
        expect(stored.text).toBe(preview.json().text);
        expect(stored.subject).toBe(preview.json().letter.subject);
        // Sending adds one note about delivery (no SMTP, or no agency address) after the letter's own warnings.
        const warnings = sent.json().items[0].warnings as string[];
        expect(warnings.slice(0, -1)).toEqual(preview.json().letter.warnings);
      } else {
        expect(preview.json().letter.language).toBe('es');
      }
    }
  });
});
