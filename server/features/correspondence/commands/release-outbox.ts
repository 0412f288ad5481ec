// Use case: a person sends a drafted letter (a follow-up the sweep drafted, or a letter drafted by
// hand): draft -> queued (or held when no SMTP is configured), in one transaction with its job.
import type { Trx } from '../../../db/database';
import { errors } from '../../../errors';
import { nowIso } from '../../../ids';
import { enqueue } from '../../../jobs/queue';
import { deliverOutboxJob } from '../../../mail/jobs';
import { recordAudit } from '../../audit/record';
import { actorLabel, type Actor } from '../../accounts/actor';
import { loadRequestForActor } from '../../requests/access';
import { findOutbox, markOutbox, setOutboxRecipients } from '../outbox-repository';

export async function releaseDraft(trx: Trx, actor: Actor, outboxId: string, smtpConfigured: boolean, to?: string[]) {
  const row = await findOutbox(trx, outboxId);
  if (!row) throw errors.notFound('Outbox message', outboxId);
  await loadRequestForActor(trx, actor, row.request_id, 'write');
  if (row.status !== 'draft') throw errors.conflict('outbox-not-draft', `This message is ${row.status}, not a draft.`);
  const recipients = to && to.length ? to : (JSON.parse(row.to_addresses) as string[]);
  if (recipients.length === 0) throw errors.validation([{ field: 'to', message: 'the agency has no e-mail address on file', expected: 'one or more e-mail addresses' }]);
  const status = smtpConfigured ? 'queued' : 'held';
  await setOutboxRecipients(trx, row.id, recipients);
  await markOutbox(trx, row.id, { status, updated_at: nowIso(), last_error: smtpConfigured ? null : 'ACCESO_SMTP_URL is not set: kept in the local outbox' }, ['draft']);
  if (status === 'queued') await enqueue(trx, deliverOutboxJob, { outboxId: row.id }, { key: `${row.id}:released` });
  await recordAudit(trx, {
    actor: actorLabel(actor), organisation_id: row.organisation_id, action: 'outbox.send', subject_type: 'outbox', subject_id: row.id,
    before: { status: 'draft' }, after: { status, to: recipients },
  });
  return (await findOutbox(trx, row.id))!;
}
