// Records over HTTP: upload, documents and pages (text, exemptions, image), re-reading, exemption
// totals and search. Thin: validate -> authorize -> one command -> present.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { errors } from '../../errors';
import { blobStoreOf } from '../../blobs/context';
import { BlobTooLargeError } from '../../blobs/types';
import { ingestLimitsFrom } from '../../ingest/limits';
import { renderIsolated } from '../../ingest/sandbox';
import { search, scopeOf, QueryError } from '../../search';
import { conditions } from '../../search/visibility';
import { actorLabel, actorUserId } from '../accounts/actor';
import { loadRequestForActor } from '../requests/access';
import { detailExtensions } from '../requests/detail-extensions';
import { loadDocumentForActor } from './access';
import { reprocessDocument } from './commands/reprocessDocument';
import { submitDocument } from './commands/submitDocument';
import { listDocumentsForRequest, presentDocument, presentDocumentDetail, presentPage } from './presenter';
import { exemptionTotals, findDocument, findPage, setPageImage } from './repository';
import { fileFromBody } from './upload';

const idParams = z.object({ id: z.string().min(1).max(64) });
const pageParams = z.object({ id: z.string().min(1).max(64), n: z.coerce.number().int().min(1).max(10_000_000) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const searchQuery = z.object({
  q: z.string().min(1).max(1000),
  request: z.string().max(64).optional(),
  agency: z.string().max(128).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  exemption: z.string().regex(/^(b[1-9]|b7[A-F]|j[12]|k[1-7])$/, 'an exemption code such as b6, b7C, k2').optional(),
  type: z.string().max(128).optional().describe('file kind (pdf, docx, sheet, email, zip, text, image) or media type'),
  kind: z.enum(['page', 'message', 'request']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

const documentsExtension = async (ctx: AppContext, request: { id: string }) => ({ documents: await listDocumentsForRequest(ctx.db, request.id) });

export function routes(app: ZodApp, ctx: AppContext): void {
  if (!detailExtensions.includes(documentsExtension)) detailExtensions.push(documentsExtension);

  // None of these routes takes JSON: every body is a file.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ctx.env.limits.uploadBytes }, (_req, body, done) => done(null, body));

  app.post('/api/v1/requests/:id/documents', {
    schema: {
      tags: ['records'], summary: 'Upload a released record (raw body with ?filename= or X-Filename, or multipart/form-data); it is read in the background',
      params: idParams, querystring: z.object({ filename: z.string().min(1).max(255).optional() }),
    },
  }, async (req, reply) => {
    const request = await loadRequestForActor(ctx.db, req.actor, req.params.id, 'write');
    const file = fileFromBody(req.body, req.headers, req.query);
    let ref;
    try {
      ref = await blobStoreOf(ctx).put(file.data, { maxBytes: ctx.env.limits.uploadBytes });
    } catch (e) {
      if (e instanceof BlobTooLargeError) throw errors.tooLarge(ctx.env.limits.uploadBytes);
      throw e;
    }
    const { documentId, created } = await inTransaction(ctx.db, (trx) => submitDocument(trx, {
      requestId: request.id, blob: ref, filename: file.filename, mediaType: file.mediaType, actor: actorLabel(req.actor), uploadedBy: actorUserId(req.actor),
    }));
    reply.code(created ? 202 : 200);
    return presentDocument((await findDocument(ctx.db, documentId))!);
  });

  app.get('/api/v1/requests/:id/documents', {
    schema: { tags: ['records'], summary: "A request's documents", params: idParams },
  }, async (req) => {
    await loadRequestForActor(ctx.db, req.actor, req.params.id, 'read');
    return { items: await listDocumentsForRequest(ctx.db, req.params.id) };
  });

  app.get('/api/v1/documents/:id', {
    schema: { tags: ['records'], summary: 'A document: status, what failed, pages (source, note, exemptions), totals, files found inside it', params: idParams },
  }, async (req) => presentDocumentDetail(ctx.db, await loadDocumentForActor(ctx.db, req.actor, req.params.id, 'read')));

  app.get('/api/v1/documents/:id/file', {
    schema: { tags: ['records'], summary: 'The stored file itself', params: idParams },
  }, async (req, reply) => {
    const doc = await loadDocumentForActor(ctx.db, req.actor, req.params.id, 'read');
    reply.header('content-type', doc.media_type ?? 'application/octet-stream');
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    reply.header('x-content-type-options', 'nosniff');
    return reply.send(blobStoreOf(ctx).stream(doc.sha256));
  });

  app.get('/api/v1/documents/:id/pages/:n', {
    schema: { tags: ['records'], summary: "One page's text, where it came from (text layer or OCR), exemption markings and Bates numbers", params: pageParams },
  }, async (req) => {
    const doc = await loadDocumentForActor(ctx.db, req.actor, req.params.id, 'read');
    const page = await findPage(ctx.db, doc.id, req.params.n);
    if (!page) throw errors.notFound('Page', `${doc.id}/${req.params.n}`);
    return presentPage(ctx.db, doc, page);
  });

  app.get('/api/v1/documents/:id/pages/:n/image', {
    schema: { tags: ['records'], summary: 'The page drawn as PNG for the viewer (PDF pages; made once, then kept)', params: pageParams },
  }, async (req, reply) => {
    const doc = await loadDocumentForActor(ctx.db, req.actor, req.params.id, 'read');
    const page = await findPage(ctx.db, doc.id, req.params.n);
    if (!page) throw errors.notFound('Page', `${doc.id}/${req.params.n}`);
    const blobs = blobStoreOf(ctx);
    reply.header('content-type', 'image/png').header('cache-control', 'private, max-age=86400');
    if (page.image_sha256 && (await blobs.has(page.image_sha256))) return reply.send(await blobs.get(page.image_sha256));
    if (doc.kind === 'image' && doc.media_type === 'image/png') return reply.send(await blobs.get(doc.sha256));
    if (doc.kind !== 'pdf') throw errors.badRequest('no-page-image', `A ${doc.kind ?? 'unread'} document has no drawn pages; read its text instead.`);
    let png: Buffer;
    try {
      png = await renderIsolated(await blobs.get(doc.sha256), page.page, 1.5, ingestLimitsFrom(ctx.env));
    } catch (e) {
      throw errors.unavailable(`Page ${page.page} could not be drawn: ${(e as Error).message}.`);
    }
    const ref = await blobs.put(png);
    await setPageImage(ctx.db, doc.id, page.page, ref.sha256);
    return reply.send(png);
  });

  app.post('/api/v1/documents/:id/reprocess', {
    schema: { tags: ['records'], summary: 'Read the document again (after a failure, or with new limits)', params: idParams },
  }, async (req, reply) => {
    const doc = await loadDocumentForActor(ctx.db, req.actor, req.params.id, 'write');
    await inTransaction(ctx.db, (trx) => reprocessDocument(trx, doc.id, actorLabel(req.actor)));
    reply.code(202);
    return presentDocument((await findDocument(ctx.db, doc.id))!);
  });

  app.get('/api/v1/exemptions', {
    schema: {
      tags: ['records'], summary: 'FOIA / Privacy Act exemption markings counted over a document, a request, or an agency (requests you may read)',
      querystring: z.object({ document: z.string().max(64).optional(), request: z.string().max(64).optional(), agency: z.string().max(128).optional() }),
    },
  }, async (req) => {
    const { document, request, agency } = req.query;
    if ([document, request, agency].filter(Boolean).length !== 1) {
      throw errors.validation([{ field: 'query', message: 'give exactly one of document, request, agency', expected: '?document=<id>, ?request=<id> or ?agency=<id>' }]);
    }
    if (document) { await loadDocumentForActor(ctx.db, req.actor, document, 'read'); return { document, items: await exemptionTotals(ctx.db, { documentId: document }) }; }
    if (request) { await loadRequestForActor(ctx.db, req.actor, request, 'read'); return { request, items: await exemptionTotals(ctx.db, { requestId: request }) }; }
    return { agency, items: await exemptionTotals(ctx.db, { agencyId: agency!, visible: conditions(scopeOf(req.actor), {}) }) };
  });

  app.get('/api/v1/search', {
    schema: { tags: ['records'], summary: 'Full-text search over document pages, messages and requests you may read; phrases in quotes, prefix*, -exclude', querystring: searchQuery },
  }, async (req) => {
    const q = req.query;
    try {
      const result = await search(ctx.db, q.q, {
        scope: scopeOf(req.actor), limit: q.limit, offset: q.offset,
        filters: { requestId: q.request, agencyId: q.agency, from: q.from, to: q.to, exemption: q.exemption, fileType: q.type, kind: q.kind },
      });
      return { items: result.items.map((h) => ({ document_id: h.document_id, request_id: h.request_id, page: h.page, snippet: h.snippet, kind: h.kind, ref_id: h.ref_id, score: h.score })), ranking: result.strategy };
    } catch (e) {
      if (e instanceof QueryError) throw errors.validation([{ field: 'q', message: e.message, expected: 'words, "a phrase", prefix*, -excluded' }]);
      throw e;
    }
  });
}
