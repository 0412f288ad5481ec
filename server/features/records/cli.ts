// CLI: `documents add|show|reprocess` and `search <words>` / `search reindex`, acting as the
// operator (system actor), over the same commands as the API.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { inTransaction } from '../../db/transaction';
import { blobStoreOf } from '../../blobs/context';
import { sqliteHandleOf, dialectOf } from '../../db/database';
import { action, CliError, printJson, withContext } from '../../cli/run';
import { search, QueryError } from '../../search';
import { reindexSqlite } from '../../search/reindex-sqlite';
import { loadRequestForActor } from '../requests/access';
import { systemActor } from '../accounts/actor';
import { processDocument } from './commands/processDocument';
import { reprocessDocument } from './commands/reprocessDocument';
import { submitDocument } from './commands/submitDocument';
import { presentDocument, presentDocumentDetail } from './presenter';
import { findDocument } from './repository';

export function registerRecordsCommands(program: Command): void {
  const documents = program.command('documents').description('released records: add files to a request, see how they were read');

  documents.command('add <request> <file>')
    .description('store a file as a document of the request and read it now (text, OCR, exemptions, search index)')
    .option('--queue', 'only queue it for the worker instead of reading it now')
    .option('--json', 'print the document as JSON')
    .action(action(async (requestId: string, file: string, opts: { queue?: boolean; json?: boolean }) => {
      let size: number;
      try { size = statSync(file).size; } catch { throw new CliError(`cannot read ${file}: no such file`); }
      await withContext(async (ctx) => {
        if (size > ctx.env.limits.uploadBytes) throw new CliError(`${file} is ${size} bytes; the limit is ${ctx.env.limits.uploadBytes} (ACCESO_MAX_UPLOAD_BYTES)`);
        const actor = systemActor('cli');
        const request = await loadRequestForActor(ctx.db, actor, requestId, 'write');
        const ref = await blobStoreOf(ctx).put(readFileSync(file));
        const { documentId } = await inTransaction(ctx.db, (trx) => submitDocument(trx, { requestId: request.id, blob: ref, filename: basename(file), actor: 'cli' }));
        if (!opts.queue) await processDocument(ctx, documentId);
        const doc = presentDocument((await findDocument(ctx.db, documentId))!);
        if (opts.json) return printJson(doc);
        process.stdout.write(`${doc.id}  ${doc.filename}  ${doc.status}${doc.pages !== null ? `  ${doc.pages} page(s)` : ''}${doc.error ? `\n  ${doc.error}` : ''}\n`);
      });
    }));

  documents.command('show <id>')
    .description('a document with its pages (source, notes, exemptions)')
    .option('--json', 'print JSON')
    .action(action(async (id: string, opts: { json?: boolean }) => withContext(async (ctx) => {
      const doc = await findDocument(ctx.db, id);
      if (!doc) throw new CliError(`no document ${JSON.stringify(id)}`);
      const detail = await presentDocumentDetail(ctx.db, doc);
      if (opts.json) return printJson(detail);
      process.stdout.write(`${detail.filename}: ${detail.status}, ${detail.pages ?? 0} page(s)${detail.error ? `\n  ${detail.error}` : ''}\n`);
      for (const f of detail.flags) process.stdout.write(`  ! ${f}\n`);
      for (const p of detail.page_list) process.stdout.write(`  p.${p.page} ${p.source} ${p.chars} chars${p.exemptions.length ? ' ' + p.exemptions.map((e) => `${e.code}×${e.count}`).join(' ') : ''}${p.note ? ` — ${p.note}` : ''}\n`);
    })));

  documents.command('reprocess <id>')
    .description('read a document again now')
    .action(action(async (id: string) => withContext(async (ctx) => {
      await inTransaction(ctx.db, (trx) => reprocessDocument(trx, id, 'cli'));
      const out = await processDocument(ctx, id);
      process.stdout.write(`${id}: ${out.status}\n`);
    })));

  const searchCmd = program.command('search [words...]')
    .description('full-text search over document pages, messages and requests ("a phrase", prefix*, -exclude); quote a query with -excluded words, or put -- before it: search "biometric -airport"')
    .option('--request <id>', 'only this request')
    .option('--agency <id>', 'only this agency')
    .option('--exemption <code>', 'only pages marked with this exemption (b6, b7C…)')
    .option('--from <YYYY-MM-DD>', 'only items dated on or after this day')
    .option('--to <YYYY-MM-DD>', 'only items dated on or before this day')
    .option('--type <type>', 'only documents of this kind (pdf, docx, sheet, email, zip, text, image) or media type')
    .option('--kind <kind>', 'only page, message or request')
    .option('--limit <n>', 'how many', '20')
    .option('--offset <n>', 'skip this many (the next page of results)', '0')
    .option('--json', 'print {"items": [...]}')
    .action(action(async (words: string[], opts: { request?: string; agency?: string; exemption?: string; from?: string; to?: string; type?: string; kind?: string; limit: string; offset: string; json?: boolean }) => {
      if (!words.length) throw new CliError('give the words to look for, e.g. ./bin/acceso search "facial comparison"');
      // The same checks as GET /api/v1/search, so a typo is an error rather than an empty result.
      for (const [name, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`${name} must be a day as YYYY-MM-DD, not ${JSON.stringify(value)}`);
      }
      if (opts.kind !== undefined && !['page', 'message', 'request'].includes(opts.kind)) throw new CliError(`--kind must be page, message or request, not ${JSON.stringify(opts.kind)}`);
      if (opts.exemption !== undefined && !/^(b[1-9]|b7[A-F]|j[12]|k[1-7])$/.test(opts.exemption)) throw new CliError(`--exemption must be a code such as b6, b7C or k2, not ${JSON.stringify(opts.exemption)}`);
      const limit = Number(opts.limit), offset = Number(opts.offset);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CliError('--limit must be a whole number from 1 to 100');
      if (!Number.isInteger(offset) || offset < 0) throw new CliError('--offset must be a whole number, 0 or more');
      await withContext(async (ctx) => {
        let result;
        try {
          result = await search(ctx.db, words.join(' '), {
            scope: { kind: 'all' }, limit, offset,
            filters: { requestId: opts.request, agencyId: opts.agency, exemption: opts.exemption, from: opts.from, to: opts.to, fileType: opts.type, kind: opts.kind as 'page' | 'message' | 'request' | undefined },
          });
        } catch (e) {
          if (e instanceof QueryError) throw new CliError(e.message);
          throw e;
        }
        const items = result.items.map((h) => ({ document_id: h.document_id, request_id: h.request_id, page: h.page, snippet: h.snippet, kind: h.kind, ref_id: h.ref_id, score: h.score }));
        if (opts.json) return printJson({ items });
        if (!items.length) process.stdout.write('no matches\n');
        for (const h of items) process.stdout.write(`${h.kind === 'page' ? `${h.document_id} p.${h.page}` : `${h.kind} ${h.ref_id}`}  ${plain(h.snippet)}\n`);
      });
    }));

  searchCmd.command('reindex')
    .description('rebuild the search index of every document page (SQLite: bulk; PostgreSQL: the index is a generated column)')
    .action(action(async () => withContext(async (ctx) => {
      if (dialectOf(ctx.db) === 'postgres') { process.stdout.write('PostgreSQL keeps its index in step with the rows: nothing to rebuild.\n'); return; }
      const handle = sqliteHandleOf(ctx.db);
      if (!handle) throw new CliError('no SQLite handle');
      const stats = reindexSqlite(handle);
      process.stdout.write(`reindexed ${stats.items} items (${stats.pages} pages) in ${stats.seconds.toFixed(1)} s\n`);
    })));
}

/** The HTML snippet as terminal text: marks become *…*, entities their characters. */
function plain(snippet: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return snippet.replace(/<\/?mark>/g, '*').replace(/&(amp|lt|gt|quot|#39);/g, (m) => entities[m]);
}
