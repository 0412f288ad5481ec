// Each file kind through the real pipeline, and the limits: size, pages, archive entries, depth
// and expanded size (zip bomb), time.
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { defaultLimits, ingestLimitsFrom, type IngestLimits } from './limits';
import { runPipeline } from './pipeline';
import { runIsolated } from './sandbox';
import { makeDocx, makeZip } from './test-helpers';

const limits: IngestLimits = { ...defaultLimits, ocrMaxPages: 0 };
const run = (filename: string, data: Buffer, l: Partial<IngestLimits> = {}, declaredType: string | null = null) =>
  runPipeline({ filename, declaredType, data }, { ...limits, ...l });

async function blankPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage();
  return Buffer.from(await pdf.save());
}

describe('file kinds', () => {
  it('reads a Word document into sections and says pages are synthetic', async () => {
    const r = await run('letter.docx', makeDocx(['Dear requester,', 'Records are withheld under (b)(6).']));
    expect(r).toMatchObject({ status: 'ready', kind: 'docx' });
    expect(r.pages[0].text).toContain('Records are withheld under (b)(6).');
    expect(r.pages[0].exemptions).toEqual([{ code: 'b6', label: '(b)(6)', count: 1 }]);
    expect(r.flags.join(' ')).toMatch(/no fixed pages/);
  });

  it('reads a spreadsheet and flags hidden sheets, rows and columns', async () => {
    const wb = new ExcelJS.Workbook();
    const visible = wb.addWorksheet('Log');
    visible.addRow(['Date', 'Traveler', 'Secret note']);
    visible.addRow(['2024-01-02', 'A. Person', 'scanned']);
    visible.addRow(['2024-01-03', 'B. Person', 'flagged']).hidden = true;
    visible.getColumn(3).hidden = true;
    wb.addWorksheet('Withheld', { state: 'hidden' }).addRow(['internal only']);
    const r = await run('log.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r).toMatchObject({ status: 'ready', kind: 'sheet' });
    const all = r.pages.map((p) => p.text).join('\n');
    expect(all).toContain('B. Person');
    expect(all).toContain('[hidden row 3]');
    expect(all).toContain('internal only');
    expect(r.flags.some((f) => /Sheet "Withheld" is hidden/.test(f))).toBe(true);
    expect(r.flags.some((f) => /1 hidden row\(s\): 3/.test(f))).toBe(true);
    expect(r.flags.some((f) => /hidden column\(s\): C/.test(f))).toBe(true);
  });

  it('reads CSV', async () => {
    const r = await run('list.csv', Buffer.from('name,office\n"Doe, J.",Border Patrol\n'));
    expect(r).toMatchObject({ status: 'ready', kind: 'sheet' });
    expect(r.pages[0].text).toContain('Doe, J.\tBorder Patrol');
  });

  it('reads an e-mail and hands its attachments on as documents of their own', async () => {
    const eml = [
      'From: FOIA Office <foia@agency.example>', 'To: requester@example.org', 'Subject: Final response 2024-FO-123',
      'Date: Tue, 02 Jan 2024 10:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: text/plain', '', 'Please find the records attached.', '--b',
      'Content-Type: text/csv; name="index.csv"', 'Content-Disposition: attachment; filename="index.csv"', '', 'a,b', '--b--', '',
    ].join('\r\n');
    const r = await run('reply.eml', Buffer.from(eml));
    expect(r).toMatchObject({ status: 'ready', kind: 'email' });
    expect(r.pages[0].text).toContain('Subject: Final response 2024-FO-123');
    expect(r.pages[0].text).toContain('Please find the records attached.');
    expect(r.children.map((c) => c.filename)).toEqual(['index.csv']);
  });

  it('reads an e-mail forwarded inside an e-mail, one level deeper, and stops at the depth limit', async () => {
    const inner = ['From: Records Officer <records@agency.example>', 'To: foia@agency.example', 'Subject: Search results for 2024-FO-123',
      'MIME-Version: 1.0', 'Content-Type: text/plain', '', 'Responsive records were located in the entry-exit system.', ''].join('\r\n');
    const outer = ['From: FOIA Office <foia@agency.example>', 'To: requester@example.org', 'Subject: Fwd: search results', 'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="o"', '', '--o', 'Content-Type: text/plain', '', 'Forwarding the search memo.', '--o',
      'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="search.eml"', '', inner, '--o--', ''].join('\r\n');
    const r = await run('fwd.eml', Buffer.from(outer));
    expect(r).toMatchObject({ status: 'ready', kind: 'email' });
    expect(r.children).toHaveLength(1);
    const child = r.children[0];
    const nested = await runPipeline({ filename: child.filename, declaredType: child.mediaType, data: child.data, depth: 1 }, limits);
    expect(nested).toMatchObject({ status: 'ready', kind: 'email' });
    expect(nested.pages[0].text).toContain('Subject: Search results for 2024-FO-123');
    expect(nested.pages[0].text).toContain('entry-exit system');
    const tooDeep = await runPipeline({ filename: 'fwd.eml', declaredType: null, data: Buffer.from(outer), depth: 3 }, { ...limits, archiveDepth: 3 });
    expect(tooDeep.children).toEqual([]);
    expect(tooDeep.flags.join(' ')).toMatch(/not opened: nested deeper than 3/);
  });

  it('lists a ZIP archive and returns its files', async () => {
    const zip = makeZip([{ name: 'release/page1.txt', data: Buffer.from('first') }, { name: 'release/page2.txt', data: Buffer.from('second') }]);
    const r = await run('release.zip', zip);
    expect(r).toMatchObject({ status: 'ready', kind: 'zip' });
    expect(r.children.map((c) => [c.path, c.data.toString()])).toEqual([['release/page1.txt', 'first'], ['release/page2.txt', 'second']]);
    expect(r.pages[0].text).toContain('release/page2.txt');
  });

  it('keeps a file it cannot read, saying so', async () => {
    const r = await run('blob.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    expect(r.status).toBe('failed');
    expect(r.failure).toMatchObject({ step: 'sniff', code: 'unsupported_type' });
  });

  it('reports an encrypted PDF as encrypted', async () => {
    const { readFileSync } = await import('node:fs');
    const r = await run('x.pdf', readFileSync(new URL('./fixtures/pdf/qpdf-bad/bad-encryption-length.pdf', import.meta.url)));
    expect(r.failure).toMatchObject({ step: 'pdf', code: 'encrypted' });
    expect(r.failure!.message).toMatch(/encrypted/);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit', async () => {
    const r = await run('big.txt', Buffer.alloc(5000, 'a'), { maxBytes: 4096 });
    expect(r.failure).toMatchObject({ code: 'too_large' });
    expect(r.failure!.message).toMatch(/4096/);
  });

  it('refuses a PDF over the page limit', async () => {
    const r = await run('long.pdf', await blankPdf(5), { maxPages: 4 });
    expect(r.failure).toMatchObject({ step: 'pdf', code: 'too_many_pages' });
  });

  it('stops a zip bomb by the expanded size, counting inflated bytes', async () => {
    const bomb = makeZip([{ name: 'zeros.txt', data: Buffer.alloc(20 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    const r = await run('bomb.zip', bomb, { archiveExpandedBytes: 1024 * 1024 });
    expect(r.failure).toMatchObject({ step: 'zip', code: 'archive_limit' });
  });

  it('limits the number of entries and the nesting depth', async () => {
    const many = makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from(String(i)) })));
    expect((await run('many.zip', many, { archiveEntries: 5 })).failure).toMatchObject({ code: 'archive_limit' });
    const inner = makeZip([{ name: 'a.txt', data: Buffer.from('a') }]);
    const r = await runPipeline({ filename: 'inner.zip', declaredType: null, data: inner, depth: 3 }, { ...limits, archiveDepth: 3 });
    expect(r.failure).toMatchObject({ code: 'archive_limit' });
    expect(r.failure!.message).toMatch(/nested deeper than 3/);
  });

  it('stops a document at the time limit, in a child process that is then killed', async () => {
    const { readFileSync } = await import('node:fs');
    const data = readFileSync(new URL('./fixtures/pdf/scanned/c02-22.pdf', import.meta.url));
    const started = Date.now();
    const r = await runIsolated({ filename: 'scan.pdf', declaredType: null, data }, { ...defaultLimits, timeMs: 1000 });
    expect(r.status).toBe('failed');
    expect(r.failure!.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('stops a document above the memory limit (resident memory of the reading process)', { timeout: 30_000 }, async () => {
    // Any Node process needs more than 30 MB resident: the watch must kill it and say why.
    const r = await runIsolated({ filename: 'a.txt', declaredType: null, data: Buffer.from('x') }, { ...defaultLimits, memoryMb: 30 });
    expect(r.failure).toMatchObject({ code: 'out_of_memory' });
    expect(r.failure!.message).toMatch(/30 MB/);
  });

  it('reads limits from the environment and lists every bad value', () => {
    expect(ingestLimitsFrom({}, { ACCESO_INGEST_OCR_MAX_PAGES: '3' }).ocrMaxPages).toBe(3);
    const bad = () => ingestLimitsFrom({}, { ACCESO_INGEST_OCR_MAX_PAGES: 'many', ACCESO_INGEST_OCR_LANGUAGES: 'eng,fra' });
    expect(bad).toThrow(/ACCESO_INGEST_OCR_MAX_PAGES="many"/);
    expect(bad).toThrow(/"fra" is not installed/);
  });
});
