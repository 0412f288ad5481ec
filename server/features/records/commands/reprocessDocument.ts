// Use case: read a document again (after a failure, or with new limits or a better reader).
import type { Executor } from '../../../db/database';
import { errors } from '../../../errors';
import { nowIso } from '../../../ids';
import { enqueue } from '../../../jobs/queue';
import { recordAudit } from '../../audit/record';
import { ingestDocumentJob } from '../ingest-job';
import { findDocument, requestAgency, updateDocument } from '../repository';

/** Returns the reading job (a bulk re-ingest counts it as its child). */
export async function reprocessDocument(trx: Executor, documentId: string, actor: string): Promise<{ jobId: string; created: boolean }> {
  const doc = await findDocument(trx, documentId);
  if (!doc) throw errors.notFound('Document', documentId);
  if (doc.status === 'processing') throw errors.conflict('document-processing', 'The document is already waiting to be read; try again when it is ready or failed.');
  await updateDocument(trx, doc.id, { status: 'processing', failed_step: null, error_code: null, error: null, updated_at: nowIso() });
  const job = await enqueue(trx, ingestDocumentJob, { document_id: doc.id }, { key: `${doc.id}:${doc.attempts}` });
  const org = await requestAgency(trx, doc.request_id);
  await recordAudit(trx, { actor, organisation_id: org?.organisation_id ?? null, action: 'document.reprocess', subject_type: 'document', subject_id: doc.id, before: { status: doc.status }, after: { status: 'processing' } });
  return { jobId: job.id, created: job.created };
}
