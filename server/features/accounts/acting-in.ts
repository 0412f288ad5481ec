// The actor as it acts on one organisation. A browser session belongs to a person, who may
// administer any organisation they are a member of without switching first: their role there is
// looked up. An API token is bound to the organisation it was issued for and never reaches
// beyond it (a leaked token of organisation A cannot touch organisation B).
// authorize() then decides with the result, as everywhere else.
import type { Executor } from '../../db/database';
import type { Actor } from './actor';
import { roleIn } from './repository';

export async function actingIn(db: Executor, actor: Actor, organisationId: string): Promise<Actor> {
  if (actor.kind !== 'user' || actor.via !== 'session' || actor.organisationId === organisationId) return actor;
  return { ...actor, organisationId, role: await roleIn(db, actor.userId, organisationId) };
}
