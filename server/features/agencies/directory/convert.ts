// Converts the federal FOIA contact directory (18F's `contacts/data/*.yaml`, scraped from
// FOIA.gov, public domain; see SOURCE.md) into agency records. Pure apart from reading the folder.
// The id rule is docs/decisions/0401-agency-ids.md; tests pin it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listFederalAgencies } from '../../../../law/agencies';
import { slugify, type AgencyRecord, type RequestTimeStats } from '../agency';
import { emptyContacts, type AgencyContacts, type ContactPerson, type OtherContact, type PostalAddress, type ReadingRoom } from '../contacts';

export const FEDERAL_SOURCE_REPO = 'https://github.com/18F/2015-foia/blob/master/contacts/data/';
export const FEDERAL_SOURCE_DATE = '2017';

type Yaml = Record<string, unknown>;

export class DirectoryFormatError extends Error {
  constructor(
    public readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DirectoryFormatError';
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== null) : []);

function person(v: unknown): ContactPerson | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Yaml;
  const p = { name: str(o.name), phones: strList(o.phone) };
  return p.name || p.phones.length ? p : null;
}

function address(v: unknown): PostalAddress | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Yaml;
  // The failsafe schema keeps zip codes such as '09751' as written (a number would lose the 0).
  return { lines: strList(o.address_lines), street: str(o.street), city: str(o.city), region: str(o.state), postal_code: str(o.zip), country: 'US' };
}

/** Reading rooms are [title, url] pairs; one file has a title and its url as separate items. */
function readingRooms(v: unknown): ReadingRoom[] {
  const flat: string[] = [];
  for (const item of Array.isArray(v) ? v : []) flat.push(...(Array.isArray(item) ? strList(item) : strList([item])));
  const rooms: ReadingRoom[] = [];
  let title: string | null = null;
  for (const s of flat) {
    if (/^https?:\/\//i.test(s)) {
      rooms.push({ title: title ?? s, url: s });
      title = null;
    } else title = s;
  }
  return rooms;
}

function otherContacts(v: unknown): OtherContact[] {
  if (!v || typeof v !== 'object') return [];
  return Object.entries(v as Yaml).flatMap(([role, p]) => {
    const c = person(p);
    return c ? [{ role, ...c }] : [];
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEB = /^https?:\/\/[^\s]+$/i;

function contacts(o: Yaml, office: string | null): AgencyContacts {
  // A few 2017 values are not usable as written. 'N/A' means none; a bare 'www.' host gets
  // 'http://'; anything else unusable is not guessed at but kept, quoted, in the notes.
  const unusable: string[] = [];
  const web = (field: string, v: unknown): string | null => {
    const s = str(v);
    if (s === null || /^n\/?a$/i.test(s)) return null;
    if (WEB.test(s)) return s;
    if (/^www\.[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(s)) return `http://${s}`;
    unusable.push(`${field} '${s}'`);
    return null;
  };
  const emails = strList(o.emails).filter((e) => EMAIL.test(e) || (unusable.push(`email '${e}'`), false));
  const website = web('website', o.website);
  const requestForm = web('request_form', o.request_form);
  const notes = [str(o.notes), unusable.length ? `Not usable as written in the 2017 directory: ${unusable.join(', ')}.` : null].filter(Boolean).join(' ');
  return {
    ...emptyContacts(),
    office,
    emails,
    phones: strList([o.phone]),
    fax: str(o.fax),
    address: address(o.address),
    website,
    request_form: requestForm,
    foia_officer: person(o.foia_officer),
    public_liaison: person(o.public_liaison),
    service_center: person(o.service_center),
    other_contacts: otherContacts(o.misc),
    reading_rooms: readingRooms(o.reading_rooms),
    notes: notes || null,
  };
}

function timeStats(v: unknown, file: string): RequestTimeStats | null {
  if (!v || typeof v !== 'object') return null;
  const out: RequestTimeStats = {};
  for (const [year, measures] of Object.entries(v as Yaml)) {
    if (!measures || typeof measures !== 'object') continue;
    const row: Record<string, number | string> = {};
    for (const [k, raw] of Object.entries(measures as Yaml)) {
      const n = Number(raw);
      if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(n)) row[k] = n;
      // FOIA.gov reports write 'less than 1' for sub-day times: kept as words, not rounded.
      else if (raw === 'less than 1') row[k] = raw;
      else throw new DirectoryFormatError(file, `request_time_stats ${year}.${k} is not a number: ${JSON.stringify(raw)}`);
    }
    if (Object.keys(row).length) out[year] = row;
  }
  return Object.keys(out).length ? out : null;
}

/** Abbreviations the law engine adds for components the directory lists without one (FEMA...). */
function engineAbbreviations(): Map<string, string> {
  const byKey = new Map<string, string>();
  // Only real abbreviations the engine adds (fema, tsa, ...): the engine also lists every
  // `<parent>-<slug>` id, which is a name, not an abbreviation.
  for (const a of listFederalAgencies()) {
    if (a.parent && !a.id.startsWith(`${a.parent}-`)) byKey.set(`${a.parent}|${a.name.toLowerCase()}`, a.id);
  }
  return byKey;
}

/** Converts one directory file's parsed YAML into the agency and its components. */
export function convertAgencyFile(doc: Yaml, file: string, supplemented = engineAbbreviations()): AgencyRecord[] {
  const name = str(doc.name);
  const abbreviation = str(doc.abbreviation);
  if (!name || !abbreviation) throw new DirectoryFormatError(file, 'needs a top-level name and abbreviation');
  const id = abbreviation.toLowerCase();
  const departments = Array.isArray(doc.departments) ? (doc.departments as Yaml[]) : [];
  const base = { jurisdiction: 'us-federal', source: FEDERAL_SOURCE_REPO + encodeURIComponent(file), source_date: FEDERAL_SOURCE_DATE, example: false };

  // An agency with a single office is one row: the office's contacts are the agency's.
  if (departments.length === 1) {
    const d = departments[0];
    const office = str(d.name);
    return [
      {
        ...base,
        id,
        parent_id: null,
        name,
        abbreviation,
        description: str(doc.description) ?? str(d.description),
        contacts: contacts(d, office && office !== name ? office : null),
        request_time_stats: timeStats(doc.request_time_stats, file) ?? timeStats(d.request_time_stats, file),
      },
    ];
  }
  const rows: AgencyRecord[] = [
    { ...base, id, parent_id: null, name, abbreviation, description: str(doc.description), contacts: contacts(doc, null), request_time_stats: timeStats(doc.request_time_stats, file) },
  ];
  for (const d of departments) {
    const dname = str(d.name);
    if (!dname) throw new DirectoryFormatError(file, 'a department has no name');
    const own = str(d.abbreviation);
    const added = supplemented.get(`${id}|${dname.toLowerCase()}`);
    rows.push({
      ...base,
      id: own ? own.toLowerCase() : (added ?? `${id}-${slugify(dname)}`),
      parent_id: id,
      name: dname,
      abbreviation: own ?? (added ? added.toUpperCase() : null),
      description: str(d.description),
      contacts: contacts(d, null),
      request_time_stats: timeStats(d.request_time_stats, file),
    });
  }
  return rows;
}

/** Reads every `*.yaml` in a folder (sorted by file name) into agency records; ids must be unique. */
export function convertDirectoryFolder(folder: string): AgencyRecord[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new DirectoryFormatError(folder, 'is not a folder');
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  if (files.length === 0) throw new DirectoryFormatError(folder, 'holds no .yaml files');
  const supplemented = engineAbbreviations();
  const rows: AgencyRecord[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parse(readFileSync(join(folder, file), 'utf8'), { schema: 'failsafe' });
    } catch (e) {
      throw new DirectoryFormatError(file, `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new DirectoryFormatError(file, 'is not a YAML mapping');
    for (const row of convertAgencyFile(doc as Yaml, file, supplemented)) {
      const other = seen.get(row.id);
      if (other) throw new DirectoryFormatError(file, `id '${row.id}' (${row.name}) is also used by ${other}: the id rule needs a decision`);
      seen.set(row.id, `${file} (${row.name})`);
      rows.push(row);
    }
  }
  return rows;
}
