// Rows -> API shapes (CONTRACTS.md: list items and the request detail).
import type { Actor } from '../accounts/actor';
import type { Derived } from './derive';
import type { ListRow, RequestRow } from './repository';
import type { RequestEventsTable } from './tables';

/** A list item without its deadlines, plus the stored deadlines JSON bytes (spliced in by listJson). */
export function presentListItem(row: ListRow): { item: Record<string, unknown>; deadlinesJson: Buffer | string } {
  // listRequestsFor re-reads rows without a cached copy, so null here is a bug, not a state.
  if (row.deadlines_json === null) throw new Error(`request ${row.id} has no cached deadlines`);
  let raw: Buffer | string = row.deadlines_json;
  let error: { code: string; message: string } | null = null;
  if (raw[0] === '{' || raw[0] === 0x7b) {
    // {"error": …}, or a whole deadline set written by an earlier build of this column
    const o = JSON.parse(raw.toString()) as { error?: { code: string; message: string }; deadlines?: unknown[] };
    if (o.error) error = o.error;
    else raw = JSON.stringify(o.deadlines ?? []);
  }
  return {
    item: {
      id: row.id,
      title: row.title,
      status: row.derived_status,
      jurisdiction: row.jurisdiction,
      agency: row.agency_id ? { id: row.agency_id, name: row.agency_name ?? row.agency_id } : null,
      filed_on: row.filed_on,
      visibility: row.visibility,
      tags: JSON.parse(row.tags) as string[],
      tracking_number: row.tracking_number,
      status_as_of: row.derived_as_of,
      ...(error ? { engine_error: error } : {}),
    },
    deadlinesJson: error ? '[]' : raw,
  };
}

/** One list item's JSON, its stored deadlines spliced in as they are (CONTRACTS.md list item). */
export function listItemJson({ item, deadlinesJson }: ReturnType<typeof presentListItem>): Buffer {
  const head = Buffer.from(JSON.stringify(item).slice(0, -1) + ',"deadlines":');
  return Buffer.concat([head, typeof deadlinesJson === 'string' ? Buffer.from(deadlinesJson) : deadlinesJson, CLOSE]);
}
const CLOSE = Buffer.from('}');
const COMMA = Buffer.from(',');

/**
 * The list response as UTF-8 bytes: `{"items": [...], "next_cursor": ...}`, from each item's JSON
 * bytes (rendered beforehand, or by listItemJson); nothing is decoded, parsed or re-encoded here.
 */
export function listJson(items: (Buffer | string)[], nextCursor: string | null): Buffer {
  const chunks: Buffer[] = [Buffer.from('{"items":[')];
  items.forEach((item, i) => {
    if (i) chunks.push(COMMA);
    chunks.push(typeof item === 'string' ? Buffer.from(item) : item);
  });
  chunks.push(Buffer.from('],"next_cursor":' + JSON.stringify(nextCursor) + '}'));
  return Buffer.concat(chunks);
}

export function presentEvent(e: RequestEventsTable) {
  return { id: e.id, seq: Number(e.seq), kind: e.kind, date: e.date, note: e.note, data: JSON.parse(e.data) as Record<string, unknown>, actor: e.actor, source: e.source, recorded_at: e.created_at };
}

export function presentDetail(row: RequestRow, events: RequestEventsTable[], derived: Derived, actor: Actor, canWrite: boolean, today: string) {
  const member = actor.kind === 'system' || (actor.kind === 'user' && actor.organisationId === row.organisation_id && actor.role !== null);
  return {
    id: row.id,
    organisation_id: row.organisation_id,
    title: row.title,
    text: row.text,
    status: derived.status,
    status_as_of: today,
    overdue_working_days: derived.overdue_working_days,
    jurisdiction: row.jurisdiction,
    agency: row.agency_id ? { id: row.agency_id, name: row.agency_name ?? row.agency_id } : null,
    // The requester's contact details are personal data: members only.
    requester: member ? { name: row.requester_name, email: row.requester_email } : { name: row.requester_name, email: null },
    fee_waiver: row.fee_waiver === 1,
    expedited: row.expedited === 1,
    fee_waiver_reason: row.fee_waiver_reason,
    expedited_reason: row.expedited_reason,
    tags: JSON.parse(row.tags) as string[],
    visibility: row.visibility,
    notes: row.notes,
    tracking_number: row.tracking_number,
    filed_on: row.filed_on,
    received_on: derived.received,
    created_at: row.created_at,
    updated_at: row.updated_at,
    events: events.map(presentEvent),
    deadlines: derived.set?.deadlines ?? [],
    warnings: derived.set?.warnings ?? [],
    engine_version: derived.set?.engine_version ?? derived.columns.derived_engine_version,
    ...(derived.error ? { engine_error: derived.error } : {}),
    communications: [] as unknown[],
    documents: [] as unknown[],
    can_write: canWrite,
  };
}
