// The federal directory conversion rules (docs/decisions/0401-agency-ids.md) on small YAML files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertDirectoryFolder, DirectoryFormatError } from './convert';
import { fromBundle, toBundle } from './bundled';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'acceso-yaml-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const SINGLE = `abbreviation: XYZ
name: Example Commission
description: A commission.
departments:
- name: Headquarters
  address:
    address_lines:
    - FOIA Officer
    city: APO
    state: AE
    street: Unit 29951
    zip: 09751
  emails:
  - foia@xyz.gov
  - someone@xyz
  phone: 202-555-0100
  website: www.xyz.gov
  request_form: N/A
  misc:
    FOIA Assistant:
      name: A. Person
      phone:
      - 202-555-0101
  reading_rooms:
  - - Reading Room
    - https://xyz.gov/rr
  - - Library
  - https://xyz.gov/lib
  top_level: false
request_time_stats:
  '2016':
    simple_median_days: '12'
    simple_lowest_days: less than 1
`;

const MULTI = `abbreviation: DHS
name: Department of Homeland Security
departments:
- name: Headquarters & Privacy Office
  emails:
  - foia@hq.dhs.gov
- abbreviation: CBP
  name: U.S. Customs & Border Protection
  phone: 202-325-0150
- name: Transportation Security Administration
- name: Office of the Inspector General
`;

describe('federal directory conversion', () => {
  it('makes a single-office agency one row and keeps values as written, or says why not', () => {
    const [row, ...rest] = convertDirectoryFolder(folder({ 'XYZ.yaml': SINGLE }));
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ id: 'xyz', parent_id: null, abbreviation: 'XYZ', jurisdiction: 'us-federal', source_date: '2017' });
    expect(row.source).toBe('https://github.com/18F/2015-foia/blob/master/contacts/data/XYZ.yaml');
    expect(row.contacts.office).toBe('Headquarters');
    expect(row.contacts.address).toEqual({ lines: ['FOIA Officer'], street: 'Unit 29951', city: 'APO', region: 'AE', postal_code: '09751', country: 'US' });
    expect(row.contacts.emails).toEqual(['foia@xyz.gov']);
    expect(row.contacts.website).toBe('http://www.xyz.gov');
    expect(row.contacts.request_form).toBeNull();
    expect(row.contacts.notes).toBe("Not usable as written in the 2017 directory: email 'someone@xyz'.");
    expect(row.contacts.other_contacts).toEqual([{ role: 'FOIA Assistant', name: 'A. Person', phones: ['202-555-0101'] }]);
    expect(row.contacts.reading_rooms).toEqual([{ title: 'Reading Room', url: 'https://xyz.gov/rr' }, { title: 'Library', url: 'https://xyz.gov/lib' }]);
    expect(row.request_time_stats).toEqual({ '2016': { simple_median_days: 12, simple_lowest_days: 'less than 1' } });
  });

  it('names components by abbreviation, by the law engine abbreviation, or by parent + slug', () => {
    const rows = convertDirectoryFolder(folder({ 'DHS.yaml': MULTI }));
    expect(rows.map((r) => [r.id, r.parent_id])).toEqual([
      ['dhs', null],
      ['dhs-headquarters-and-privacy-office', 'dhs'],
      ['cbp', 'dhs'],
      ['tsa', 'dhs'],
      ['dhs-office-of-the-inspector-general', 'dhs'],
    ]);
    expect(rows[3].abbreviation).toBe('TSA');
    expect(rows[4].abbreviation).toBeNull();
  });

  it('round-trips through the compact bundle form', () => {
    const rows = convertDirectoryFolder(folder({ 'DHS.yaml': MULTI, 'XYZ.yaml': SINGLE }));
    const bundle = JSON.parse(JSON.stringify(toBundle(rows, { source: 's', source_date: '2017', licence: 'l', generated_by: 'g' })));
    expect(fromBundle(bundle)).toEqual(rows);
  });

  it('refuses a folder where two agencies would get one id', () => {
    const f = folder({ 'A.yaml': MULTI, 'B.yaml': MULTI.replace('abbreviation: DHS', 'abbreviation: DHS2') });
    expect(() => convertDirectoryFolder(f)).toThrow(DirectoryFormatError);
    expect(() => convertDirectoryFolder(f)).toThrow(/id 'cbp'.*also used by A.yaml/);
  });
});
