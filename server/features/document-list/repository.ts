// SQL of the organisation-wide document list: documents of the requests the reader may see in
// their organisation (or of one request), newest first, with each request's title.
import type { Executor } from '../../db/database';
import type { DocumentRow } from '../records/repository';
import { scopedTo, type Viewer } from '../requests/repository';

export type ListedDocument = DocumentRow & { request_title: string };

export interface DocumentListFilter {
  viewer: Viewer;
  /** The organisation whose documents are listed (ignored when `requestId` is given: its access was checked). */
  organisationId: string | null;
  requestId?: string;
  status?: string;
  before?: string;
  limit: number;
}

export async function listDocuments(db: Executor, f: DocumentListFilter): Promise<ListedDocument[]> {
  let q = db.selectFrom('documents').innerJoin('requests', 'requests.id', 'documents.request_id')
    .selectAll('documents').select('requests.title as request_title');
  if (f.requestId) q = q.where('documents.request_id', '=', f.requestId);
  else if (f.organisationId) q = q.where((eb) => scopedTo(f.viewer, f.organisationId!)(eb as never));
  else throw new Error('listDocuments needs a request or an organisation');
  if (f.status) q = q.where('documents.status', '=', f.status as DocumentRow['status']);
  if (f.before) q = q.where('documents.id', '<', f.before);
  return (await q.orderBy('documents.id', 'desc').limit(f.limit).execute()) as ListedDocument[];
}
