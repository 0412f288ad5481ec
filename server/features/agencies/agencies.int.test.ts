// The agency directory on both databases: first-start seed of the federal directory, CSV import
// (dry run, real, rejected lines), re-import keeping people's edits, and the HTTP API.
import { describe, expect, it } from 'vitest';
import { listFederalAgencies } from '../../../law/index';
import { describeEachDatabase, type TestDatabase } from '../../test/databases';
import { inTransaction } from '../../db/transaction';
import { systemActor } from '../accounts/actor';
import { createUser } from '../accounts/create-user';
import { createToken } from '../accounts/create-token';
import { bundledFederalDirectory } from './directory/bundled';
import { seedFederalDirectory } from './commands/seedFederalDirectory';
import { importAgencies } from './commands/importAgencies';
import { directoryIncoming, readCsvSource } from './import/readSource';
import { countAgencies, findAgency } from './repository';

const cli = systemActor('cli');

async function auditCount(t: TestDatabase): Promise<number> {
  const r = await t.ctx.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function importCsv(t: TestDatabase, csv: string, dryRun: boolean) {
  const input = readCsvSource(csv, 'test.csv', { source: 'test fixture', sourceDate: '2026-11' });
  return inTransaction(t.ctx.db, (trx) => importAgencies(trx, cli, { ...input, dryRun }));
}

const STATE_CSV = [
  'id,name,jurisdiction,parent_id,abbreviation,email,phone,website,city,region,country',
  'us-tx-dps,Texas Department of Public Safety,us-tx,,DPS,records@example.org,512-555-0100,https://example.org/dps,Austin,TX,US',
  'us-tx-dps-crime-records,Crime Records Service,us-tx,us-tx-dps,,crs@example.org;crs2@example.org,,,Austin,TX,us',
].join('\n');

describeEachDatabase('agency directory', (t) => {
  let ownerToken = '';
  let viewerToken = '';

  it('seeds the bundled federal directory once, with components, parents, source and date on every row', async () => {
    const before = await auditCount(t());
    expect(await seedFederalDirectory(t().ctx.db)).toEqual({ seeded: true, agencies: bundledFederalDirectory().length });
    const db = t().ctx.db;
    expect(await countAgencies(db, { jurisdiction: 'us-federal' })).toBe(bundledFederalDirectory().length);
    const topLevel = await db.selectFrom('agencies').select('id').where('parent_id', 'is', null).execute();
    expect(topLevel.length).toBe(116); // one per YAML file of the 2017 directory
    const dhsComponents = (await db.selectFrom('agencies').select('id').where('parent_id', '=', 'dhs').execute()).map((r) => r.id);
    expect(dhsComponents).toEqual(expect.arrayContaining(['cbp', 'ice', 'uscis', 'uscg', 'fema', 'tsa', 'dhs-office-of-the-inspector-general']));
    const noSource = await db.selectFrom('agencies').select('id').where((eb) => eb.or([eb('source', 'not like', 'https://github.com/18F/2015-foia/%'), eb('source_date', '!=', '2017')])).execute();
    expect(noSource).toEqual([]);
    const cbp = await findAgency(db, 'cbp');
    expect(cbp?.source).toBe('https://github.com/18F/2015-foia/blob/master/contacts/data/DHS.yaml');
    expect(cbp?.contacts.request_form).toMatch(/^https:\/\/foia\.cbp\.gov\//);
    expect(cbp?.contacts.address?.postal_code).toBe('20229-1181');
    expect(await auditCount(t())).toBe(before + 1);
    // Second start: nothing happens.
    expect(await seedFederalDirectory(db)).toEqual({ seeded: false, agencies: 0 });
    expect(await auditCount(t())).toBe(before + 1);
  });

  it('reports a CSV import in a dry run without writing, then imports it', async () => {
    const audits = await auditCount(t());
    const dry = await importCsv(t(), STATE_CSV, true);
    expect(dry).toMatchObject({ dry_run: true, written: false, counts: { added: 2, changed: 0, unchanged: 0, rejected: 0 } });
    expect(dry.added.map((a) => [a.id, a.line])).toEqual([['us-tx-dps', 2], ['us-tx-dps-crime-records', 3]]);
    expect(await findAgency(t().ctx.db, 'us-tx-dps')).toBeUndefined();
    expect(await auditCount(t())).toBe(audits);

    const real = await importCsv(t(), STATE_CSV, false);
    expect(real).toMatchObject({ written: true, counts: { added: 2 } });
    const crs = await findAgency(t().ctx.db, 'us-tx-dps-crime-records');
    expect(crs).toMatchObject({ parent_id: 'us-tx-dps', jurisdiction: 'us-tx', source: 'test fixture', source_date: '2026-11', example: false });
    expect(crs?.contacts.emails).toEqual(['crs@example.org', 'crs2@example.org']);
    expect(crs?.contacts.address?.country).toBe('US');
    expect(await auditCount(t())).toBe(audits + 1);

    // The same file again changes nothing; a changed cell is reported field by field.
    expect((await importCsv(t(), STATE_CSV, true)).counts).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    const edited = STATE_CSV.replace('512-555-0100', '512-555-0199');
    const report = await importCsv(t(), edited, true);
    expect(report.counts).toMatchObject({ changed: 1, unchanged: 1 });
    expect(report.changed[0]).toMatchObject({ id: 'us-tx-dps', line: 2, changes: [{ field: 'contacts.phones', before: ['512-555-0100'], after: ['512-555-0199'] }] });
  });

  it('rejects bad lines with the line and reason, and writes nothing from that file', async () => {
    const agencies = await countAgencies(t().ctx.db);
    const audits = await auditCount(t());
    const bad = [
      'id,name,jurisdiction,parent_id,email,website',
      'mx-inm,Instituto Nacional de Migración,mx,,transparencia@example.mx,https://example.mx',
      'Bad Id,Something,mx,,,',
      'gt-igm,Instituto Guatemalteco de Migración,narnia,,,',
      'mx-inm-oficina,Oficina,mx,mx-nowhere,,',
      'mx-sre,Secretaría de Relaciones Exteriores,mx,,not-an-email,ftp://example.mx',
      'mx-inm,Duplicate,mx,,,',
      'short,row',
      'mx-child,Child of a rejected line,mx,gt-igm,,',
    ].join('\n');
    const report = await importCsv(t(), bad, false);
    expect(report.written).toBe(false);
    const byLine = Object.fromEntries(report.rejected.map((r) => [r.line, r.reason]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(byLine[3]).toMatch(/id 'Bad Id' is not valid/);
    expect(byLine[4]).toMatch(/jurisdiction 'narnia' is not known/);
    expect(byLine[5]).toMatch(/parent_id 'mx-nowhere' is not a known agency/);
    expect(byLine[6]).toMatch(/email 'not-an-email'.*website 'ftp:\/\/example.mx'/);
    expect(byLine[7]).toMatch(/appears again \(first at line 2\)/);
    expect(byLine[8]).toMatch(/has 2 cells; the header has 6/);
    expect(byLine[9]).toMatch(/parent_id 'gt-igm' was rejected \(line 4\)/);
    expect(await countAgencies(t().ctx.db)).toBe(agencies);
    expect(await findAgency(t().ctx.db, 'mx-inm')).toBeUndefined();
    expect(await auditCount(t())).toBe(audits);
  });

  it('serves the directory to anyone: search, filters, cursor pages, detail with components', async () => {
    const app = await t().app();
    const search = await app.inject({ method: 'GET', url: '/api/v1/agencies?q=customs%20border' });
    expect(search.statusCode).toBe(200);
    expect(search.json().items.map((a: { id: string }) => a.id)).toContain('cbp');
    // Query words match word beginnings: 'ICE' finds ICE, not every 'Office' and 'Service'.
    const byAbbreviation = (await app.inject({ method: 'GET', url: '/api/v1/agencies?q=ICE' })).json().items as { id: string; name: string; abbreviation: string | null }[];
    expect(byAbbreviation.map((a) => a.id)).toContain('ice');
    for (const a of byAbbreviation) expect(`${a.name} ${a.abbreviation ?? ''} ${a.id}`).toMatch(/(^|[^a-z])ice/i);
    const partial = (await app.inject({ method: 'GET', url: '/api/v1/agencies?q=citizen%20immig' })).json().items.map((a: { id: string }) => a.id);
    expect(partial).toEqual(['uscis']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json(): any } = await app.inject({ method: 'GET', url: `/api/v1/agencies?parent=dhs&limit=4${cursor ? `&cursor=${cursor}` : ''}` });
      expect(res.statusCode).toBe(200);
      const body: { items: { id: string }[]; next_cursor: string | null } = res.json();
      expect(body.items.length).toBeLessThanOrEqual(4);
      seen.push(...body.items.map((a) => a.id));
      cursor = body.next_cursor;
    } while (cursor);
    const components = await t().ctx.db.selectFrom('agencies').select('id').where('parent_id', '=', 'dhs').execute();
    expect(seen.length).toBe(components.length);
    expect(new Set(seen).size).toBe(seen.length);

    const tx = await app.inject({ method: 'GET', url: '/api/v1/agencies?jurisdiction=us-tx' });
    expect(tx.json().items.map((a: { id: string }) => a.id).sort()).toEqual(['us-tx-dps', 'us-tx-dps-crime-records']);

    const dhs = await app.inject({ method: 'GET', url: '/api/v1/agencies/dhs' });
    expect(dhs.statusCode).toBe(200);
    expect(dhs.json().components.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['cbp', 'ice']));
    const cbp = (await app.inject({ method: 'GET', url: '/api/v1/agencies/cbp' })).json();
    expect(cbp).toMatchObject({ parent: { id: 'dhs' }, source_date: '2017', contacts: { fax: '202-325-0230' } });

    expect((await app.inject({ method: 'GET', url: '/api/v1/agencies/nope' })).statusCode).toBe(404);
    const badCursor = await app.inject({ method: 'GET', url: '/api/v1/agencies?cursor=zzz' });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.headers['content-type']).toMatch(/problem\+json/);
  });

  it('lets an owner edit an agency, refuses others, and keeps the edit through a federal re-import', async () => {
    const { owner, viewer } = await inTransaction(t().ctx.db, async (trx) => {
      const o = await createUser(trx, cli, { email: 'owner@example.org', name: 'Owner', password: 'correct horse battery', role: 'owner', organisationName: 'Clinic' });
      await createUser(trx, cli, { email: 'viewer@example.org', name: 'Viewer', password: 'correct horse battery', role: 'viewer', organisationId: o.organisationId });
      return {
        owner: (await createToken(trx, cli, { email: 'owner@example.org' })).token,
        viewer: (await createToken(trx, cli, { email: 'viewer@example.org' })).token,
      };
    });
    ownerToken = owner;
    viewerToken = viewer;
    const app = await t().app();
    const patch = { contacts: { emails: ['foia-new@cbp.example.gov'] } };
    expect((await app.inject({ method: 'PATCH', url: '/api/v1/agencies/cbp', payload: patch })).statusCode).toBe(401);
    expect((await app.inject({ method: 'PATCH', url: '/api/v1/agencies/cbp', payload: patch, headers: { authorization: `Bearer ${viewerToken}` } })).statusCode).toBe(403);
    const bad = await app.inject({ method: 'PATCH', url: '/api/v1/agencies/cbp', payload: { contacts: { emails: ['nope'] } }, headers: { authorization: `Bearer ${ownerToken}` } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('contacts.emails');
    const cycle = await app.inject({ method: 'PATCH', url: '/api/v1/agencies/dhs', payload: { parent_id: 'cbp' }, headers: { authorization: `Bearer ${ownerToken}` } });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().detail).toMatch(/cycle/);

    const ok = await app.inject({ method: 'PATCH', url: '/api/v1/agencies/cbp', payload: patch, headers: { authorization: `Bearer ${ownerToken}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ contacts: { emails: ['foia-new@cbp.example.gov'] }, edited_fields: ['contacts.emails'] });
    const audit = await t().ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'agency.edit').where('subject_id', '=', 'cbp').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toEqual({ 'contacts.emails': ['foia-new@cbp.example.gov'] });

    // A newer copy of the directory in which CBP's e-mail and phone changed and DHS's phone too.
    const newer = bundledFederalDirectory().map((r) => {
      if (r.id === 'cbp') return { ...r, source_date: '2018', contacts: { ...r.contacts, emails: ['cbpfoia@cbp.example.gov'], phones: ['202-555-0101'] } };
      if (r.id === 'dhs') return { ...r, source_date: '2018', contacts: { ...r.contacts, phones: ['202-555-0102'] } };
      return r;
    });
    const report = await inTransaction(t().ctx.db, (trx) =>
      importAgencies(trx, cli, { source: 'newer directory', incoming: directoryIncoming(newer, (r) => r.id), dryRun: false }));
    expect(report.counts).toMatchObject({ added: 0, changed: 2, rejected: 0, kept_edits: 1, unchanged: newer.length - 2 });
    expect(report.kept_edits).toEqual([{ id: 'cbp', name: expect.any(String), fields: [{ field: 'contacts.emails', before: ['foia-new@cbp.example.gov'], after: ['cbpfoia@cbp.example.gov'] }] }]);
    expect(report.changed.find((c) => c.id === 'cbp')?.changes.map((c) => c.field)).toEqual(['contacts.phones']);
    const cbp = await findAgency(t().ctx.db, 'cbp');
    expect(cbp?.contacts.emails).toEqual(['foia-new@cbp.example.gov']);
    expect(cbp?.contacts.phones).toEqual(['202-555-0101']);
    expect(cbp?.source_date).toBe('2018');
    expect(cbp?.edited_fields).toEqual(['contacts.emails']);
  });

  it('imports CSV over HTTP: dry run report, 422 with lines when rejected, 400 on an unreadable file', async () => {
    const app = await t().app();
    const headers = { authorization: `Bearer ${ownerToken}`, 'content-type': 'text/csv' };
    const csv = 'id,name,jurisdiction,city,country\ngt-sat,Superintendencia de Administración Tributaria,gt,Guatemala,GT\n';
    const dry = await app.inject({ method: 'POST', url: '/api/v1/agencies/import?dry_run=true&name=gt.csv', headers, payload: csv });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dry_run: true, written: false, counts: { added: 1 }, added: [{ id: 'gt-sat', line: 2 }] });
    expect((await app.inject({ method: 'POST', url: '/api/v1/agencies/import', headers: { ...headers, authorization: `Bearer ${viewerToken}` }, payload: csv })).statusCode).toBe(403);
    const real = await app.inject({ method: 'POST', url: '/api/v1/agencies/import?source_date=2026-11-01', headers, payload: csv });
    expect(real.json()).toMatchObject({ written: true, counts: { added: 1 } });
    expect((await findAgency(t().ctx.db, 'gt-sat'))?.source_date).toBe('2026-11-01');

    const rejected = await app.inject({ method: 'POST', url: '/api/v1/agencies/import', headers, payload: 'id,name,jurisdiction\ngt-x,X,zz\n' });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json()).toMatchObject({ code: 'agency-import-rejected', errors: [{ field: 'line 2' }] });
    const unreadable = await app.inject({ method: 'POST', url: '/api/v1/agencies/import', headers, payload: 'id,name,colour\n' });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().detail).toMatch(/unknown column\(s\) 'colour'/);
  });
});

describe('agency id rule', () => {
  it('gives every bundled federal agency a unique, valid id and a parent that exists', () => {
    const rows = bundledFederalDirectory();
    const ids = new Set(rows.map((r) => r.id));
    expect(ids.size).toBe(rows.length);
    for (const r of rows) {
      expect(r.id).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/);
      if (r.parent_id) expect(ids.has(r.parent_id)).toBe(true);
    }
  });

  it('knows every federal agency the law engine has rules for, under the same parent', () => {
    const byId = new Map(bundledFederalDirectory().map((r) => [r.id, r]));
    const mismatches = listFederalAgencies().filter((a) => byId.get(a.id)?.parent_id !== a.parent).map((a) => `${a.id} (engine parent ${a.parent}, directory ${byId.get(a.id)?.parent_id ?? 'missing'})`);
    expect(mismatches).toEqual([]);
  });
});
