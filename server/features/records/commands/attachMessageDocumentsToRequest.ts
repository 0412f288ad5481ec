// See submitDocument.ts: kept as its own module so callers can import it by this name.
export { attachMessageDocumentsToRequest } from './submitDocument';
