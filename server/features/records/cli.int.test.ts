// ./bin/acceso documents add / show and ./bin/acceso search as a user runs them (real processes,
// SQLite): a generated PDF with known markings is read, its pages are found with their page
// numbers and snippets, the filters narrow the results, and bad options are refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFile } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { systemActor } from '../accounts/actor';
import { createUser } from '../accounts/create-user';
import { TEST_PASSWORD } from '../../test/factories';
import { runAcceso } from '../../test/cli';

describe('records on the command line (SQLite)', { timeout: 180_000 }, () => {
  let dir: string;
  let requestId = '';
  const acceso = (...args: string[]) => runAcceso(dir, args, { timeoutMs: 90_000 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acceso-records-cli-'));
    expect((await acceso('migrate', '--json')).code).toBe(0);
    const db = openSqliteFile(join(dir, 'data', 'acceso.sqlite'));
    await inTransaction(db, (trx) => createUser(trx, systemActor('test'), { email: 'ops@example.test', name: 'Ops', password: TEST_PASSWORD, role: 'owner', organisationName: 'Ops org' }));
    await db.destroy();
    const made = await acceso('requests', 'new', '--title', 'Biometric exit records', '--agency', 'cbp', '--filed', '2025-01-06', '--json');
    expect(made.code, made.stderr).toBe(0);
    requestId = JSON.parse(made.stdout).id;
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (const lines of [['Facial comparison pilot, airport list', 'Officer name (b)(6)'], ['Budget table for the vendor', 'Informant name (b)(7)(D) and (b)(6)']]) {
      const page = pdf.addPage([612, 792]);
      lines.forEach((l, i) => page.drawText(l, { x: 50, y: 700 - 20 * i, size: 12, font }));
    }
    writeFileSync(join(dir, 'release.pdf'), await pdf.save());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a PDF, reads it now, and shows its pages with their markings', async () => {
    const added = await acceso('documents', 'add', requestId, join(dir, 'release.pdf'), '--json');
    expect(added.code, added.stderr).toBe(0);
    const doc = JSON.parse(added.stdout);
    expect(doc).toMatchObject({ filename: 'release.pdf', status: 'ready', pages: 2, error: null });
    const shown = await acceso('documents', 'show', doc.id);
    expect(shown.stdout).toMatch(/p\.1 text \d+ chars b6×1/);
    expect(shown.stdout).toMatch(/p\.2 text \d+ chars b6×1 b7D×1/);
  });

  it('searches pages with page numbers and snippets, with filters', async () => {
    const found = JSON.parse((await acceso('search', 'vendor', '--json')).stdout);
    expect(found.items).toEqual([expect.objectContaining({ kind: 'page', request_id: requestId, page: 2, snippet: expect.stringContaining('<mark>vendor</mark>') })]);
    // An exclusion starts with "-": quoted (or after --) it is part of the query, not an option.
    const excluded = JSON.parse((await acceso('search', '--json', 'name -budget')).stdout);
    expect(excluded.items.map((i: { page: number }) => i.page)).toEqual([1]);
    expect(JSON.parse((await acceso('search', '--json', '--', 'name', '-budget')).stdout)).toEqual(excluded);
    const byExemption = JSON.parse((await acceso('search', 'b', '--exemption', 'b7D', '--type', 'pdf', '--agency', 'cbp', '--json')).stdout);
    expect(byExemption.items.map((i: { page: number }) => i.page)).toEqual([2]);
    const otherType = JSON.parse((await acceso('search', 'vendor', '--type', 'docx', '--json')).stdout);
    expect(otherType.items).toEqual([]);
    const text = await acceso('search', '"facial comparison"');
    expect(text.stdout).toMatch(/ p\.1 .*\*Facial comparison\*/);
  });

  it('rebuilds the index with search reindex and finds the same pages and requests as before', async () => {
    const before = JSON.parse((await acceso('search', 'vendor', '--json')).stdout);
    const requestBefore = JSON.parse((await acceso('search', 'biometric exit', '--kind', 'request', '--json')).stdout);
    const rebuilt = await acceso('search', 'reindex');
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/^reindexed \d+ items \(2 pages\) in [\d.]+ s$/m);
    expect(JSON.parse((await acceso('search', 'vendor', '--json')).stdout)).toEqual(before);
    const request = JSON.parse((await acceso('search', 'biometric exit', '--kind', 'request', '--json')).stdout);
    expect(request).toEqual(requestBefore);
  });

  it('refuses bad options and queries with a message, not an empty result', async () => {
    for (const args of [['x', '--from', '2025-13'], ['x', '--exemption', 'b10'], ['x', '--kind', 'file'], ['x', '--limit', '0'], ['-only']]) {
      const r = await acceso('search', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/error: /);
    }
  });
});
