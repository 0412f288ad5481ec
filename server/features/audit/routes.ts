// GET /api/v1/audit: the organisation's audit log, newest first, for owners.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { errors } from '../../errors';
import { authorize } from '../accounts/authorize';
import { listAudit } from './repository';

export function routes(app: ZodApp, ctx: AppContext): void {
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'], summary: "The current organisation's audit log, newest first (owners only)",
      querystring: z.object({
        cursor: z.coerce.number().int().positive().optional().describe('next_cursor from the previous page'),
        limit: z.coerce.number().int().min(1).max(ctx.env.limits.pageSizeMax).default(50),
        subject: z.string().optional().describe('only entries about this subject id'),
      }),
    },
  }, async (req) => {
    const actor = req.actor;
    if (actor.kind === 'anonymous') throw errors.unauthenticated();
    const orgId = actor.kind === 'user' ? actor.organisationId : actor.organisationId ?? null;
    if (!orgId) throw errors.forbidden('Choose an organisation first.');
    authorize(actor, 'audit:read', { type: 'organisation', organisation_id: orgId });
    const items = await listAudit(ctx.db, { organisationId: orgId, before: req.query.cursor, limit: req.query.limit + 1, subjectId: req.query.subject });
    const page = items.slice(0, req.query.limit);
    return { items: page, next_cursor: items.length > req.query.limit ? String(page[page.length - 1].seq) : null };
  });
}
