// Appending to a timeline: the shared step of "create request" and "add event". Re-derives the
// law engine's reading strictly, so an event the law cannot make sense of is refused (and the
// whole transaction with it), and refreshes the cached columns.
import { errors } from '../../errors';
import { cacheReading } from './list-item';
import { newId, nowIso } from '../../ids';
import type { Executor } from '../../db/database';
import { LawInputError } from '../../../law/contract';
import { deriveStrict, type Derived } from './derive';
import { isLegalKind } from './kinds';
import { insertEvent, listEvents, nextEventSeq, updateRequest } from './repository';
import type { EventInput } from './schema';
import type { RequestEventsTable } from './tables';
import { searchText } from './search-text';

export async function appendEvents(
  trx: Executor, request: { id: string; jurisdiction: string; agency_id: string | null; title: string; text: string },
  inputs: EventInput[], actor: string, source: string, today: string,
): Promise<{ events: RequestEventsTable[]; derived: Derived }> {
  let seq = await nextEventSeq(trx, request.id);
  const added: RequestEventsTable[] = [];
  for (const e of inputs) {
    if (e.date > today) {
      throw errors.validation([{ field: 'date', message: `${e.date} is in the future (today is ${today})`, expected: `a date on or before ${today}` }]);
    }
    const row: RequestEventsTable = {
      id: newId(), request_id: request.id, seq: seq++, kind: e.kind, date: e.date, note: e.note ?? '',
      data: JSON.stringify(e.data ?? {}), actor, source, created_at: nowIso(),
    };
    await insertEvent(trx, row);
    added.push(row);
  }
  const all = await listEvents(trx, request.id);
  if (all.filter((e) => e.kind === 'filed').length > 1) throw errors.conflict('already-filed', 'This request already has a `filed` event; record `received` for a different receipt date.');
  if (!all.some((e) => e.kind === 'filed' || e.kind === 'received') && added.some((e) => isLegalKind(e.kind))) {
    throw errors.validation([{ field: 'kind', message: `a ${added.find((e) => isLegalKind(e.kind))!.kind} event needs a filed request: record \`filed\` (or create the request with filed_on) first`, expected: 'a filed request' }]);
  }
  let derived: Derived;
  try {
    derived = deriveStrict(request, all.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today);
  } catch (e) {
    if (e instanceof LawInputError) {
      throw errors.badRequest(`timeline-${e.code}`, `The law engine cannot read the timeline with this event: ${e.message}`, [{ field: 'events', message: e.message }]);
    }
    throw e;
  }
  const filed = all.find((e) => e.kind === 'filed')?.date ?? null;
  const tracking = [...added].reverse().find((e) => e.kind === 'acknowledged' && typeof JSON.parse(e.data).tracking_number === 'string');
  await updateRequest(trx, request.id, {
    ...derived.columns, filed_on: filed, updated_at: nowIso(),
    ...(tracking ? trackingUpdate(request, String(JSON.parse(tracking.data).tracking_number)) : {}),
  });
  await cacheReading(trx, request.id, derived.cached);
  return { events: added, derived };
}

function trackingUpdate(r: { title: string; text: string }, tracking: string) {
  return { tracking_number: tracking, search_text: searchText({ ...r, tracking_number: tracking }) };
}
