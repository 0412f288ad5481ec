// requests list|show|new and due: the same queries and commands as the API, acting as the operator
// (system actor) — optionally limited to one organisation with --organisation.
import type { Command } from 'commander';
import { todayIso } from '../ids';
import { parseInput } from '../validation';
import { systemActor } from '../features/accounts/actor';
import { action, CliError, printJson, withContext } from './run';
import type { AppContext } from '../context';

// Feature modules load inside each action: `acceso law …` and `--help` stay fast, and a broken
// module elsewhere in the tree cannot take every command down with it.
const features = async () => ({
  ...(await import('../db/transaction')),
  ...(await import('../features/requests/create-request')),
  ...(await import('../features/requests/list-requests')),
  ...(await import('../features/requests/show-request')),
  ...(await import('../features/requests/agenda')),
  ...(await import('../features/requests/schema')),
});

async function organisationFor(ctx: AppContext, given?: string): Promise<string> {
  if (given) {
    const org = await ctx.db.selectFrom('organisations').select('id').where('id', '=', given).executeTakeFirst();
    if (!org) throw new CliError(`no organisation ${JSON.stringify(given)}`);
    return org.id;
  }
  const orgs = await ctx.db.selectFrom('organisations').select(['id', 'name']).limit(3).execute();
  if (orgs.length === 1) return orgs[0].id;
  if (!orgs.length) throw new CliError('there is no organisation yet: open the web app for first-run setup, or load the demo');
  throw new CliError('there are several organisations: choose one with --organisation <id>');
}

export function registerRequestsCommands(program: Command): void {
  const requests = program.command('requests').description('public-records requests');

  requests.command('list')
    .description('list requests, newest first')
    .option('--status <statuses>', 'comma-separated statuses (overdue, may-sue, awaiting-response, …)')
    .option('--overdue', 'only overdue requests')
    .option('--agency <id>', 'only this agency')
    .option('--q <words>', 'words in the title, text or tracking number')
    .option('--organisation <id>', 'only this organisation')
    .option('--limit <n>', 'how many', '50')
    .option('--cursor <id>', 'continue after this id (next_cursor)')
    .option('--json', 'print {"items": [...], "next_cursor": ...}')
    .action(action(async (opts: Record<string, string | boolean | undefined>) => {
      const { listQuery, listRequestsObjects } = await features();
      const q = parseInput(listQuery, {
        status: opts.status, overdue: opts.overdue ? 'true' : undefined, agency: opts.agency, q: opts.q, limit: opts.limit, cursor: opts.cursor,
      });
      const result = await withContext(async (ctx) => {
        const org = opts.organisation ? await organisationFor(ctx, String(opts.organisation)) : null;
        return listRequestsObjects(ctx.db, systemActor('cli', org), { ...q, scope: 'visible', today: todayIso('UTC', ctx.clock.now()) });
      });
      if (opts.json) return printJson(result);
      for (const r of result.items) {
        const due = r.deadlines.find((d) => d.kind === 'response')?.due ?? '-';
        process.stdout.write(`${r.id}  ${r.status.padEnd(18)} due ${due.padEnd(10)}  ${(r.agency?.id ?? r.jurisdiction).padEnd(8)}  ${r.title}\n`);
      }
      if (result.next_cursor) process.stdout.write(`… more: --cursor ${result.next_cursor}\n`);
    }));

  requests.command('show <id>')
    .description('one request with its timeline and explained deadlines')
    .option('--json', 'print the request as JSON')
    .action(action(async (id: string, opts: { json?: boolean }) => {
      const { showRequest } = await features();
      const r = await withContext((ctx) => showRequest(ctx, systemActor('cli'), id, todayIso('UTC', ctx.clock.now()))) as Record<string, any>;
      if (opts.json) return printJson(r);
      process.stdout.write(`${r.title}\n${r.id} · ${r.jurisdiction}${r.agency ? ` · ${r.agency.name}` : ''} · ${r.status}\n\nTimeline:\n`);
      for (const e of r.events) process.stdout.write(`  ${e.date}  ${e.kind}${e.note ? ` — ${e.note}` : ''}\n`);
      process.stdout.write('\nDeadlines:\n');
      for (const d of r.deadlines) {
        process.stdout.write(`  ${d.kind}: ${d.due ?? 'unknown'}  (${d.citation})\n`);
        for (const line of d.explanation) process.stdout.write(`      ${line}\n`);
      }
    }));

  requests.command('new')
    .description('create a request')
    .requiredOption('--title <title>', 'title')
    .option('--text <text>', 'the request text', '')
    .option('--jurisdiction <id>', 'jurisdiction id (default: the agency\'s)')
    .option('--agency <id>', 'agency id')
    .option('--filed <YYYY-MM-DD>', 'the day it was sent (starts the clock)')
    .option('--visibility <v>', 'private, organisation or public', 'organisation')
    .option('--tag <tag...>', 'tags')
    .option('--expedited', 'expedited processing requested')
    .option('--fee-waiver', 'fee waiver requested')
    .option('--organisation <id>', 'owning organisation (needed when there are several)')
    .option('--json', 'print the created request as JSON')
    .action(action(async (opts: Record<string, any>) => {
      const { createRequestInput, createRequest, inTransaction, showRequest } = await features();
      const input = parseInput(createRequestInput, {
        title: opts.title, text: opts.text, jurisdiction: opts.jurisdiction, agency_id: opts.agency, filed_on: opts.filed,
        visibility: opts.visibility, tags: opts.tag ?? [], expedited: !!opts.expedited, fee_waiver: !!opts.feeWaiver,
      });
      const r = await withContext(async (ctx) => {
        const org = await organisationFor(ctx, opts.organisation);
        const today = todayIso('UTC', ctx.clock.now());
        const row = await inTransaction(ctx.db, (trx) => createRequest(trx, systemActor('cli', org), input, today, org));
        return showRequest(ctx, systemActor('cli'), row.id, today);
      }) as Record<string, any>;
      if (opts.json) return printJson(r);
      process.stdout.write(`created ${r.id} (${r.status})\n`);
    }));

  program.command('due')
    .description('what falls due in the next N days, and what is overdue')
    .option('--days <n>', 'days ahead', '7')
    .option('--organisation <id>', 'only this organisation')
    .option('--json', 'print the agenda as JSON')
    .action(action(async (opts: { days: string; organisation?: string; json?: boolean }) => {
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 0 || days > 3660) throw new CliError('--days must be a whole number from 0 to 3660');
      const { agenda } = await features();
      const a = await withContext(async (ctx) => {
        const org = opts.organisation ? await organisationFor(ctx, opts.organisation) : null;
        return agenda(ctx.db, systemActor('cli', org), { today: todayIso('UTC', ctx.clock.now()), days, limit: 200, organisationId: org });
      });
      if (opts.json) return printJson(a);
      process.stdout.write(`Due from ${a.today} to ${a.until}:\n`);
      for (const i of a.due) process.stdout.write(`  ${i.deadline!.due}  ${i.deadline!.kind.padEnd(16)} ${i.id}  ${i.title}\n`);
      if (!a.due.length) process.stdout.write('  nothing\n');
      process.stdout.write('Overdue:\n');
      for (const i of a.overdue) process.stdout.write(`  ${String(i.overdue_working_days).padStart(4)} working days late (${i.deadline?.kind} due ${i.deadline?.due})  ${i.id}  ${i.title}\n`);
      if (!a.overdue.length) process.stdout.write('  nothing\n');
      if (a.may_sue.length) process.stdout.write(`May go to court: ${a.may_sue.length} request(s)\n`);
      if (a.appeal_windows_closing.length) {
        process.stdout.write('Appeal windows closing:\n');
        for (const i of a.appeal_windows_closing) process.stdout.write(`  ${i.deadline!.due}  ${i.id}  ${i.title}\n`);
      }
    }));
}
