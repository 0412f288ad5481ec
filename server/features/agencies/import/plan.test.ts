// The import plan on its own: cycles, edits kept, CSV line numbers across quoted line breaks.
import { describe, expect, it } from 'vitest';
import type { Agency, AgencyRecord } from '../agency';
import { emptyContacts } from '../contacts';
import { parseAgencyCsv } from './csv';
import { COMPARED_FIELDS, planImport } from './plan';

const record = (id: string, parent_id: string | null, extra: Partial<AgencyRecord> = {}): AgencyRecord => ({
  id, parent_id, jurisdiction: 'mx', name: id.toUpperCase(), abbreviation: null, description: null, contacts: emptyContacts(),
  request_time_stats: null, source: 'test', source_date: '2026', example: false, ...extra,
});
const stored = (r: AgencyRecord, edited: string[] = []): Agency => ({ ...r, edited_fields: edited, created_at: 't', updated_at: 't' });
const options = { dryRun: true, knownJurisdictions: new Set(['mx', 'gt']) };

describe('import plan', () => {
  it('rejects a parent change that would make a cycle through stored agencies', () => {
    const db = new Map([['mx-a', stored(record('mx-a', null))], ['mx-b', stored(record('mx-b', 'mx-a'))], ['mx-c', stored(record('mx-c', 'mx-b'))]]);
    const plan = planImport('f', [{ record: record('mx-a', 'mx-c'), line: 2, where: 'line 2', fields: ['parent_id'] }], db, options);
    expect(plan.report.rejected).toEqual([{ line: 2, where: 'line 2', id: 'mx-a', reason: "parent_id 'mx-c' would make a cycle (mx-a -> mx-c -> mx-b -> mx-a)" }]);
    expect(plan.updates).toEqual([]);
  });

  it('orders new parents before their components, and keeps edited fields unless told otherwise', () => {
    const db = new Map([['mx-a', stored(record('mx-a', null, { name: 'Edited by hand', abbreviation: 'OLD' }), ['name'])]]);
    const incoming = [
      { record: record('mx-child', 'mx-new'), line: 2, where: 'line 2', fields: COMPARED_FIELDS },
      { record: record('mx-new', null), line: 3, where: 'line 3', fields: COMPARED_FIELDS },
      { record: record('mx-a', null, { name: 'From file', abbreviation: 'NEW' }), line: 4, where: 'line 4', fields: ['name', 'abbreviation'] },
    ];
    const plan = planImport('f', incoming, db, options);
    expect(plan.inserts.map((r) => r.id)).toEqual(['mx-new', 'mx-child']);
    expect(plan.report.kept_edits).toEqual([{ id: 'mx-a', name: 'Edited by hand', fields: [{ field: 'name', before: 'Edited by hand', after: 'From file' }] }]);
    expect(plan.updates[0]).toMatchObject({ name: 'Edited by hand', abbreviation: 'NEW', edited_fields: ['name'] });

    const overwrite = planImport('f', incoming, db, { ...options, overwriteEdits: true });
    expect(overwrite.updates[0]).toMatchObject({ name: 'From file', abbreviation: 'NEW', edited_fields: [] });
    expect(overwrite.report.kept_edits).toEqual([]);
  });

  it('numbers CSV lines as a text editor does, across quoted line breaks and blank lines', () => {
    const csv = 'id,name,jurisdiction,notes\r\nmx-a,A,mx,"two\r\nlines"\r\n\r\nmx-b,B,mx,\r\n';
    const parsed = parseAgencyCsv(csv, { source: 's', sourceDate: '2026' });
    expect(parsed.incoming.map((i) => [i.record.id, i.line])).toEqual([['mx-a', 2], ['mx-b', 5]]);
    expect(parsed.incoming[0].record.contacts.notes).toBe('two\nlines');
    expect(parsed.incoming[0].fields).toEqual(['name', 'jurisdiction', 'contacts.notes']);
  });
});
