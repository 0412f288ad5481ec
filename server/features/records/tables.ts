// Released records: documents (one per stored file, content in the blob store by SHA-256), their
// pages (text, where it came from, exemption markings, Bates numbers) and the search index.
// Dialect-neutral columns: text ids, ISO text timestamps, JSON as text, integer booleans.
// The full-text part of the index (FTS5 table / tsvector column) is created by migration 0005
// per dialect and reached only through server/search.
export type DocumentStatus = 'processing' | 'ready' | 'failed';

export interface DocumentsTable {
  id: string;
  /** Null while the document came with a message still in the holding pen. */
  request_id: string | null;
  message_id: string | null;
  /** Set for a file found inside an archive or e-mail document. */
  parent_id: string | null;
  depth: number;
  filename: string;
  declared_type: string | null;
  /** What the bytes are (sniffed); null until sniffed or when unknown. */
  media_type: string | null;
  kind: string | null;
  sha256: string;
  size: number;
  status: DocumentStatus;
  pages: number | null;
  /** The step that failed ("pdf", "ocr", "zip", …) and its stable code and sentence. */
  failed_step: string | null;
  error_code: string | null;
  error: string | null;
  /** JSON array of sentences: hidden sheets, encryption, truncation, pages without text. */
  flags: string;
  attempts: number;
  uploaded_by: string | null;
  created_at: string;
  updated_at: string;
  processed_at: string | null;
}

export interface DocumentPagesTable {
  document_id: string;
  page: number;
  text: string;
  /** 'text' (text layer), 'ocr', or 'none'. */
  source: string;
  ocr_confidence: number | null;
  note: string | null;
  /** JSON array of Bates numbers found on the page. */
  bates: string;
  /** Cached rendering for the viewer (blob store), made on first request. */
  image_sha256: string | null;
}

export interface PageExemptionsTable {
  document_id: string;
  page: number;
  /** b1..b9, b7A..b7F, j1, j2, k1..k7 */
  code: string;
  count: number;
}

export interface SearchItemsTable {
  /** Integer key: the FTS5 rowid. */
  id: number;
  kind: 'page' | 'message' | 'request';
  /** document id (pages), message id or request id. */
  ref_id: string;
  page: number | null;
  document_id: string | null;
  request_id: string | null;
  agency_id: string | null;
  media_type: string | null;
  /** YYYY-MM-DD the item is dated (received/created), for the date filter. */
  item_date: string | null;
  body: string;
}

export interface SearchTermsTable {
  term: string;
  df: number;
}

export interface SearchImpactTable {
  term: string;
  item_id: number;
  score: number;
}

export interface SearchSyncTable {
  /** 'requests' or 'messages'. */
  source: string;
  updated_at: string;
}

export interface RecordsTables {
  documents: DocumentsTable;
  document_pages: DocumentPagesTable;
  page_exemptions: PageExemptionsTable;
  search_items: SearchItemsTable;
  search_terms: SearchTermsTable;
  search_impact: SearchImpactTable;
  search_sync: SearchSyncTable;
}
