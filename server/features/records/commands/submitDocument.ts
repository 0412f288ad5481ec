// Use case: a stored file becomes a document of a request (or of a held message) and is queued
// for reading. The blob must already be in the blob store (put before this transaction commits).
// Idempotent: the same file for the same request, message and parent returns the same document.
import type { Executor } from '../../../db/database';
import { newId, nowIso } from '../../../ids';
import { enqueue } from '../../../jobs/queue';
import { recordAudit } from '../../audit/record';
import { ingestDocumentJob } from '../ingest-job';
import { findSameSubmission, insertDocument, requestAgency, setRequestOfMessageDocuments } from '../repository';

export interface SubmitDocumentInput {
  requestId: string | null;
  messageId?: string | null;
  blob: { sha256: string; size: number };
  filename: string;
  mediaType?: string | null;
  /** For files found inside an archive or e-mail document. */
  parentId?: string | null;
  depth?: number;
  /** Audit label of who submitted it (actorLabel(actor)); mail and jobs omit it. */
  actor?: string;
  uploadedBy?: string | null;
}

export async function submitDocument(trx: Executor, input: SubmitDocumentInput): Promise<{ documentId: string; created: boolean }> {
  if (!/^[0-9a-f]{64}$/.test(input.blob.sha256)) throw new Error(`submitDocument: blob.sha256 is not a SHA-256 hex digest: ${JSON.stringify(input.blob.sha256)}`);
  const filename = (input.filename || 'unnamed').replace(/[\u0000-\u001f]/g, '').slice(0, 255) || 'unnamed';
  const same = await findSameSubmission(trx, { requestId: input.requestId, messageId: input.messageId ?? null, parentId: input.parentId ?? null, sha256: input.blob.sha256, filename });
  if (same) return { documentId: same.id, created: false };
  const id = newId();
  const at = nowIso();
  await insertDocument(trx, {
    id, request_id: input.requestId, message_id: input.messageId ?? null, parent_id: input.parentId ?? null, depth: input.depth ?? 0,
    filename, declared_type: input.mediaType ?? null, media_type: null, kind: null, sha256: input.blob.sha256, size: input.blob.size,
    status: 'processing', pages: null, failed_step: null, error_code: null, error: null, flags: '[]', attempts: 0,
    uploaded_by: input.uploadedBy ?? null, created_at: at, updated_at: at, processed_at: null,
  });
  await enqueue(trx, ingestDocumentJob, { document_id: id }, { key: `${id}:0` });
  const org = await requestAgency(trx, input.requestId);
  await recordAudit(trx, {
    actor: input.actor ?? 'system', organisation_id: org?.organisation_id ?? null, action: 'document.submit', subject_type: 'document', subject_id: id,
    after: { request_id: input.requestId, message_id: input.messageId ?? null, parent_id: input.parentId ?? null, filename, sha256: input.blob.sha256, size: input.blob.size },
  });
  return { documentId: id, created: true };
}

/** A held message was matched to a request: its documents (and their search entries) follow it. */
export async function attachMessageDocumentsToRequest(trx: Executor, input: { messageId: string; requestId: string; actor?: string }): Promise<{ documentIds: string[] }> {
  const ids = await setRequestOfMessageDocuments(trx, input.messageId, input.requestId, nowIso());
  if (!ids.length) return { documentIds: [] };
  const agency = await requestAgency(trx, input.requestId);
  await trx.updateTable('search_items').set({ request_id: input.requestId, agency_id: agency?.agency_id ?? null })
    .where('kind', '=', 'page').where('document_id', 'in', ids).execute();
  for (const id of ids) {
    await recordAudit(trx, { actor: input.actor ?? 'system', organisation_id: agency?.organisation_id ?? null, action: 'document.attach', subject_type: 'document', subject_id: id, after: { request_id: input.requestId, message_id: input.messageId } });
  }
  return { documentIds: ids };
}
