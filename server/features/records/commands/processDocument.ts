// Use case (run by the worker): read one document. The file is read in a child process with the
// limits from the environment; then, in one transaction, its pages, exemption markings and search
// entries replace any earlier ones, files found inside it become documents of their own, and the
// document says it is ready — or which step failed and why. A failure never loses the blob.
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { nowIso } from '../../../ids';
import { blobStoreOf } from '../../../blobs/context';
import { BlobNotFoundError } from '../../../blobs/types';
import { ingestLimitsFrom } from '../../../ingest/limits';
import { runIsolated } from '../../../ingest/sandbox';
import type { IngestResult } from '../../../ingest/pipeline';
import { indexSearchItem, removeSearchItem } from '../../../search';
import { recordAudit } from '../../audit/record';
import { deleteChildren, deletePages, findDocument, insertPage, requestAgency, updateDocument } from '../repository';
import { submitDocument } from './submitDocument';

export type ProcessOutcome = { status: 'ready' | 'failed'; pages: number; children: number } | { status: 'skipped'; reason: string };

export async function processDocument(ctx: AppContext, documentId: string): Promise<ProcessOutcome> {
  const doc = await findDocument(ctx.db, documentId);
  if (!doc) return { status: 'skipped', reason: `document ${documentId} no longer exists` };
  if (doc.status !== 'processing') return { status: 'skipped', reason: `document ${documentId} is ${doc.status}, not waiting to be read` };
  const blobs = blobStoreOf(ctx);
  let result: IngestResult;
  try {
    const data = await blobs.get(doc.sha256);
    result = await runIsolated({ filename: doc.filename, declaredType: doc.declared_type, data, depth: doc.depth }, ingestLimitsFrom(ctx.env));
  } catch (e) {
    if (!(e instanceof BlobNotFoundError)) throw e;
    result = { status: 'failed', mediaType: null, kind: null, pages: [], children: [], flags: [], hasText: false,
      failure: { step: 'blob', code: 'crashed', message: `The stored file (SHA-256 ${doc.sha256}) is missing from the blob store.` } };
  }
  // Children are stored before the transaction that refers to them commits.
  const childBlobs: Array<{ child: IngestResult['children'][number]; ref: { sha256: string; size: number } }> = [];
  for (const child of result.children) childBlobs.push({ child, ref: await blobs.put(child.data) });

  return inTransaction(ctx.db, async (trx) => {
    const at = nowIso();
    const agency = await requestAgency(trx, doc.request_id);
    await deletePages(trx, doc.id);
    await removeSearchItem(trx, 'page', doc.id, 'all');
    await deleteChildren(trx, doc.id);
    for (const p of result.pages) {
      await insertPage(trx, {
        document_id: doc.id, page: p.number, text: p.text, source: p.source, ocr_confidence: p.ocrConfidence ?? null,
        note: p.note ?? null, bates: JSON.stringify(p.bates ?? []), image_sha256: null,
      }, (p.exemptions ?? []).map((h) => ({ code: h.code, count: h.count })));
      if (p.text.trim()) {
        await indexSearchItem(trx, {
          kind: 'page', refId: doc.id, documentId: doc.id, page: p.number, requestId: doc.request_id, agencyId: agency?.agency_id ?? null,
          mediaType: result.mediaType, date: doc.created_at.slice(0, 10), body: p.text,
        });
      }
    }
    for (const { child, ref } of childBlobs) {
      await submitDocument(trx, {
        requestId: doc.request_id, messageId: doc.message_id, parentId: doc.id, depth: doc.depth + 1,
        blob: ref, filename: child.filename, mediaType: child.mediaType, actor: 'records.ingest',
      });
    }
    const failure = result.failure;
    await updateDocument(trx, doc.id, {
      status: result.status, media_type: result.mediaType, kind: result.kind, pages: result.pages.length,
      failed_step: failure?.step ?? null, error_code: failure?.code ?? null,
      error: failure ? `Reading stopped at the "${failure.step}" step: ${failure.message}` : null,
      flags: JSON.stringify(result.flags), attempts: doc.attempts + 1, updated_at: at, processed_at: at,
    });
    await recordAudit(trx, {
      actor: 'records.ingest', organisation_id: agency?.organisation_id ?? null, action: 'document.process', subject_type: 'document', subject_id: doc.id,
      before: { status: doc.status }, after: { status: result.status, pages: result.pages.length, failed_step: failure?.step ?? null, error_code: failure?.code ?? null, children: childBlobs.length },
    });
    return { status: result.status, pages: result.pages.length, children: childBlobs.length };
  });
}
