// The law engine over HTTP: jurisdictions, calendars, and ad-hoc deadline computation (the same
// shape as `acceso law deadlines --json`). Public: these are facts about the law.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { errors } from '../../errors';
import { isoDate } from '../../validation';
import { calendarClosures, computeDeadlines, getJurisdiction, listJurisdictions, LawInputError, type LegalEventKind } from '../../../law/index';
import { LEGAL_EVENT_KINDS } from '../requests/kinds';
import { engineAgency } from '../requests/derive';
import { explanationLanguage, langParam } from '../requests/language';

export function routes(app: ZodApp, _ctx: AppContext): void {
  app.get('/api/v1/jurisdictions', { schema: { tags: ['law'], summary: 'Every jurisdiction the law engine knows' } },
    async () => ({ items: listJurisdictions() }));

  app.get('/api/v1/jurisdictions/:id', { schema: { tags: ['law'], summary: "One jurisdiction's summary", params: z.object({ id: z.string().min(1).max(64) }) } },
    async (req) => {
      const summary = listJurisdictions().find((j) => j.id === req.params.id);
      if (!summary) throw errors.notFound('Jurisdiction', req.params.id);
      return summary;
    });

  app.get('/api/v1/calendars/:id/:year', {
    schema: { tags: ['law'], summary: 'Weekday closures of a calendar in a year', params: z.object({ id: z.string().min(1).max(64), year: z.coerce.number().int().min(1900).max(2200) }) },
  }, async (req) => ({ calendar: req.params.id, year: req.params.year, closed: calendarClosures(req.params.id, req.params.year) }));

  app.get('/api/v1/deadlines', {
    schema: {
      tags: ['law'], summary: 'Compute deadlines for a hypothetical timeline (same shape as the CLI)',
      querystring: z.object({
        jurisdiction: z.string().min(1).max(64),
        agency: z.string().min(1).max(128).optional(),
        received: isoDate,
        event: z.union([z.string(), z.array(z.string())]).optional().describe('kind@YYYY-MM-DD, repeatable'),
        lang: langParam,
      }).strict(),
    },
  }, async (req, reply) => {
    const language = explanationLanguage(req, reply);
    const raw = req.query.event === undefined ? [] : Array.isArray(req.query.event) ? req.query.event : [req.query.event];
    const events = raw.map((s, i) => {
      const m = /^([a-z-]+)@(\d{4}-\d{2}-\d{2})$/.exec(s);
      if (!m || !(LEGAL_EVENT_KINDS as readonly string[]).includes(m[1])) {
        throw errors.validation([{ field: `query.event.${i}`, message: `${JSON.stringify(s)} is not kind@YYYY-MM-DD`, expected: `kind one of ${LEGAL_EVENT_KINDS.join(', ')}` }]);
      }
      return { kind: m[1] as LegalEventKind, date: m[2] };
    }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    try {
      getJurisdiction(req.query.jurisdiction);
    } catch (e) {
      if (e instanceof LawInputError) throw errors.validation([{ field: 'query.jurisdiction', message: e.message }]);
      throw e;
    }
    const { agency, warning } = engineAgency({ jurisdiction: req.query.jurisdiction, agency_id: req.query.agency ?? null }, language);
    // English passes no options, so the answer stays the CLI's `--json` shape byte for byte.
    const options = language === 'en' ? {} : { options: { language } };
    const set = computeDeadlines({ jurisdiction: req.query.jurisdiction, agency, received: req.query.received, events, ...options });
    if (warning) set.warnings.push(warning);
    return { ...set, agency: req.query.agency ?? null };
  });
}
