// serve, migrate, token create, audit verify.
import type { Command } from 'commander';
import { loadEnv } from '../env';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { inTransaction } from '../db/transaction';
import { systemActor } from '../features/accounts/actor';
import { createToken } from '../features/accounts/create-token';
import { verifyAudit } from '../features/audit/verify';
import { ensureFederalDirectory } from '../features/agencies/ensure-directory';
import type { Role } from '../main';
import { action, CliError, printJson, withContext } from './run';
import { backup, restore } from './backup';

export function registerServerCommands(program: Command): void {
  program.command('serve')
    .description('serve the web app and API, and run the job worker (default: both)')
    .option('--role <role>', 'web, worker or both', 'both')
    .option('--port <port>', 'port (default PORT or 8080)')
    .action(action(async (opts: { role: string; port?: string }) => {
      if (!['web', 'worker', 'both'].includes(opts.role)) throw new CliError(`--role must be web, worker or both, not ${JSON.stringify(opts.role)}`);
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new CliError('--port must be a whole number from 0 to 65535');
      const { installSignalHandlers, startServer } = await import('../main'); // the HTTP stack loads only for serve
      const server = await startServer({ role: opts.role as Role, port });
      installSignalHandlers(server);
      if (server.url) process.stderr.write(`Acceso is serving at ${server.url.replace('127.0.0.1', 'localhost')}\n`);
    }));

  program.command('migrate')
    .description('apply pending database migrations')
    .option('--json', 'print {"applied": [...], "agency_directory": {"seeded", "agencies"}}')
    .action(action(async (opts: { json?: boolean }) => {
      const env = loadEnv();
      const db = await openDatabase(env);
      try {
        const applied = await migrateToLatest(db);
        // A migrated database is a usable one: it has the bundled federal agency directory.
        const directory = await ensureFederalDirectory(db);
        if (opts.json) printJson({ applied, agency_directory: directory });
        else {
          process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
          if (directory.seeded) process.stdout.write(`federal agency directory loaded: ${directory.agencies} agencies\n`);
        }
      } finally {
        await db.destroy();
      }
    }));

  const token = program.command('token').description('API tokens');
  token.command('create')
    .description('create an API token for a user (printed once)')
    .requiredOption('--user <email>', "the user's e-mail address")
    .option('--organisation <id>', 'organisation the token acts in (default: the first the user joined)')
    .option('--name <name>', 'a label for the token', 'cli token')
    .option('--json', 'print {"token": "..."}')
    .action(action(async (opts: { user: string; organisation?: string; name: string; json?: boolean }) => {
      const t = await withContext((ctx) => inTransaction(ctx.db, (trx) => createToken(trx, systemActor('cli'), { email: opts.user, organisationId: opts.organisation, name: opts.name })));
      if (opts.json) printJson({ token: t.token, id: t.id, organisation_id: t.organisation_id });
      else process.stdout.write(`${t.token}\n`);
    }));

  const audit = program.command('audit').description('the hash-chained audit log');
  audit.command('verify')
    .description('recompute the chain; exit 1 and list every broken row if anything was changed or deleted')
    .option('--json', 'print the verification as JSON')
    .action(action(async (opts: { json?: boolean }) => {
      const result = await withContext((ctx) => verifyAudit(ctx.db));
      if (opts.json) printJson(result);
      else if (result.ok) process.stdout.write(`audit log intact: ${result.rows} rows, chain verified through row ${result.last_seq}\n`);
      else {
        process.stderr.write(`audit log BROKEN (${result.problems.length} problem(s)):\n`);
        for (const p of result.problems) process.stderr.write(`  row ${p.seq}: ${p.problem}: ${p.detail}\n`);
      }
      if (!result.ok) process.exitCode = 1;
    }));
}

export function registerBackupCommands(program: Command): void {
  program.command('backup <dir>')
    .description('online backup of a SQLite install (database, blobs, secret) into a new directory')
    .option('--json', 'print the manifest')
    .action(action(async (dir: string, opts: { json?: boolean }) => {
      const m = await backup(loadEnv(), dir);
      if (opts.json) printJson(m);
      else process.stdout.write(`backed up to ${dir} (${m.migrations.length} migrations${m.blobs ? ', blobs' : ''}${m.secret ? ', secret' : ''})\n`);
    }));
  program.command('restore <dir>')
    .description('restore a backup into the data directory (stop the server first)')
    .option('--force', 'replace an existing database')
    .option('--json', 'print the manifest')
    .action(action(async (dir: string, opts: { force?: boolean; json?: boolean }) => {
      const m = await restore(loadEnv(), dir, !!opts.force);
      if (opts.json) printJson(m);
      else process.stdout.write(`restored the backup of ${m.created_at}\n`);
    }));
}
