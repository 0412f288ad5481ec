// Use case: create a request (optionally already filed, with an initial timeline). One
// transaction: the row, its events, the engine's reading, and an audit event.
import { errors } from '../../errors';
import { cacheReading } from './list-item';
import { newId, nowIso } from '../../ids';
import type { Trx } from '../../db/database';
import { getJurisdiction, isVersionOf, LawInputError } from '../../../law/index';
import { recordAudit } from '../audit/record';
import { actorLabel, actorOrganisationId, actorUserId, type Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { deriveStrict } from './derive';
import { agencyExists, findRequest, insertRequest, type RequestRow } from './repository';
import type { CreateRequestInput, EventInput } from './schema';
import { searchText } from './search-text';
import { appendEvents } from './timeline';

export async function createRequest(trx: Trx, actor: Actor, input: CreateRequestInput, today: string, organisationId?: string): Promise<RequestRow> {
  const orgId = organisationId ?? actorOrganisationId(actor);
  if (!orgId) throw errors.badRequest('no-organisation', 'Choose the organisation the request belongs to.');
  authorize(actor, 'request:create', { type: 'organisation', organisation_id: orgId });

  let jurisdiction = input.jurisdiction;
  const agencyId = input.agency_id ?? null;
  if (agencyId) {
    const agency = await agencyExists(trx, agencyId);
    if (!agency) throw errors.validation([{ field: 'agency_id', message: `no agency ${JSON.stringify(agencyId)} in the directory`, expected: 'an agency id from GET /api/v1/agencies' }]);
    // A dated version of the agency's law (mx-2015 for an `mx` agency) is the same jurisdiction.
    if (jurisdiction && !isVersionOf(jurisdiction, agency.jurisdiction)) {
      throw errors.validation([{ field: 'jurisdiction', message: `agency ${agencyId} is under ${agency.jurisdiction}, not ${jurisdiction}`, expected: agency.jurisdiction }]);
    }
    jurisdiction = jurisdiction ?? agency.jurisdiction;
  }
  if (!jurisdiction) throw errors.validation([{ field: 'jurisdiction', message: 'is required when no agency is given', expected: 'a jurisdiction id such as us-federal' }]);
  try {
    getJurisdiction(jurisdiction);
  } catch (e) {
    if (e instanceof LawInputError) throw errors.validation([{ field: 'jurisdiction', message: e.message, expected: 'an id from GET /api/v1/jurisdictions' }]);
    throw e;
  }

  const id = newId();
  const at = nowIso();
  const initial = deriveStrict({ jurisdiction, agency_id: agencyId }, [], today);
  await insertRequest(trx, {
    id, organisation_id: orgId, created_by: actorUserId(actor), title: input.title, text: input.text, jurisdiction, agency_id: agencyId,
    requester_name: input.requester?.name ?? null, requester_email: input.requester?.email ?? null,
    fee_waiver: input.fee_waiver ? 1 : 0, expedited: input.expedited ? 1 : 0,
    fee_waiver_reason: input.fee_waiver_reason ?? null, expedited_reason: input.expedited_reason ?? null, tags: JSON.stringify(input.tags), visibility: input.visibility,
    notes: input.notes, tracking_number: input.tracking_number ?? null, filed_on: null, created_at: at, updated_at: at,
    search_text: searchText({ title: input.title, text: input.text, tracking_number: input.tracking_number }),
    ...initial.columns,
  });
  await cacheReading(trx, id, initial.cached);

  const events: EventInput[] = [];
  if (input.filed_on) {
    events.push({ kind: 'filed', date: input.filed_on, note: '', data: {} });
    // Asking for expedition is part of the filing: the engine's expedited-decision clock starts then.
    if (input.expedited) events.push({ kind: 'expedited-requested', date: input.filed_on, note: 'requested with the filing', data: {} });
  }
  events.push(...input.events);
  if (events.length) {
    await appendEvents(trx, { id, jurisdiction, agency_id: agencyId, title: input.title, text: input.text }, events, actorLabel(actor), 'user', today);
  }
  const row = (await findRequest(trx, id))!;
  await recordAudit(trx, {
    actor: actorLabel(actor), organisation_id: orgId, action: 'request.create', subject_type: 'request', subject_id: id,
    after: { title: row.title, jurisdiction, agency_id: agencyId, visibility: row.visibility, filed_on: row.filed_on, events: events.map((e) => `${e.kind}@${e.date}`) },
  });
  return row;
}
