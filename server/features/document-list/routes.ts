// GET /api/v1/documents: the Records page's list (docs/decisions/0803-document-list.md). With
// ?request= any request the caller may read (public ones too); without, the documents of the
// organisation they act in that they may read. Documents of mail still in the holding pen have
// no request and are not listed (records/access.ts: only system actors see them).
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { errors } from '../../errors';
import { actorOrganisationId } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { presentDocument } from '../records/presenter';
import { loadRequestForActor, viewerOf } from '../requests/access';
import { listDocuments } from './repository';

const listQuery = z.object({
  request: z.string().min(1).max(64).optional().describe("one request's documents"),
  status: z.enum(['processing', 'ready', 'failed']).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).strict();

export function routes(app: ZodApp, ctx: AppContext): void {
  app.get('/api/v1/documents', {
    schema: { tags: ['records'], summary: "Documents of your organisation's requests you may read (or of one request), newest first", querystring: listQuery },
  }, async (req) => {
    const q = req.query;
    let organisationId: string | null = null;
    if (q.request) {
      await loadRequestForActor(ctx.db, req.actor, q.request, 'read');
    } else {
      if (req.actor.kind === 'anonymous') throw errors.unauthenticated();
      organisationId = actorOrganisationId(req.actor);
      if (!organisationId) throw errors.badRequest('no-organisation', 'Choose the organisation you act in, or give ?request=<id>.');
      authorize(req.actor, 'organisation:read', { type: 'organisation', organisation_id: organisationId });
    }
    const rows = await listDocuments(ctx.db, { viewer: viewerOf(req.actor), organisationId, requestId: q.request, status: q.status, before: q.cursor, limit: q.limit });
    return {
      items: rows.map((d) => ({ ...presentDocument(d), request_id: d.request_id, request_title: d.request_title })),
      next_cursor: rows.length === q.limit ? rows[rows.length - 1].id : null,
    };
  });
}
