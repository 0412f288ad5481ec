// Agencies as the API shows them, and the list cursor.
import { errors } from '../../errors';
import type { Agency } from './agency';
import { sortKeyOf } from './repository';

export function presentSummary(a: Agency) {
  return {
    id: a.id,
    name: a.name,
    abbreviation: a.abbreviation,
    jurisdiction: a.jurisdiction,
    parent_id: a.parent_id,
    example: a.example,
    source: a.source,
    source_date: a.source_date,
  };
}

export function presentDetail(a: Agency, parent: Agency | undefined, components: Agency[]) {
  return {
    ...presentSummary(a),
    description: a.description,
    contacts: a.contacts,
    request_time_stats: a.request_time_stats,
    edited_fields: a.edited_fields,
    updated_at: a.updated_at,
    parent: parent ? { id: parent.id, name: parent.name } : null,
    components: components.map(presentSummary),
  };
}

/** Opaque to clients: the last row's sort position. */
export function encodeCursor(a: Agency): string {
  return Buffer.from(JSON.stringify([sortKeyOf(a), a.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sort_key: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { sort_key: v[0], id: v[1] };
  } catch {
    // fall through to the error below
  }
  throw errors.validation([{ field: 'query.cursor', message: 'is not a cursor this API gave out', expected: 'the next_cursor of a previous page' }]);
}
