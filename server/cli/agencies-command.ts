// `./bin/acceso import agencies <file.csv | folder-of-yaml | directory.json> [--dry-run] [--json]`
// (owned by the agencies engineer; main.ts loads it when present).
import type { Command } from 'commander';
import { inTransaction } from '../db/transaction';
import { todayIso } from '../ids';
import { systemActor } from '../features/accounts/actor';
import { importAgencies } from '../features/agencies/commands/importAgencies';
import { seedFederalDirectory } from '../features/agencies/commands/seedFederalDirectory';
import { ImportSourceError, readImportPath } from '../features/agencies/import/readSource';
import type { ImportReport } from '../features/agencies/import/plan';
import { action, CliError, printJson, withContext } from './run';

const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function registerAgenciesCommands(program: Command): void {
  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('import data');
  imp.command('agencies')
    .description('import agencies from a CSV file (docs/agencies-import.md), a folder of federal directory YAML files, or a bundled directory JSON; a file with any rejected line imports nothing')
    .argument('<path>', 'file.csv, folder of .yaml files, or directory .json')
    .option('--dry-run', 'report what would be added, changed, kept and rejected, and write nothing')
    .option('--json', 'print the report as one JSON document')
    .option('--overwrite-edits', 'let the file overwrite fields people edited by hand')
    .option('--source <text>', 'where the data comes from (CSV rows without a source cell)')
    .option('--source-date <date>', 'how old the data is, YYYY, YYYY-MM or YYYY-MM-DD (CSV rows without a source_date cell; default today)')
    .action(action(async (path: string, opts: { dryRun?: boolean; json?: boolean; overwriteEdits?: boolean; source?: string; sourceDate?: string }) => {
      if (opts.sourceDate !== undefined && !SOURCE_DATE.test(opts.sourceDate)) throw new CliError('--source-date must be YYYY, YYYY-MM or YYYY-MM-DD');
      let input;
      try {
        input = readImportPath(path, { source: opts.source, sourceDate: opts.sourceDate ?? todayIso() });
      } catch (e) {
        if (e instanceof ImportSourceError) throw new CliError(e.message);
        throw e;
      }
      const report = await withContext(async (ctx) => {
        // The federal directory comes first, so a list can name federal parents on a new install.
        await seedFederalDirectory(ctx.db);
        return inTransaction(ctx.db, (trx) =>
          importAgencies(trx, systemActor('cli'), { ...input, dryRun: Boolean(opts.dryRun), overwriteEdits: Boolean(opts.overwriteEdits) }));
      });
      if (opts.json) printJson(report);
      else process.stdout.write(describeReport(report));
      if (report.rejected.length > 0) process.exitCode = 1;
    }));
}

const show = (v: unknown) => (v === null || v === undefined ? '(empty)' : JSON.stringify(v));

export function describeReport(r: ImportReport): string {
  const out: string[] = [];
  const c = r.counts;
  out.push(`${r.source}: ${c.added} to add, ${c.changed} to change, ${c.unchanged} unchanged, ${c.kept_edits} with edits kept, ${c.rejected} rejected`);
  for (const a of r.added) out.push(`  + ${a.id}  ${a.name}  (${a.where})`);
  for (const ch of r.changed) {
    out.push(`  ~ ${ch.id}  ${ch.name}  (${ch.where})`);
    for (const f of ch.changes) out.push(`      ${f.field}: ${show(f.before)} -> ${show(f.after)}`);
  }
  for (const k of r.kept_edits) {
    out.push(`  = ${k.id}  kept people's edits:`);
    for (const f of k.fields) out.push(`      ${f.field}: kept ${show(f.before)} (file has ${show(f.after)})`);
  }
  for (const x of r.rejected) out.push(`  ! ${x.where}${x.id ? ` (${x.id})` : ''}: ${x.reason}`);
  if (r.dry_run) out.push('dry run: nothing was written');
  else if (r.rejected.length) out.push('nothing was written: fix or remove the rejected lines and import again');
  else out.push(r.written ? 'imported' : 'nothing to change');
  return out.join('\n') + '\n';
}
