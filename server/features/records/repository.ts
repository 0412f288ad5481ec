// All SQL of the records feature (documents, pages, exemption markings). Search-index SQL lives
// in server/search (dialect-specific).
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database';
import type { DocumentPagesTable, DocumentsTable } from './tables';

export type DocumentRow = DocumentsTable;
export type PageRow = DocumentPagesTable;

export async function insertDocument(db: Executor, row: DocumentRow): Promise<void> {
  await db.insertInto('documents').values(row).execute();
}

export async function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The same file already submitted for the same request, message and parent (submission is idempotent). */
export async function findSameSubmission(db: Executor, p: { requestId: string | null; messageId: string | null; parentId: string | null; sha256: string; filename: string }) {
  let q = db.selectFrom('documents').selectAll().where('sha256', '=', p.sha256).where('filename', '=', p.filename);
  q = p.requestId === null ? q.where('request_id', 'is', null) : q.where('request_id', '=', p.requestId);
  q = p.messageId === null ? q.where('message_id', 'is', null) : q.where('message_id', '=', p.messageId);
  q = p.parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', p.parentId);
  return q.executeTakeFirst();
}

export async function listDocumentRows(db: Executor, requestId: string): Promise<DocumentRow[]> {
  return db.selectFrom('documents').selectAll().where('request_id', '=', requestId).orderBy('created_at').orderBy('id').execute();
}

export async function listChildren(db: Executor, parentId: string): Promise<DocumentRow[]> {
  return db.selectFrom('documents').selectAll().where('parent_id', '=', parentId).orderBy('created_at').orderBy('id').execute();
}

export async function updateDocument(db: Executor, id: string, set: Partial<DocumentRow>): Promise<void> {
  await db.updateTable('documents').set(set).where('id', '=', id).execute();
}

export async function setRequestOfMessageDocuments(db: Executor, messageId: string, requestId: string, at: string): Promise<string[]> {
  const rows = await db.updateTable('documents').set({ request_id: requestId, updated_at: at })
    .where('message_id', '=', messageId).where('request_id', 'is', null).returning('id').execute();
  return rows.map((r) => r.id);
}

export async function deletePages(db: Executor, documentId: string): Promise<void> {
  await db.deleteFrom('page_exemptions').where('document_id', '=', documentId).execute();
  await db.deleteFrom('document_pages').where('document_id', '=', documentId).execute();
}

export async function deleteChildren(db: Executor, parentId: string): Promise<string[]> {
  const rows = await db.deleteFrom('documents').where('parent_id', '=', parentId).returning('id').execute();
  return rows.map((r) => r.id);
}

export async function insertPage(db: Executor, page: PageRow, exemptions: Array<{ code: string; count: number }>): Promise<void> {
  await db.insertInto('document_pages').values(page).execute();
  if (exemptions.length) {
    await db.insertInto('page_exemptions').values(exemptions.map((e) => ({ document_id: page.document_id, page: page.page, code: e.code, count: e.count }))).execute();
  }
}

export async function findPage(db: Executor, documentId: string, page: number): Promise<PageRow | undefined> {
  return db.selectFrom('document_pages').selectAll().where('document_id', '=', documentId).where('page', '=', page).executeTakeFirst();
}

export async function listPageSummaries(db: Executor, documentId: string) {
  return db.selectFrom('document_pages').select(['page', 'source', 'note', 'ocr_confidence', 'bates', sql<number>`length(text)`.as('chars')])
    .where('document_id', '=', documentId).orderBy('page').execute();
}

export async function pageExemptions(db: Executor, documentId: string, page?: number) {
  let q = db.selectFrom('page_exemptions').select(['page', 'code', 'count']).where('document_id', '=', documentId);
  if (page !== undefined) q = q.where('page', '=', page);
  return q.orderBy('page').orderBy('code').execute();
}

export async function setPageImage(db: Executor, documentId: string, page: number, sha256: string): Promise<void> {
  await db.updateTable('document_pages').set({ image_sha256: sha256 }).where('document_id', '=', documentId).where('page', '=', page).execute();
}

/** Exemption totals over a document, a request or an agency (documents of its requests). */
export async function exemptionTotals(db: Executor, scope: { documentId?: string; requestId?: string; agencyId?: string; visible?: RawBuilder<unknown>[] }) {
  let q = db.selectFrom('page_exemptions as pe').innerJoin('documents as d', 'd.id', 'pe.document_id')
    .select(['pe.code', sql<number>`sum(pe.count)`.as('count'), sql<number>`count(distinct pe.document_id || ':' || pe.page)`.as('pages')]);
  if (scope.documentId) q = q.where('pe.document_id', '=', scope.documentId);
  if (scope.requestId) q = q.where('d.request_id', '=', scope.requestId);
  if (scope.agencyId) {
    q = q.innerJoin('requests as r', 'r.id', 'd.request_id').where('r.agency_id', '=', scope.agencyId);
    // Only requests the reader may read count (search/visibility.ts conditions over `r`).
    for (const c of scope.visible ?? []) q = q.where(c as never);
  }
  const rows = await q.groupBy('pe.code').execute();
  return rows.map((r) => ({ code: r.code, count: Number(r.count), pages: Number(r.pages) }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

export async function requestAgency(db: Executor, requestId: string | null): Promise<{ agency_id: string | null; organisation_id: string } | undefined> {
  if (!requestId) return undefined;
  return db.selectFrom('requests').select(['agency_id', 'organisation_id']).where('id', '=', requestId).executeTakeFirst();
}

/** Which of these hashes some row refers to (documents, page images, mail's raw messages and attachments, outbox). */
export async function referencedBlobs(db: Executor, hashes: string[]): Promise<Set<string>> {
  const used = new Set<string>();
  if (!hashes.length) return used;
  for (const r of await db.selectFrom('documents').select('sha256 as h').where('sha256', 'in', hashes).execute()) used.add(r.h);
  for (const r of await db.selectFrom('document_pages').select('image_sha256 as h').where('image_sha256', 'in', hashes).execute()) if (r.h) used.add(r.h);
  // No error is swallowed here: a check that fails must stop the sweep (it runs again later), never
  // let it take the blobs of that table for orphans and delete them.
  const others: Array<[string, string]> = [['messages', 'raw_sha256'], ['message_attachments', 'sha256']];
  for (const [table, column] of others) {
    const rows = await sql<{ h: string }>`select ${sql.ref(column)} as h from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(hashes)})`.execute(db);
    for (const r of rows.rows) used.add(r.h);
  }
  // Outbox attachments are JSON lists of {sha256, …}: a LIKE per hash keeps this dialect-neutral.
  for (const h of hashes) {
    const hit = await sql<{ n: number }>`select count(*) as n from outbox where attachments like ${'%' + h + '%'}`.execute(db);
    if (Number(hit.rows[0]?.n ?? 0) > 0) used.add(h);
  }
  return used;
}
