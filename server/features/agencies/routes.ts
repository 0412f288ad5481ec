// The agency directory over HTTP. Reading is public (agencies are public data); changing it needs
// the 'agency:write' permission (accounts/authorize.ts). Thin: validate -> authorize -> command -> present.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { AppError, errors } from '../../errors';
import { todayIso } from '../../ids';
import { authorize } from '../accounts/authorize';
import { editAgency } from './commands/editAgency';
import { importAgencies } from './commands/importAgencies';
import { defaultCsvSource, ImportSourceError, readCsvSource } from './import/readSource';
import { decodeCursor, encodeCursor, presentDetail, presentSummary } from './presenter';
import { blobStoreOf } from '../../blobs/context';
import { jobStarted } from '../jobs/routes';
import { jobStartedSchema } from '../jobs/schema';
import { startJob } from '../jobs/start-job';
import { importAgenciesJob } from './import/import-job';
import { findAgency, listAgencies, listComponents } from './repository';
import { agencyDetailSchema, agencyListQuery, agencyListSchema, agencyPatchSchema, importReportSchema } from './schema';

const idParams = z.object({ id: z.string().min(1).max(80) });

export function routes(app: ZodApp, ctx: AppContext): void {
  app.get('/api/v1/agencies', {
    schema: { tags: ['agencies'], summary: 'Search the agency directory (by name or abbreviation), in name order', querystring: agencyListQuery, response: { 200: agencyListSchema } },
  }, async (req) => {
    const { q, jurisdiction, parent, top_level, limit, cursor } = req.query;
    const rows = await listAgencies(ctx.db, { q, jurisdiction, parent, topLevel: top_level === 'true', limit, after: cursor ? decodeCursor(cursor) : undefined });
    const page = rows.slice(0, limit);
    return { items: page.map(presentSummary), next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null };
  });

  const detail = async (id: string) => {
    const a = await findAgency(ctx.db, id);
    if (!a) throw errors.notFound('Agency', id);
    const parent = a.parent_id ? await findAgency(ctx.db, a.parent_id) : undefined;
    return presentDetail(a, parent, await listComponents(ctx.db, a.id));
  };

  app.get('/api/v1/agencies/:id', {
    schema: { tags: ['agencies'], summary: 'One agency with its contacts, parent and components', params: idParams, response: { 200: agencyDetailSchema } },
  }, async (req) => detail(req.params.id));

  app.patch('/api/v1/agencies/:id', {
    schema: {
      tags: ['agencies'], summary: 'Correct an agency; edited fields survive later imports', params: idParams, body: agencyPatchSchema,
      response: { 200: agencyDetailSchema }, security: [{ bearer: [] }, { session: [] }],
    },
  }, async (req) => {
    authorize(req.actor, 'agency:write', { type: 'instance' });
    await inTransaction(ctx.db, (trx) => editAgency(trx, req.actor, req.params.id, req.body));
    return detail(req.params.id);
  });

  // CSV arrives as text; the parser is local to this scope (routes.ts encapsulates each feature).
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: ctx.env.limits.uploadBytes }, (_req, body, done) => done(null, body));

  app.post('/api/v1/agencies/import', {
    schema: {
      tags: ['agencies'],
      summary: 'Import a CSV agency list (Content-Type: text/csv; columns in docs/agencies-import.md). ?dry_run=true reports without writing.',
      description: '?async=true (not with a dry run) answers 202 with a job: GET /api/v1/jobs/:id reports rows checked, then rows written of rows to write; a file with rejected lines ends "skipped" with the report in `result` and the lines in `errors`.',
      querystring: z.object({
        dry_run: z.enum(['true', 'false']).default('false'),
        async: z.enum(['true', 'false']).default('false').describe('import in the background, with progress (dry runs always answer at once)'),
        overwrite_edits: z.enum(['true', 'false']).default('false'),
        name: z.string().trim().min(1).max(200).default('upload.csv'),
        source: z.string().trim().min(1).max(500).optional(),
        source_date: z.string().trim().max(10).optional(),
      }).strict(),
      body: z.string().max(ctx.env.limits.uploadBytes),
      response: { 200: importReportSchema, 202: jobStartedSchema },
      security: [{ bearer: [] }, { session: [] }],
    },
  }, async (req, reply) => {
    authorize(req.actor, 'agency:write', { type: 'instance' });
    const { dry_run, overwrite_edits, name, source, source_date } = req.query;
    let input;
    try {
      input = readCsvSource(req.body, name, { source: source ?? defaultCsvSource(name, todayIso()), sourceDate: source_date ?? todayIso() });
    } catch (e) {
      if (e instanceof ImportSourceError) throw errors.badRequest('agency-import-unreadable', e.message);
      throw e;
    }
    if (req.query.async === 'true' && dry_run !== 'true') {
      // The file waits in the blob store for the job (no row refers to it: kept a day).
      const ref = await blobStoreOf(ctx).put(Buffer.from(req.body, 'utf8'));
      const payload = { sha256: ref.sha256, name, source: source ?? defaultCsvSource(name, todayIso()), source_date: source_date ?? todayIso(), overwrite_edits: overwrite_edits === 'true' };
      const id = await inTransaction(ctx.db, (trx) => startJob(trx, req.actor, importAgenciesJob, payload, { action: 'agency.import.start', after: { name, rows: input.incoming.length } }));
      return jobStarted(ctx, id, reply);
    }
    const report = await inTransaction(ctx.db, (trx) =>
      importAgencies(trx, req.actor, { ...input, dryRun: dry_run === 'true', overwriteEdits: overwrite_edits === 'true' }));
    if (!report.dry_run && report.rejected.length > 0) {
      throw new AppError(422, 'agency-import-rejected', `${report.rejected.length} line(s) rejected; nothing was imported. Fix them (or remove them) and import again; ?dry_run=true shows the full report.`,
        report.rejected.map((r) => ({ field: r.where, message: r.id ? `${r.id}: ${r.reason}` : r.reason })));
    }
    return report;
  });
}
