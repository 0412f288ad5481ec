// Who may watch, start and download long work, in one place (the same shape as
// accounts/authorize.ts; docs/decisions/0410-job-progress.md):
// - a job belongs to the organisation its starter acted in; to anyone else it does not exist (404);
// - any member of that organisation (viewers too) may watch its progress;
// - only owners and editors start work;
// - a result that holds private requests (an export by someone who may see them) is downloaded
//   only by its starter and the organisation's owners, who may see every private request there;
//   any other result by any member;
// - system actors (CLI, jobs) may do everything.
import { errors } from '../../errors';
import type { Actor } from '../accounts/actor';

export type JobAction = 'job:read' | 'job:start' | 'job:download';

export type JobResource =
  | { type: 'organisation'; organisation_id: string | null }
  | { type: 'job'; organisation_id: string | null; created_by: string | null; restricted: boolean };

type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'hidden';

export function decideJob(actor: Actor, action: JobAction, resource: JobResource): Decision {
  if (actor.kind === 'system') return 'allow';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  const member = resource.organisation_id !== null && actor.organisationId === resource.organisation_id && actor.role !== null;
  if (action === 'job:start') return member && (actor.role === 'owner' || actor.role === 'editor') ? 'allow' : 'forbidden';
  if (resource.type !== 'job' || !member) return 'hidden';
  if (action === 'job:read') return 'allow';
  if (!resource.restricted) return 'allow';
  return actor.role === 'owner' || (resource.created_by !== null && resource.created_by === actor.userId) ? 'allow' : 'forbidden';
}

export function canJob(actor: Actor, action: JobAction, resource: JobResource): boolean {
  return decideJob(actor, action, resource) === 'allow';
}

export function authorizeJob(actor: Actor, action: JobAction, resource: JobResource): void {
  const d = decideJob(actor, action, resource);
  if (d === 'allow') return;
  if (d === 'unauthenticated') throw errors.unauthenticated();
  if (d === 'hidden') throw errors.notFound('Job');
  const role = actor.kind === 'user' ? actor.role ?? 'no role' : actor.kind;
  const needs = action === 'job:start'
    ? 'the owner or editor role in the organisation you act in'
    : 'to have started this export, or the owner role: it holds private requests';
  throw errors.forbidden(`This needs ${needs}; you act as ${role}.`);
}
