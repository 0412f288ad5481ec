// How documents and pages appear in the API (CONTRACTS.md: a request's `documents`).
import type { Executor } from '../../db/database';
import { exemptionTotals, listChildren, listDocumentRows, listPageSummaries, pageExemptions, type DocumentRow, type PageRow } from './repository';

export interface DocumentSummary {
  id: string;
  filename: string;
  sha256: string;
  pages: number | null;
  status: 'processing' | 'ready' | 'failed';
  /** What failed, in words (null unless failed). */
  error: string | null;
  media_type: string | null;
  size: number;
  parent_id: string | null;
  message_id: string | null;
  failed_step: string | null;
  error_code: string | null;
  flags: string[];
  created_at: string;
}

export function presentDocument(d: DocumentRow): DocumentSummary {
  return {
    id: d.id, filename: d.filename, sha256: d.sha256, pages: d.pages, status: d.status, error: d.error,
    media_type: d.media_type, size: Number(d.size), parent_id: d.parent_id, message_id: d.message_id,
    failed_step: d.failed_step, error_code: d.error_code, flags: JSON.parse(d.flags) as string[], created_at: d.created_at,
  };
}

/** For GET /api/v1/requests/:id (`documents`): every document of the request, oldest first. */
export async function listDocumentsForRequest(db: Executor, requestId: string): Promise<DocumentSummary[]> {
  return (await listDocumentRows(db, requestId)).map(presentDocument);
}

export async function presentDocumentDetail(db: Executor, d: DocumentRow) {
  const pages = await listPageSummaries(db, d.id);
  const marks = await pageExemptions(db, d.id);
  return {
    ...presentDocument(d),
    request_id: d.request_id,
    kind: d.kind,
    page_list: pages.map((p) => ({
      page: p.page, source: p.source, chars: Number(p.chars), note: p.note, ocr_confidence: p.ocr_confidence,
      bates: JSON.parse(p.bates) as string[],
      exemptions: marks.filter((m) => m.page === p.page).map((m) => ({ code: m.code, count: m.count })),
    })),
    exemptions: await exemptionTotals(db, { documentId: d.id }),
    children: (await listChildren(db, d.id)).map(presentDocument),
  };
}

export async function presentPage(db: Executor, d: DocumentRow, p: PageRow) {
  return {
    document_id: d.id, page: p.page, pages: d.pages, text: p.text, source: p.source, ocr_confidence: p.ocr_confidence, note: p.note,
    bates: JSON.parse(p.bates) as string[],
    exemptions: (await pageExemptions(db, d.id, p.page)).map((m) => ({ code: m.code, count: m.count })),
  };
}
