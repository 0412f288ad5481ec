// Use case: a person confirms a suggested event (it becomes a timeline event through the requests
// feature's own add-event command, with the sentence it came from as its note) or dismisses it.
// Nothing reaches the timeline without this step.
import type { Trx } from '../../../db/database';
import { errors } from '../../../errors';
import { nowIso } from '../../../ids';
import { recordAudit } from '../../audit/record';
import { actorLabel, type Actor } from '../../accounts/actor';
import { addEvent } from '../../requests/add-event';
import { loadRequestForActor } from '../../requests/access';
import { EVENT_KINDS, type EventKind } from '../../requests/kinds';
import { findSuggestion, updateSuggestion } from '../repository';

export interface AcceptProps {
  /** The date of the event (default: the suggested date). */
  date?: string;
  note?: string;
  /** Override the suggested kind (a person may read the sentence differently). */
  kind?: EventKind;
}

export async function acceptSuggestion(trx: Trx, actor: Actor, suggestionId: string, props: AcceptProps, today: string) {
  const s = await findSuggestion(trx, suggestionId);
  if (!s) throw errors.notFound('Suggestion', suggestionId);
  if (!s.request_id) throw errors.conflict('suggestion-unassigned', 'Assign the message to a request first.');
  if (s.status !== 'open') throw errors.conflict('suggestion-decided', `This suggestion was already ${s.status}.`);
  const kind = props.kind ?? (s.kind as EventKind);
  if (!(EVENT_KINDS as readonly string[]).includes(kind)) throw errors.validation([{ field: 'kind', message: `unknown event kind ${kind}`, expected: EVENT_KINDS.join(', ') }]);
  const data = { ...(JSON.parse(s.data) as Record<string, unknown>), message_id: s.message_row_id, suggestion_id: s.id };
  const note = props.note ?? `From the agency's message: "${s.sentence.slice(0, 500)}"`;
  const { event } = await addEvent(trx, actor, s.request_id, { kind, date: props.date ?? s.date, note, data }, today, 'mail-suggestion');
  if ((await updateSuggestion(trx, s.id, { status: 'accepted', event_id: event.id, decided_by: actorLabel(actor), decided_at: nowIso() })) !== 1) {
    throw errors.conflict('suggestion-decided', 'This suggestion was decided at the same time by someone else.');
  }
  return { suggestionId: s.id, event };
}

export async function dismissSuggestion(trx: Trx, actor: Actor, suggestionId: string) {
  const s = await findSuggestion(trx, suggestionId);
  if (!s) throw errors.notFound('Suggestion', suggestionId);
  if (!s.request_id) throw errors.conflict('suggestion-unassigned', 'Assign the message to a request first.');
  const request = await loadRequestForActor(trx, actor, s.request_id, 'write');
  if ((await updateSuggestion(trx, s.id, { status: 'dismissed', decided_by: actorLabel(actor), decided_at: nowIso() })) !== 1) {
    throw errors.conflict('suggestion-decided', `This suggestion was already ${s.status}.`);
  }
  await recordAudit(trx, {
    actor: actorLabel(actor), organisation_id: request.organisation_id, action: 'suggestion.dismiss', subject_type: 'suggestion', subject_id: s.id,
    before: { status: 'open' }, after: { status: 'dismissed', kind: s.kind },
  });
}
