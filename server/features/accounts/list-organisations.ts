// Query: the organisations the caller belongs to, with their role in each and which one they act in.
import type { Executor } from '../../db/database';
import { errors } from '../../errors';
import type { Actor } from './actor';
import { membershipsOf } from './repository';

export async function listOrganisations(db: Executor, actor: Actor) {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  const orgs = await membershipsOf(db, actor.userId);
  return { items: orgs.map((o) => ({ ...o, current: o.id === actor.organisationId })) };
}
