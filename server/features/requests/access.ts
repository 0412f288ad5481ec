// Looking up a request for an actor: the row plus the authorisation decision, in one call, so every
// route and command (also mail and records) applies the same rule.
import type { Executor } from '../../db/database';
import { errors } from '../../errors';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/authorize';
import { findRequest, type RequestRow, type Viewer } from './repository';

export function requestResource(r: Pick<RequestRow, 'organisation_id' | 'visibility' | 'created_by'>) {
  return { type: 'request' as const, organisation_id: r.organisation_id, visibility: r.visibility, created_by: r.created_by };
}

export async function loadRequestForActor(db: Executor, actor: Actor, id: string, need: 'read' | 'write'): Promise<RequestRow> {
  const row = await findRequest(db, id);
  if (!row) throw actor.kind === 'anonymous' && need === 'write' ? errors.unauthenticated() : errors.notFound('Request', id);
  authorize(actor, need === 'read' ? 'request:read' : 'request:write', requestResource(row));
  return row;
}

export function mayWrite(actor: Actor, row: RequestRow): boolean {
  return can(actor, 'request:write', requestResource(row));
}

export function viewerOf(actor: Actor): Viewer {
  if (actor.kind === 'system') return { all: !actor.organisationId, organisationId: actor.organisationId ?? null, userId: null, isOwner: true };
  if (actor.kind === 'anonymous') return { all: false, organisationId: null, userId: null, isOwner: false };
  return { all: false, organisationId: actor.role ? actor.organisationId : null, userId: actor.userId, isOwner: actor.role === 'owner' };
}
