// `acceso mail import <file.eml>...`: ingest raw messages like the API upload (stored, parsed,
// matched; unmatched ones wait in the holding pen). `acceso mail poll`: one IMAP poll now.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { findMessage, requestRef } from '../features/correspondence/repository';
import { presentMessages } from '../features/correspondence/presenter';
import { imapSource, pollMailbox } from '../mail/inbound/imapPoll';
import { receiveUpload } from '../mail/inbound/receiveUpload';
import { replayMessage } from '../mail/inbound/replay';
import { listMessages } from '../features/correspondence/repository';
import { action, CliError, printJson, withContext } from './run';

export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('inbound and outbound mail');
  mail.command('import')
    .description('ingest raw RFC 822 messages (.eml files)')
    .argument('<files...>', 'one or more .eml files')
    .option('--request <id>', 'file the messages under this request instead of matching them')
    .option('--json', 'print {"items": [...]}')
    .action(action(async (files: string[], opts: { request?: string; json?: boolean }) => {
      const items = await withContext(async (ctx) => {
        let org: string | null = null;
        if (opts.request) {
          const req = await requestRef(ctx.db, opts.request);
          if (!req) throw new CliError(`no request ${JSON.stringify(opts.request)}`, 3);
          org = req.organisation_id;
        }
        const out = [];
        for (const file of files) {
          let raw: Buffer;
          try {
            raw = await readFile(file);
          } catch (e) {
            throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
          }
          if (raw.length === 0) throw new CliError(`${file} is empty`);
          if (raw.length > ctx.env.limits.messageBytes) throw new CliError(`${file} is ${raw.length} bytes, over the message limit of ${ctx.env.limits.messageBytes} (ACCESO_MAX_MESSAGE_BYTES)`);
          const { id, duplicate } = await receiveUpload(ctx, raw, { source: 'cli', organisationId: org, requestId: opts.request ?? null });
          const [item] = await presentMessages(ctx.db, [(await findMessage(ctx.db, id))!]);
          out.push({ file, duplicate, ...item });
        }
        return out;
      });
      if (opts.json) printJson({ items });
      else for (const i of items) process.stdout.write(`${i.file}: ${i.duplicate ? 'duplicate of ' : ''}${i.id} ${i.kind ?? 'unread'} -> ${i.request_id ?? 'holding pen'}${i.match_detail ? ` (${i.match_detail})` : ''}${i.problems.length ? `; ${i.problems.length} problem(s): ${i.problems.join(' ')}` : ''}\n`);
    }));
  mail.command('replay')
    .description('read stored messages again from their raw form (new parser or patterns); unmatched ones are matched again')
    .argument('[ids...]', 'message ids')
    .option('--unmatched', 'every message in the holding pen')
    .option('--json', 'print {"items": [...]}')
    .action(action(async (ids: string[], opts: { unmatched?: boolean; json?: boolean }) => {
      const items = await withContext(async (ctx) => {
        const all = [...ids];
        if (opts.unmatched) {
          for (let before: string | undefined; ;) {
            const page = await listMessages(ctx.db, { unmatched: { organisationId: null, includeUnowned: true }, before, limit: 200 });
            all.push(...page.map((m) => m.id));
            if (page.length < 200) break;
            before = page[page.length - 1].id;
          }
        }
        if (!all.length) throw new CliError('give message ids or --unmatched');
        const out = [];
        for (const id of all) out.push(await replayMessage(ctx, id, 'cli'));
        return out;
      });
      if (opts.json) printJson({ items });
      else for (const i of items) process.stdout.write(`${i.id}: ${i.status}${i.reason ? ` (${i.reason})` : ''}${i.kind ? ` ${i.kind}` : ''}${i.newly_matched ? ` -> matched to ${i.request_id}` : ''}\n`);
    }));
  mail.command('poll')
    .description('poll the IMAP mailbox in ACCESO_IMAP_URL once')
    .option('--json', 'print {"accepted": n, "skipped": n}')
    .action(action(async (opts: { json?: boolean }) => {
      const r = await withContext(async (ctx) => {
        if (!ctx.env.imapUrl) throw new CliError('ACCESO_IMAP_URL is not set: there is no mailbox to poll');
        return pollMailbox(ctx, imapSource(ctx.env.imapUrl, ctx.logger));
      });
      if (opts.json) printJson(r);
      else process.stdout.write(`accepted ${r.accepted}, already consumed ${r.skipped}\n`);
    }));
}
