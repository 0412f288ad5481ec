// Who may see or change a document: the same rule as its request (accounts/authorize.ts). A
// document of a message still in the holding pen has no request yet: only system actors see it.
import type { Executor } from '../../db/database';
import { errors } from '../../errors';
import type { Actor } from '../accounts/actor';
import { loadRequestForActor } from '../requests/access';
import { findDocument, type DocumentRow } from './repository';

export async function loadDocumentForActor(db: Executor, actor: Actor, id: string, need: 'read' | 'write'): Promise<DocumentRow> {
  const doc = await findDocument(db, id);
  if (!doc) throw actor.kind === 'anonymous' && need === 'write' ? errors.unauthenticated() : errors.notFound('Document', id);
  if (doc.request_id) await loadRequestForActor(db, actor, doc.request_id, need);
  else if (actor.kind !== 'system') throw actor.kind === 'anonymous' ? errors.unauthenticated() : errors.notFound('Document', id);
  return doc;
}
