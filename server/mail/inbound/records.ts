// Handing attachments to the records pipeline (issue "Records", server/ingest/README.md): each
// stored attachment becomes a document of the request (or of the held message) and is queued for
// reading; when a held message is assigned, its documents follow it.
export { submitDocument } from '../../features/records/commands/submitDocument';
export { attachMessageDocumentsToRequest } from '../../features/records/commands/attachMessageDocumentsToRequest';
