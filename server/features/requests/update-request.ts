// Use case: change a request's descriptive fields (title, text, tags, visibility, notes…). The
// timeline is not touched; the audit event keeps the values before and after.
import type { Trx } from '../../db/database';
import { nowIso } from '../../ids';
import { recordAudit } from '../audit/record';
import { actorLabel, type Actor } from '../accounts/actor';
import { loadRequestForActor } from './access';
import { renderListItems } from './list-item';
import { findRequest, updateRequest, type RequestRow } from './repository';
import type { UpdateRequestInput } from './schema';
import { searchText } from './search-text';
import type { RequestsTable } from './tables';

export async function editRequest(trx: Trx, actor: Actor, id: string, input: UpdateRequestInput): Promise<RequestRow> {
  const r = await loadRequestForActor(trx, actor, id, 'write');
  const set: Partial<RequestsTable> = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.text !== undefined) set.text = input.text;
  if (input.requester?.name !== undefined) set.requester_name = input.requester.name;
  if (input.requester?.email !== undefined) set.requester_email = input.requester.email;
  if (input.fee_waiver !== undefined) set.fee_waiver = input.fee_waiver ? 1 : 0;
  if (input.expedited !== undefined) set.expedited = input.expedited ? 1 : 0;
  if (input.fee_waiver_reason !== undefined) set.fee_waiver_reason = input.fee_waiver_reason;
  if (input.expedited_reason !== undefined) set.expedited_reason = input.expedited_reason;
  if (input.tags !== undefined) set.tags = JSON.stringify(input.tags);
  if (input.visibility !== undefined) set.visibility = input.visibility;
  if (input.notes !== undefined) set.notes = input.notes;
  if (input.tracking_number !== undefined) set.tracking_number = input.tracking_number;
  const before = Object.fromEntries(Object.keys(set).map((k) => [k, r[k as keyof RequestRow]]));
  set.search_text = searchText({ title: set.title ?? r.title, text: set.text ?? r.text, tracking_number: set.tracking_number !== undefined ? set.tracking_number : r.tracking_number });
  set.updated_at = nowIso();
  await updateRequest(trx, id, set);
  await renderListItems(trx, [id]); // what the list shows may have changed
  const after = Object.fromEntries(Object.keys(before).map((k) => [k, set[k as keyof RequestsTable]]));
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: r.organisation_id, action: 'request.update', subject_type: 'request', subject_id: id, before, after });
  return (await findRequest(trx, id))!;
}
