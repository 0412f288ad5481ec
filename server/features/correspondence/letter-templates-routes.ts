// GET /api/v1/letter-templates?jurisdiction= — the letters the server can write there (public: facts
// about the product's templates and the law, like /api/v1/jurisdictions).
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { errors } from '../../errors';
import { LawInputError } from '../../../law/index';
import { letterTemplatesFor } from './letter-templates';

export function routes(app: ZodApp, _ctx: AppContext): void {
  app.get('/api/v1/letter-templates', {
    schema: {
      tags: ['mail'],
      summary: 'The letter templates for a jurisdiction: kinds, when each can be written, languages, citations',
      querystring: z.object({ jurisdiction: z.string().min(1).max(64) }).strict(),
    },
  }, async (req) => {
    try {
      return letterTemplatesFor(req.query.jurisdiction);
    } catch (e) {
      if (e instanceof LawInputError) throw errors.validation([{ field: 'query.jurisdiction', message: e.message, expected: 'an id from GET /api/v1/jurisdictions' }]);
      throw e;
    }
  });
}
