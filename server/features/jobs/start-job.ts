// Use case: a person starts long work. Owners and editors only (authorize.ts); the job belongs to
// the organisation they act in and to them, and the start is audited in the same transaction.
import type { Trx } from '../../db/database';
import type { JobDefinition } from '../../jobs/define';
import { enqueue } from '../../jobs/queue';
import { actorLabel, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { authorizeJob } from './authorize';
import { ownerOf } from './starter';

export async function startJob(trx: Trx, actor: Actor, def: JobDefinition, payload: unknown, audit: { action: string; after: unknown }): Promise<string> {
  const owner = ownerOf(actor);
  authorizeJob(actor, 'job:start', { type: 'organisation', organisation_id: owner.organisationId });
  const { id } = await enqueue(trx, def, payload, { organisationId: owner.organisationId, createdBy: owner.createdBy });
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: owner.organisationId, action: audit.action, subject_type: 'job', subject_id: id, after: audit.after });
  return id;
}
