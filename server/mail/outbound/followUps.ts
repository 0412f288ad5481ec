// Follow-ups for requests past due with no answer. The schedule is the organisation's
// (correspondence_settings; default: on the deadline, then every 30 days): step n falls on
// due + first_days + (n - 1) * every_days. The sweep enqueues one keyed job per (request, step);
// the outbox's unique (request, 'follow-up:n') row makes a step happen once, however often the
// sweep runs. A follow-up is a draft for a person to send, unless the organisation chose to send.
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { addDaysIso, newId, nowIso, todayIso } from '../../ids';
import { defineSweep, handleJob, type JobOutcome } from '../../jobs/define';
import { enqueue } from '../../jobs/queue';
import { recordAudit } from '../../features/audit/record';
import { lastReplyOn, requestsPastDue, settingsOf } from '../../features/correspondence/repository';
import { followUpSteps, insertOutboxOnce } from '../../features/correspondence/outbox-repository';
import { letterForRequest } from '../../features/correspondence/letter-for-request';
import { newMessageId } from '../../features/correspondence/commands/send-request';
import { findRequest } from '../../features/requests/repository';
import { renderLetterText } from '../../letters/renderText';
import { deliverOutboxJob, followUpJob } from '../jobs';

export interface Schedule {
  follow_up_first_days: number;
  follow_up_every_days: number;
  follow_up_max: number;
}

/** The day step `n` (1-based) is due. */
export function stepDate(due: string, s: Schedule, n: number): string {
  return addDaysIso(due, s.follow_up_first_days + (n - 1) * s.follow_up_every_days);
}

/** The latest step whose day has come (0 when none), capped at the schedule's maximum. */
export function currentStep(due: string, s: Schedule, today: string): number {
  if (s.follow_up_max <= 0) return 0;
  // With no interval every later step would fall on the same day: only the first one counts.
  const max = s.follow_up_every_days > 0 ? s.follow_up_max : 1;
  let n = 0;
  while (n < max && stepDate(due, s, n + 1) <= today) n++;
  return n;
}

export async function sweepFollowUps(ctx: AppContext): Promise<number> {
  const today = todayIso('UTC', ctx.clock.now());
  let enqueued = 0;
  let after = '';
  for (;;) {
    const batch = await requestsPastDue(ctx.db, today, 500, after);
    if (batch.length === 0) return enqueued;
    after = batch[batch.length - 1].id;
    const done = await followUpSteps(ctx.db, batch.map((r) => r.id));
    for (const r of batch) {
      const s = await settingsOf(ctx.db, r.organisation_id);
      const step = currentStep(r.derived_response_due, s, today);
      if (step === 0 || step <= (done.get(r.id) ?? 0)) continue;
      const job = await enqueue(ctx.db, followUpJob, { requestId: r.id, step }, { key: `${r.id}:${step}` });
      if (job.created) enqueued++;
    }
  }
}

export async function draftFollowUp(ctx: AppContext, requestId: string, step: number): Promise<JobOutcome> {
  const today = todayIso('UTC', ctx.clock.now());
  return inTransaction(ctx.db, async (trx) => {
    const row = await findRequest(trx, requestId);
    if (!row) return { status: 'skipped', reason: 'the request no longer exists' };
    if (!row.derived_open || !row.derived_response_due || row.derived_response_due > today || !['awaiting-response', 'overdue', 'may-sue'].includes(row.derived_status)) {
      return { status: 'skipped', reason: `the request is ${row.derived_status}; no follow-up is due` };
    }
    const s = await settingsOf(trx, row.organisation_id);
    const stepDay = stepDate(row.derived_response_due, s, step);
    const replied = await lastReplyOn(trx, requestId);
    if (replied && replied >= stepDay) return { status: 'skipped', reason: `the agency replied on ${replied}, after this step fell due (${stepDay})` };
    const built = await letterForRequest(trx, row, { kind: 'follow-up', today, secret: ctx.env.secret, mailDomain: ctx.env.mailDomain, followUpNumber: step });
    const recipients = built.agencyEmails.slice(0, 1);
    const send = s.follow_up_auto_send === 1 && recipients.length > 0;
    const status = !send ? 'draft' : ctx.env.smtpUrl ? 'queued' : 'held';
    const at = nowIso();
    const id = newId();
    const inserted = await insertOutboxOnce(trx, {
      id, organisation_id: row.organisation_id, request_id: row.id, letter_kind: 'follow-up', message_id: newMessageId(ctx.env.mailDomain),
      from_address: built.replyAddress, to_addresses: JSON.stringify(recipients), subject: built.letter.subject, text: renderLetterText(built.letter),
      attachments: '[]', status, attempts: 0, last_error: recipients.length ? null : 'no e-mail address for the agency',
      dedup_key: `follow-up:${step}`, created_by: 'system:follow-up', created_at: at, updated_at: at, sent_at: null,
    });
    if (!inserted) return { status: 'skipped', reason: `follow-up ${step} already exists` };
    if (status === 'queued') await enqueue(trx, deliverOutboxJob, { outboxId: id }, { key: id });
    await recordAudit(trx, {
      actor: 'system:follow-up', organisation_id: row.organisation_id, action: 'outbox.follow-up', subject_type: 'request', subject_id: row.id,
      after: { outbox_id: id, step, status, days_overdue: built.letter.paragraphs[0] ?? null },
    });
    return { status: 'done', result: { outboxId: id, step, status } };
  });
}

export const followUpHandler = handleJob(followUpJob, (payload, ctx) => draftFollowUp(ctx, payload.requestId, payload.step));

export const followUpSweep = defineSweep({ name: 'mail.follow-ups', everyMs: 60 * 60_000, run: sweepFollowUps });
