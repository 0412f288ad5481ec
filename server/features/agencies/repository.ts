// All SQL of the agency directory. Functions take the executor (db or transaction) first; rows
// become domain types here.
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { Agency, AgencyRecord } from './agency';
import { compactContacts, completeContacts } from './contacts';
import type { AgenciesTable } from './tables';

type Row = Selectable<AgenciesTable>;

/** Lowercase, accents removed: the form `sort_key` is compared in. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words for `?q=`: folded, dots dropped ('U.S.' -> 'us'), other punctuation a word break. */
export function searchWords(text: string): string[] {
  return fold(text).replace(/\./g, '').split(/[^a-z0-9]+/).filter(Boolean);
}

/** ' word word … ': each query word must begin a word here (so 'ice' finds ICE, not 'Office'). */
function searchText(a: Pick<Agency, 'name' | 'abbreviation' | 'id'>): string {
  return ` ${[...new Set([...searchWords(a.name), ...searchWords(a.abbreviation ?? ''), a.id, ...searchWords(a.id)])].join(' ')} `;
}

function toAgency(row: Row): Agency {
  return {
    id: row.id,
    parent_id: row.parent_id,
    jurisdiction: row.jurisdiction,
    name: row.name,
    abbreviation: row.abbreviation,
    description: row.description,
    contacts: completeContacts(JSON.parse(row.contacts)),
    request_time_stats: row.request_time_stats === null ? null : JSON.parse(row.request_time_stats),
    source: row.source,
    source_date: row.source_date,
    example: row.example === 1,
    edited_fields: JSON.parse(row.edited_fields),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function toRow(a: Agency, editedBy: string | null): Omit<Row, 'edited_by'> & { edited_by?: string | null } {
  const row = {
    id: a.id,
    parent_id: a.parent_id,
    jurisdiction: a.jurisdiction,
    name: a.name,
    abbreviation: a.abbreviation,
    description: a.description,
    contacts: JSON.stringify(compactContacts(a.contacts)),
    request_time_stats: a.request_time_stats === null ? null : JSON.stringify(a.request_time_stats),
    source: a.source,
    source_date: a.source_date,
    example: a.example ? 1 : 0,
    edited_fields: JSON.stringify([...a.edited_fields].sort()),
    created_at: a.created_at,
    updated_at: a.updated_at,
    search_text: searchText(a),
    sort_key: fold(a.name),
  };
  return editedBy === null ? row : { ...row, edited_by: editedBy };
}

export function newAgency(record: AgencyRecord, at: string): Agency {
  return { ...record, edited_fields: [], created_at: at, updated_at: at };
}

export async function findAgency(db: Executor, id: string): Promise<Agency | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAgency(row) : undefined;
}

/** The agencies with these ids (missing ones are simply absent from the map). */
export async function findAgencies(db: Executor, ids: string[]): Promise<Map<string, Agency>> {
  const out = new Map<string, Agency>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('agencies').selectAll().where('id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, toAgency(r));
  }
  return out;
}

export async function insertAgencies(db: Executor, agencies: Agency[]): Promise<void> {
  // Parents first (callers order them), in chunks that stay under SQLite's bound-parameter limit.
  for (let i = 0; i < agencies.length; i += 50) {
    await db.insertInto('agencies').values(agencies.slice(i, i + 50).map((a) => toRow(a, null))).execute();
  }
}

/** Replaces a stored agency's fields; `editedBy` is set when a person made the change. */
export async function updateAgency(db: Executor, agency: Agency, editedBy: string | null = null): Promise<void> {
  const { id: _id, created_at: _created, ...rest } = toRow(agency, editedBy);
  await db.updateTable('agencies').set(rest).where('id', '=', agency.id).execute();
}

export async function countAgencies(db: Executor, filter: { jurisdiction?: string } = {}): Promise<number> {
  let q = db.selectFrom('agencies').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.jurisdiction) q = q.where('jurisdiction', '=', filter.jurisdiction);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export interface AgencyListFilter {
  q?: string;
  jurisdiction?: string;
  parent?: string;
  /** Only agencies without a parent. */
  topLevel?: boolean;
  after?: { sort_key: string; id: string };
  limit: number;
}

/** One page in name order; fetches limit + 1 so the caller knows whether there is a next page. */
export async function listAgencies(db: Executor, f: AgencyListFilter): Promise<Agency[]> {
  let q = db.selectFrom('agencies').selectAll();
  if (f.jurisdiction) q = q.where('jurisdiction', '=', f.jurisdiction);
  if (f.parent) q = q.where('parent_id', '=', f.parent);
  if (f.topLevel) q = q.where('parent_id', 'is', null);
  if (f.q) {
    const words = searchWords(f.q);
    if (words.length === 0) return []; // only punctuation: nothing can match
    for (const word of words) {
      // Words are [a-z0-9]+ (searchWords), so nothing in the pattern needs escaping.
      q = q.where('search_text', 'like', `% ${word}%`);
    }
  }
  if (f.after) {
    const { sort_key, id } = f.after;
    q = q.where((eb) => eb.or([eb('sort_key', '>', sort_key), eb.and([eb('sort_key', '=', sort_key), eb('id', '>', id)])]));
  }
  const rows = await q.orderBy('sort_key').orderBy('id').limit(f.limit + 1).execute();
  return rows.map(toAgency);
}

export async function listComponents(db: Executor, parentId: string): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').selectAll().where('parent_id', '=', parentId).orderBy('sort_key').orderBy('id').execute();
  return rows.map(toAgency);
}

export function sortKeyOf(agency: Agency): string {
  return fold(agency.name);
}
