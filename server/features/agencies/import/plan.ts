// Works out what an import would do, field by field, without writing anything: the same plan
// serves the dry run and the real import (docs/decisions/0402-agency-edits-and-reimport.md).
import { isDeepStrictEqual } from 'node:util';
import type { Agency, AgencyRecord } from '../agency';
import { CONTACT_FIELDS } from '../contacts';
import { validateRecord } from './validate';

/** One agency as an import file brings it. */
export interface IncomingAgency {
  record: AgencyRecord;
  /** 1-based line in a CSV file (the header is line 1), or null for other formats. */
  line: number | null;
  /** Where a person finds it: 'line 7', 'DHS.yaml'. */
  where: string;
  /** The comparable fields this file carries (a CSV column left out leaves that field alone). */
  fields: readonly string[];
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ImportReport {
  source: string;
  dry_run: boolean;
  /** true once the changes are in the database; a file with any rejected line writes nothing. */
  written: boolean;
  counts: { added: number; changed: number; unchanged: number; rejected: number; kept_edits: number };
  added: { line: number | null; where: string; id: string; name: string }[];
  changed: { line: number | null; where: string; id: string; name: string; changes: FieldChange[] }[];
  unchanged: string[];
  /** Differences left alone because a person edited that field (before = stored, after = file). */
  kept_edits: { id: string; name: string; fields: FieldChange[] }[];
  rejected: { line: number | null; where: string; id: string | null; reason: string }[];
}

export interface ImportPlan {
  report: ImportReport;
  /** New agencies, parents before their components. */
  inserts: AgencyRecord[];
  /** Stored agencies with the import's changes applied. */
  updates: Agency[];
}

/** Every field an import compares: the record's own fields and each contact field. */
export const COMPARED_FIELDS: readonly string[] = [
  'name',
  'abbreviation',
  'parent_id',
  'jurisdiction',
  'description',
  'request_time_stats',
  ...CONTACT_FIELDS.map((f) => `contacts.${f}`),
];

export function getField(a: AgencyRecord, field: string): unknown {
  if (field.startsWith('contacts.')) return a.contacts[field.slice(9) as keyof typeof a.contacts];
  return a[field as keyof AgencyRecord];
}

export function setField<T extends AgencyRecord>(a: T, field: string, value: unknown): T {
  if (field.startsWith('contacts.')) return { ...a, contacts: { ...a.contacts, [field.slice(9)]: value } };
  return { ...a, [field]: value };
}

export function planImport(
  source: string,
  incoming: IncomingAgency[],
  stored: Map<string, Agency>,
  options: {
    dryRun: boolean;
    knownJurisdictions: ReadonlySet<string>;
    overwriteEdits?: boolean;
    /** Lines the reader could not turn into a row at all. */
    unreadable?: { line: number; reason: string }[];
  },
): ImportPlan {
  const report: ImportReport = {
    source,
    dry_run: options.dryRun,
    written: false,
    counts: { added: 0, changed: 0, unchanged: 0, rejected: 0, kept_edits: 0 },
    added: [],
    changed: [],
    unchanged: [],
    kept_edits: [],
    rejected: [],
  };
  const reject = (inc: IncomingAgency, reason: string) =>
    report.rejected.push({ line: inc.line, where: inc.where, id: inc.record.id || null, reason });
  for (const u of options.unreadable ?? []) report.rejected.push({ line: u.line, where: `line ${u.line}`, id: null, reason: u.reason });

  // 1. Each row on its own, and duplicate ids within the file.
  const firstSeen = new Map<string, IncomingAgency>();
  const candidates: IncomingAgency[] = [];
  for (const inc of incoming) {
    const problems = validateRecord(inc.record, options.knownJurisdictions);
    if (problems.length) {
      reject(inc, problems.join('; '));
      continue;
    }
    const earlier = firstSeen.get(inc.record.id);
    if (earlier) {
      reject(inc, `id '${inc.record.id}' appears again (first at ${earlier.where})`);
      continue;
    }
    firstSeen.set(inc.record.id, inc);
    candidates.push(inc);
  }

  // 2. What each accepted row would become once merged with what is stored.
  const merged = new Map<string, { inc: IncomingAgency; result: AgencyRecord }>();
  for (const inc of candidates) {
    const current = stored.get(inc.record.id);
    let result: AgencyRecord = current ?? inc.record;
    if (current) for (const field of inc.fields) if (!current.edited_fields.includes(field) || options.overwriteEdits) result = setField(result, field, getField(inc.record, field));
    merged.set(inc.record.id, { inc, result });
  }

  // 3. Parents must exist (stored or in this file), share the jurisdiction and form no cycle;
  //    a row whose parent was rejected is rejected too. Repeat until nothing more falls out.
  const parentOf = (id: string) => merged.get(id)?.result.parent_id ?? stored.get(id)?.parent_id ?? null;
  const jurisdictionOf = (id: string) => merged.get(id)?.result.jurisdiction ?? stored.get(id)?.jurisdiction;
  let removed = true;
  while (removed) {
    removed = false;
    for (const [id, { inc, result }] of merged) {
      const parent = result.parent_id;
      let reason: string | null = null;
      if (parent !== null) {
        const rejectedParent = report.rejected.find((r) => r.id === parent && !stored.has(parent));
        if (rejectedParent) reason = `parent_id '${parent}' was rejected (${rejectedParent.where})`;
        else if (!merged.has(parent) && !stored.has(parent)) reason = `parent_id '${parent}' is not a known agency and is not in this file`;
        else if (jurisdictionOf(parent) !== result.jurisdiction) reason = `parent_id '${parent}' is in jurisdiction '${jurisdictionOf(parent)}', not '${result.jurisdiction}'`;
        else {
          const seen = new Set([id]);
          for (let p: string | null = parent; p !== null; p = parentOf(p)) {
            if (seen.has(p)) {
              reason = `parent_id '${parent}' would make a cycle (${[...seen, p].join(' -> ')})`;
              break;
            }
            seen.add(p);
          }
        }
      }
      if (reason) {
        reject(inc, reason);
        merged.delete(id);
        removed = true;
      }
    }
  }

  // 4. Classify, field by field.
  const inserts: AgencyRecord[] = [];
  const updates: Agency[] = [];
  for (const { inc, result } of merged.values()) {
    const current = stored.get(inc.record.id);
    if (!current) {
      inserts.push(result);
      report.added.push({ line: inc.line, where: inc.where, id: result.id, name: result.name });
      continue;
    }
    const changes: FieldChange[] = [];
    const kept: FieldChange[] = [];
    for (const field of inc.fields) {
      const before = getField(current, field);
      const after = getField(inc.record, field);
      if (isDeepStrictEqual(before, after)) continue;
      if (current.edited_fields.includes(field) && !options.overwriteEdits) kept.push({ field, before, after });
      else changes.push({ field, before, after });
    }
    if (kept.length) report.kept_edits.push({ id: current.id, name: current.name, fields: kept });
    if (changes.length === 0) {
      report.unchanged.push(current.id);
      continue;
    }
    // The row's source and date move with its data; an unchanged row keeps the ones it has.
    const overwritten = new Set(changes.map((c) => c.field));
    updates.push({
      ...(result as Agency),
      edited_fields: current.edited_fields.filter((f) => !overwritten.has(f)),
      source: inc.record.source,
      source_date: inc.record.source_date,
    });
    report.changed.push({ line: inc.line, where: inc.where, id: current.id, name: current.name, changes });
  }

  report.rejected.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.where.localeCompare(b.where));
  report.counts = {
    added: report.added.length,
    changed: report.changed.length,
    unchanged: report.unchanged.length,
    rejected: report.rejected.length,
    kept_edits: report.kept_edits.length,
  };
  return { report, inserts: parentsFirst(inserts), updates };
}

/** Orders new agencies so each parent is inserted before its components (foreign key). */
function parentsFirst(records: AgencyRecord[]): AgencyRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const out: AgencyRecord[] = [];
  const placed = new Set<string>();
  const place = (r: AgencyRecord) => {
    if (placed.has(r.id)) return;
    placed.add(r.id);
    const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
    if (parent) place(parent);
    out.push(r);
  };
  records.forEach(place);
  return out;
}
