// Every authorisation decision in one place: authorize(actor, action, resource) throws the right
// AppError (401, 403, or 404 where existence itself is private), can() answers yes/no.
//
// Rules (docs/decisions/0301-visibility-and-roles.md):
// - public requests: anyone may read, including anonymous;
// - organisation requests: members of the owning organisation may read;
// - private requests: the member who created it and the organisation's owners may read;
// - writing (editing, adding events, mail, documents): owners and editors of the owning
//   organisation, on requests they can read; viewers never write;
// - organisation-wide reads (dashboard, unmatched mail): any member; audit log and
//   administration (members, tokens for others): owners;
// - the agency directory (edit, import) is shared by the instance: owners and editors of any
//   organisation may maintain it; viewers, members without a role and anonymous callers may not;
// - creating an organisation: owners (of the organisation they act in), so that a viewer cannot
//   make themselves an owner somewhere and gain the instance-wide agency:write
//   (docs/decisions/0320-organisations-members-and-tokens.md);
// - leaving: any member may remove themselves; removing others: owners;
// - API tokens: their own user may revoke them; so may owners of the token's organisation; to
//   anyone else a token does not exist (404);
// - system actors (CLI, demo loader, jobs) may do everything.
import { errors } from '../../errors';
import type { Actor } from './actor';
import type { Visibility } from '../requests/tables';

export type Action =
  | 'request:read'
  | 'request:create'
  | 'request:write'
  | 'organisation:read'
  | 'organisation:manage'
  | 'audit:read'
  | 'agency:write'
  | 'organisation:create'
  | 'membership:remove'
  | 'token:revoke';

export type Resource =
  | { type: 'request'; organisation_id: string; visibility: Visibility; created_by: string | null }
  | { type: 'organisation'; organisation_id: string }
  | { type: 'instance' }
  | { type: 'membership'; organisation_id: string; user_id: string }
  | { type: 'token'; organisation_id: string; user_id: string };

type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'hidden';

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.kind === 'system') return 'allow';

  if (resource.type === 'request') {
    const readable = canReadRequest(actor, resource);
    if (action === 'request:read') {
      if (readable) return 'allow';
      return actor.kind === 'anonymous' ? 'unauthenticated' : 'hidden';
    }
    if (action === 'request:write') {
      if (actor.kind === 'anonymous') return 'unauthenticated';
      if (!readable) return 'hidden';
      const member = actor.organisationId === resource.organisation_id;
      return member && (actor.role === 'owner' || actor.role === 'editor') ? 'allow' : 'forbidden';
    }
    return 'forbidden';
  }

  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (resource.type === 'token') {
    if (actor.userId === resource.user_id) return 'allow';
    const owner = actor.organisationId === resource.organisation_id && actor.role === 'owner';
    return action === 'token:revoke' && owner ? 'allow' : 'hidden';
  }
  if (resource.type === 'membership') {
    const inOrg = actor.organisationId === resource.organisation_id && actor.role !== null;
    if (action !== 'membership:remove' || !inOrg) return 'forbidden';
    return actor.role === 'owner' || actor.userId === resource.user_id ? 'allow' : 'forbidden';
  }
  const orgId = resource.type === 'organisation' ? resource.organisation_id : null;
  const member = orgId !== null && actor.organisationId === orgId && actor.role !== null;
  switch (action) {
    case 'organisation:read':
      return member ? 'allow' : 'forbidden';
    case 'request:create':
      return member && (actor.role === 'owner' || actor.role === 'editor') ? 'allow' : 'forbidden';
    case 'organisation:manage':
    case 'audit:read':
      return member && actor.role === 'owner' ? 'allow' : 'forbidden';
    case 'organisation:create':
      return actor.role === 'owner' ? 'allow' : 'forbidden';
    case 'agency:write':
      // The directory is shared by the instance: the people who file requests (owners and editors
      // of any organisation) keep it up to date; viewers only read.
      return actor.role === 'owner' || actor.role === 'editor' ? 'allow' : 'forbidden';
    default:
      return 'forbidden';
  }
}

function canReadRequest(actor: Actor, r: Extract<Resource, { type: 'request' }>): boolean {
  if (r.visibility === 'public') return true;
  if (actor.kind !== 'user' || actor.organisationId !== r.organisation_id || actor.role === null) return false;
  if (r.visibility === 'organisation') return true;
  return actor.role === 'owner' || (r.created_by !== null && r.created_by === actor.userId);
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return decide(actor, action, resource) === 'allow';
}

export function authorize(actor: Actor, action: Action, resource: Resource): void {
  const d = decide(actor, action, resource);
  if (d === 'allow') return;
  if (d === 'unauthenticated') throw errors.unauthenticated();
  if (d === 'hidden') throw errors.notFound(resource.type === 'token' ? 'API token' : 'Request');
  throw errors.forbidden(forbiddenDetail(actor, action));
}

function forbiddenDetail(actor: Actor, action: Action): string {
  const role = actor.kind === 'user' ? actor.role ?? 'no role' : actor.kind;
  const needs: Record<Action, string> = {
    'request:read': 'access to this request',
    'request:create': 'the owner or editor role in this organisation',
    'request:write': 'the owner or editor role in the organisation that owns this request',
    'organisation:read': 'membership of this organisation',
    'organisation:manage': 'the owner role in this organisation',
    'audit:read': 'the owner role in this organisation',
    'agency:write': 'the owner or editor role',
    'organisation:create': 'the owner role in the organisation you act in',
    'membership:remove': 'the owner role in this organisation (members may only remove themselves)',
    'token:revoke': 'the owner role in the token\'s organisation',
  };
  return `This needs ${needs[action]}; you act as ${role}.`;
}
