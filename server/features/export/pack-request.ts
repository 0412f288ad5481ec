// One request in an export: its detail as the API shows it to the starter (timeline, deadlines,
// communications, documents), the raw messages (.eml) and the documents' original files. Files
// found inside archives or e-mails are not packed again: their original is in the ZIP.
import type { AppContext } from '../../context';
import type { Actor } from '../accounts/actor';
import { mailBlobs } from '../../mail/blobs';
import { blobStoreOf } from '../../blobs/context';
import { listMessages, messageRawInRow } from '../correspondence/repository';
import { listDocumentRows } from '../records/repository';
import { listDocumentsForRequest } from '../records/presenter';
import { showRequest } from '../requests/show-request';
import { safeName, type ZipWriter } from './zip-writer';

/** Messages of one request packed at most (a request with more says so in requests.json). */
export const MAX_MESSAGES_PER_REQUEST = 5000;

export interface PackedRequest {
  detail: Record<string, unknown>;
  files: { messages: { id: string; path: string }[]; documents: { id: string; path: string }[] };
  missing: { item: string; message: string }[];
  private: boolean;
}

export async function packRequest(ctx: AppContext, actor: Actor, id: string, today: string, zip: ZipWriter): Promise<PackedRequest> {
  // showRequest checks that the starter may read it (authorize.ts), as GET /api/v1/requests/:id does.
  const detail = await showRequest(ctx, actor, id, today);
  // The records feature adds `documents` to the detail when the HTTP routes are registered; a
  // worker-only process has none, so the export sets them itself (the same presenter).
  detail.documents = await listDocumentsForRequest(ctx.db, id);
  const out: PackedRequest = { detail, files: { messages: [], documents: [] }, missing: [], private: detail.visibility === 'private' };
  const folder = `requests/${id}`;

  const messages = await listMessages(ctx.db, { requestId: id, limit: MAX_MESSAGES_PER_REQUEST });
  for (const m of messages) {
    const path = `${folder}/messages/${m.id}.eml`;
    const inRow = await messageRawInRow(ctx.db, m.id);
    const blobs = mailBlobs(ctx);
    if (inRow) zip.addBuffer(path, inRow);
    else if (await blobs.has(m.raw_sha256)) await zip.addStream(path, () => blobs.stream(m.raw_sha256));
    else { out.missing.push({ item: `message ${m.id}`, message: `The raw message (SHA-256 ${m.raw_sha256}) is missing from the blob store.` }); continue; }
    out.files.messages.push({ id: m.id, path });
  }

  const blobs = blobStoreOf(ctx);
  for (const d of (await listDocumentRows(ctx.db, id)).filter((row) => row.parent_id === null)) {
    const path = `${folder}/documents/${d.id}-${safeName(d.filename)}`;
    if (!(await blobs.has(d.sha256))) { out.missing.push({ item: `document ${d.id}`, message: `The stored file (SHA-256 ${d.sha256}) is missing from the blob store.` }); continue; }
    await zip.addStream(path, () => blobs.stream(d.sha256));
    out.files.documents.push({ id: d.id, path });
  }
  return out;
}
