// Reads an agency list from CSV (columns: docs/agencies-import.md). A column left out of the header
// leaves that field alone on agencies already stored; a column present is the truth, even empty.
import { parse } from 'csv-parse/sync';
import type { AgencyRecord } from '../agency';
import { emptyContacts, type PostalAddress } from '../contacts';
import type { IncomingAgency } from './plan';

export const CSV_COLUMNS = [
  'id', 'name', 'jurisdiction', 'parent_id', 'abbreviation', 'description',
  'email', 'phone', 'fax', 'website', 'request_form', 'office',
  'address_lines', 'street', 'city', 'region', 'postal_code', 'country',
  'notes', 'source', 'source_date',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['id', 'name', 'jurisdiction'];
const ADDRESS: Column[] = ['address_lines', 'street', 'city', 'region', 'postal_code', 'country'];

/** Which compared field each column feeds (address columns together make one field). */
const FIELD_OF: Partial<Record<Column, string>> = {
  name: 'name', jurisdiction: 'jurisdiction', parent_id: 'parent_id', abbreviation: 'abbreviation', description: 'description',
  email: 'contacts.emails', phone: 'contacts.phones', fax: 'contacts.fax', website: 'contacts.website',
  request_form: 'contacts.request_form', office: 'contacts.office', notes: 'contacts.notes',
  address_lines: 'contacts.address', street: 'contacts.address', city: 'contacts.address', region: 'contacts.address',
  postal_code: 'contacts.address', country: 'contacts.address',
};

/** The whole file is unusable (no header, unknown column, broken quoting): nothing is imported. */
export class CsvFileError extends Error {
  constructor(message: string, public readonly line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'CsvFileError';
  }
}

export interface CsvDefaults {
  /** Used for rows without a `source` cell. */
  source: string;
  /** Used for rows without a `source_date` cell. */
  sourceDate: string;
  example?: boolean;
}

export interface ParsedCsv {
  incoming: IncomingAgency[];
  /** Lines that could not even be read as a row (wrong number of cells). */
  unreadable: { line: number; reason: string }[];
}

const list = (cell: string): string[] => cell.split(';').map((s) => s.trim()).filter(Boolean);
const text = (cell: string | undefined): string | null => (cell === undefined || cell.trim() === '' ? null : cell.trim());

export function parseAgencyCsv(content: string, defaults: CsvDefaults): ParsedCsv {
  const normalised = content.replace(/\r\n?/g, '\n');
  let rows: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    rows = parse(normalised, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new CsvFileError(`the file is not valid CSV: ${err.message}`, err.lines ?? null);
  }
  if (rows.length === 0) throw new CsvFileError('the file is empty: expected a header line with at least id,name,jurisdiction');
  const header = rows[0].record.map((h) => h.trim().toLowerCase());
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) throw new CsvFileError(`unknown column(s) ${unknown.map((u) => `'${u}'`).join(', ')}; the columns are: ${CSV_COLUMNS.join(',')}`, 1);
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new CsvFileError(`column '${dup}' appears twice`, 1);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new CsvFileError(`missing required column(s): ${missing.join(', ')}`, 1);

  const present = new Set(header as Column[]);
  const fields = [...new Set([...present].map((c) => FIELD_OF[c]).filter((f): f is string => f !== undefined))];
  const hasAddress = ADDRESS.some((c) => present.has(c));
  const out: ParsedCsv = { incoming: [], unreadable: [] };

  for (const row of rows.slice(1)) {
    const raw = row.raw.replace(/^\n+/, '').replace(/\n$/, '');
    const line = row.info.lines - (raw.match(/\n/g)?.length ?? 0);
    if (row.record.length !== header.length) {
      out.unreadable.push({ line, reason: `has ${row.record.length} cells; the header has ${header.length}` });
      continue;
    }
    const cell = (c: Column): string | undefined => {
      const i = header.indexOf(c);
      return i < 0 ? undefined : row.record[i];
    };
    let address: PostalAddress | null = null;
    if (hasAddress) {
      const a: PostalAddress = {
        lines: list(cell('address_lines') ?? ''),
        street: text(cell('street')),
        city: text(cell('city')),
        region: text(cell('region')),
        postal_code: text(cell('postal_code')),
        country: text(cell('country'))?.toUpperCase() ?? null,
      };
      address = a.lines.length || a.street || a.city || a.region || a.postal_code || a.country ? a : null;
    }
    const record: AgencyRecord = {
      id: (cell('id') ?? '').trim(),
      name: (cell('name') ?? '').trim(),
      jurisdiction: (cell('jurisdiction') ?? '').trim(),
      parent_id: text(cell('parent_id')),
      abbreviation: text(cell('abbreviation')),
      description: text(cell('description')),
      contacts: {
        ...emptyContacts(),
        office: text(cell('office')),
        emails: list(cell('email') ?? ''),
        phones: list(cell('phone') ?? ''),
        fax: text(cell('fax')),
        website: text(cell('website')),
        request_form: text(cell('request_form')),
        address,
        notes: text(cell('notes')),
      },
      request_time_stats: null,
      source: text(cell('source')) ?? defaults.source,
      source_date: text(cell('source_date')) ?? defaults.sourceDate,
      example: defaults.example ?? false,
    };
    out.incoming.push({ record, line, where: `line ${line}`, fields });
  }
  return out;
}
