// All SQL of the agency scorecard (docs/decisions/0802-agency-scorecard.md): the filed requests to
// one agency that the reader may see (the same visibility rule as the request list), each with
// the first day the agency answered and the day it decided, and the exemptions marked on the
// pages of records received for those requests.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { visibleTo, type Viewer } from '../requests/repository';

/** Timeline kinds that are the agency answering (the first of them is the "first response"). */
export const RESPONSE_KINDS = [
  'acknowledged', 'unusual-circumstances', 'clarification-requested', 'fee-notice', 'adverse-determination', 'determination',
  'released', 'message-received',
] as const;
/** Timeline kinds that complete a request: the agency's determination (a grant, partial or full, or a denial). */
export const COMPLETION_KINDS = ['determination', 'adverse-determination'] as const;

export interface ScorecardRow {
  id: string;
  filed_on: string;
  response_due: string | null;
  first_response_on: string | null;
  completed_on: string | null;
}

export async function scorecardRequests(db: Executor, agencyId: string, viewer: Viewer): Promise<ScorecardRow[]> {
  const rows = await db.selectFrom('requests')
    .select(['requests.id', 'requests.filed_on', 'requests.derived_response_due as response_due'])
    .select((eb) => [
      eb.selectFrom('request_events as e').select((e) => e.fn.min('e.date').as('d'))
        .whereRef('e.request_id', '=', 'requests.id').where('e.kind', 'in', RESPONSE_KINDS).as('first_response_on'),
      eb.selectFrom('request_events as c').select((e) => e.fn.min('c.date').as('d'))
        .whereRef('c.request_id', '=', 'requests.id').where('c.kind', 'in', COMPLETION_KINDS).as('completed_on'),
    ])
    .where('requests.agency_id', '=', agencyId)
    .where('requests.filed_on', 'is not', null)
    .where(visibleTo(viewer))
    .execute();
  return rows as ScorecardRow[];
}

export async function scorecardExemptions(db: Executor, agencyId: string, viewer: Viewer): Promise<{ code: string; count: number; documents: number }[]> {
  const rows = await db.selectFrom('page_exemptions as pe')
    .innerJoin('documents as d', 'd.id', 'pe.document_id')
    .innerJoin('requests', 'requests.id', 'd.request_id')
    .select(['pe.code', sql<number>`sum(pe.count)`.as('count'), sql<number>`count(distinct pe.document_id)`.as('documents')])
    .where('requests.agency_id', '=', agencyId)
    .where(visibleTo(viewer))
    .groupBy('pe.code')
    .execute();
  return rows.map((r) => ({ code: r.code, count: Number(r.count), documents: Number(r.documents) }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code, 'en', { numeric: true }));
}
