// Use case: write a letter for a request (follow-up, appeal, notice of intent to sue, thank-you,
// or the initial request) from its timeline. Without `save` nothing changes; with it the letter
// becomes an outbox draft (with its PDF) that a person sends with releaseDraft.
import type { Trx } from '../../../db/database';
import { errors } from '../../../errors';
import { newId, nowIso } from '../../../ids';
import { renderLetterPdf } from '../../../letters/renderPdf';
import { renderLetterText } from '../../../letters/renderText';
import type { LetterKind, LetterLanguage } from '../../../letters/types';
import { recordAudit } from '../../audit/record';
import { actorLabel, type Actor } from '../../accounts/actor';
import { loadRequestForActor } from '../../requests/access';
import { listEvents } from '../../requests/repository';
import { letterForRequest } from '../letter-for-request';
import { followUpSteps, insertOutbox } from '../outbox-repository';
import type { OutboxTable } from '../tables';
import { newMessageId, type MailDeps } from './send-request';

export interface DraftLetterProps {
  requestId: string;
  kind: LetterKind;
  language?: LetterLanguage;
  save: boolean;
}

export async function draftLetter(trx: Trx, deps: MailDeps, actor: Actor, props: DraftLetterProps, today: string) {
  const row = await loadRequestForActor(trx, actor, props.requestId, props.save ? 'write' : 'read');
  const events = await listEvents(trx, row.id);
  const adverse = [...events].reverse().find((e) => e.kind === 'adverse-determination');
  if (props.kind === 'appeal' && !adverse) {
    throw errors.conflict('no-adverse-determination', 'An appeal needs an adverse determination on the timeline; record it first.');
  }
  // An unfiled request's initial letter is previewed as send-request writes it: filed today.
  const asWritten = props.kind === 'initial-request' && !events.some((e) => e.kind === 'filed') ? { ...row, filed_on: today } : row;
  const built = await letterForRequest(trx, asWritten, {
    kind: props.kind, language: props.language, today, secret: deps.secret, mailDomain: deps.mailDomain,
    followUpNumber: props.kind === 'follow-up' ? ((await followUpSteps(trx, [row.id])).get(row.id) ?? 0) + 1 : undefined,
    determination: adverse ? { date: adverse.date, summary: adverse.note || null } : null,
  });
  const text = renderLetterText(built.letter);
  const pdf = await renderLetterPdf(built.letter, built.agencyAddress);
  let outbox: OutboxTable | null = null;
  if (props.save) {
    const blob = await deps.blobs.put(Buffer.from(pdf.pdf));
    const at = nowIso();
    outbox = {
      id: newId(), organisation_id: row.organisation_id, request_id: row.id, letter_kind: props.kind, message_id: newMessageId(deps.mailDomain),
      from_address: built.replyAddress, to_addresses: JSON.stringify(built.agencyEmails.slice(0, 1)), subject: built.letter.subject, text,
      attachments: JSON.stringify([{ filename: `${props.kind}.pdf`, sha256: blob.sha256, size: blob.size, content_type: 'application/pdf' }]),
      status: 'draft', attempts: 0, last_error: null, dedup_key: null, created_by: actorLabel(actor), created_at: at, updated_at: at, sent_at: null,
    };
    await insertOutbox(trx, outbox);
    await recordAudit(trx, {
      actor: actorLabel(actor), organisation_id: row.organisation_id, action: 'outbox.draft', subject_type: 'request', subject_id: row.id,
      after: { outbox_id: outbox.id, kind: props.kind, citations: built.letter.citations },
    });
  }
  return { letter: built.letter, text, pdf: pdf.pdf, replacedCharacters: pdf.replacedCharacters, outbox };
}
