// XLSX (exceljs) and CSV (csv-parse). Each sheet becomes pages of rows. Hidden sheets, rows and
// columns are read too — released spreadsheets sometimes hide what was meant to be withheld — and
// flagged on the document and marked in the text.
import { parse } from 'csv-parse/sync';
import { IngestError, type ExtractedPage, type IngestStep } from '../step';
import { decodeText } from './text';
import { describe } from './pdf';

const ROWS_PER_PAGE = 200;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('richText' in o && Array.isArray(o.richText)) return o.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('text' in o) return String(o.text);
    if ('result' in o) return cellText(o.result);
    if ('error' in o) return String(o.error);
    return '';
  }
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

export const sheetStep: IngestStep = {
  name: 'sheet',
  canRun: (doc) => doc.kind === 'sheet',
  async run(doc, ctx) {
    const pages: ExtractedPage[] = [];
    const push = (header: string, lines: string[]) => {
      for (let i = 0; i < lines.length || i === 0; i += ROWS_PER_PAGE) {
        pages.push({ number: pages.length + 1, text: `${header}\n${lines.slice(i, i + ROWS_PER_PAGE).join('\n')}`.slice(0, ctx.limits.pageChars), source: 'text' });
        if (pages.length > ctx.limits.maxPages) throw new IngestError('sheet', 'too_many_pages', `The spreadsheet makes more than ${ctx.limits.maxPages} pages (ACCESO_MAX_DOCUMENT_PAGES).`);
      }
    };
    if (doc.mediaType === 'text/csv') {
      let rows: string[][];
      try {
        rows = parse(decodeText(doc.data), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true });
      } catch (e) {
        throw new IngestError('sheet', 'damaged', `The CSV file could not be read: ${describe(e)}.`);
      }
      push('CSV', rows.map((r) => r.join('\t')));
      doc.pages = pages;
      return;
    }
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(doc.data as unknown as ArrayBuffer);
    } catch (e) {
      throw new IngestError('sheet', 'damaged', `The spreadsheet could not be read: ${describe(e)}.`);
    }
    for (const ws of workbook.worksheets) {
      const hiddenSheet = ws.state === 'hidden' || ws.state === 'veryHidden';
      if (hiddenSheet) doc.flags.push(`Sheet "${ws.name}" is hidden${ws.state === 'veryHidden' ? ' (very hidden: not listed in Excel\'s Unhide menu)' : ''}.`);
      const hiddenCols: number[] = [];
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c);
      if (hiddenCols.length) doc.flags.push(`Sheet "${ws.name}": ${hiddenCols.length} hidden column(s): ${hiddenCols.map(colName).join(', ')}.`);
      const hiddenRows: number[] = [];
      const lines: string[] = [];
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = values.map((v, i) => (hiddenCols.includes(i + 1) ? `[hidden column ${colName(i + 1)}] ` : '') + cellText(v));
        if (row.hidden) hiddenRows.push(n);
        lines.push(`${row.hidden ? `[hidden row ${n}] ` : ''}${cells.join('\t')}`);
      });
      if (hiddenRows.length) doc.flags.push(`Sheet "${ws.name}": ${hiddenRows.length} hidden row(s): ${hiddenRows.slice(0, 20).join(', ')}${hiddenRows.length > 20 ? ', …' : ''}.`);
      push(`Sheet: ${ws.name}${hiddenSheet ? ' [hidden sheet]' : ''}`, lines);
    }
    doc.pages = pages;
  },
};

function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
