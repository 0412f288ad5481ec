// Work a person started runs later, in the worker, with that person's authority as it stands
// when the work runs: their current role in the organisation they started it in. Someone removed
// or disabled since then gets nothing (the job fails saying so), and an export holds exactly what
// they may see at that moment.
import type { Executor } from '../../db/database';
import type { Actor } from '../accounts/actor';
import { findUserById, roleIn } from '../accounts/repository';

export class StarterGoneError extends Error {
  name = 'StarterGoneError';
}

export async function starterActor(db: Executor, job: { organisationId: string | null; createdBy: string | null }): Promise<Actor & { kind: 'user' }> {
  if (!job.createdBy || !job.organisationId) throw new StarterGoneError('This job was not started by a person in an organisation.');
  const user = await findUserById(db, job.createdBy);
  if (!user || user.disabled_at) throw new StarterGoneError('The person who started this work no longer has an active account.');
  const role = await roleIn(db, user.id, job.organisationId);
  if (!role) throw new StarterGoneError('The person who started this work is no longer a member of the organisation.');
  return { kind: 'user', userId: user.id, email: user.email, name: user.name, organisationId: job.organisationId, role, via: 'session' };
}

/** The organisation and user a person's new job belongs to. */
export function ownerOf(actor: Actor): { organisationId: string | null; createdBy: string | null } {
  if (actor.kind === 'user') return { organisationId: actor.organisationId, createdBy: actor.userId };
  if (actor.kind === 'system') return { organisationId: actor.organisationId ?? null, createdBy: null };
  return { organisationId: null, createdBy: null };
}
