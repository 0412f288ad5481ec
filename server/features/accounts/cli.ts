// `./bin/acceso org create` and `./bin/acceso user add`: the operator's way to the same use cases
// the API offers owners (a system actor, audited as "cli").
import type { Command } from 'commander';
import { inTransaction } from '../../db/transaction';
import { action, CliError, printJson, withContext } from '../../cli/run';
import { systemActor } from './actor';
import { addMember } from './add-member';
import { createOrganisation } from './create-organisation';
import { findUserByEmail } from './repository';
import type { Role } from './tables';

const ROLES: Role[] = ['owner', 'editor', 'viewer'];

export function registerAccountsCommands(program: Command): void {
  const org = program.command('org').description('organisations');
  org.command('create')
    .description('create an organisation with an existing user as its owner')
    .requiredOption('--name <name>', 'the organisation name')
    .requiredOption('--owner <email>', "the first owner's e-mail address (an existing user; see `user add`)")
    .option('--json', 'print {"id", "name", "role"}')
    .action(action(async (opts: { name: string; owner: string; json?: boolean }) => {
      const created = await withContext((ctx) => inTransaction(ctx.db, async (trx) => {
        const owner = await findUserByEmail(trx, opts.owner);
        if (!owner) throw new CliError(`no user has the e-mail address ${opts.owner}; add one first with \`user add\``, 3);
        return createOrganisation(trx, systemActor('cli'), { name: opts.name, ownerUserId: owner.id });
      }));
      if (opts.json) printJson(created);
      else process.stdout.write(`${created.id}\t${created.name}\n`);
    }));

  const user = program.command('user').description('people and their memberships');
  user.command('add')
    .description('add a person to an organisation with a role; a new account gets an initial password, printed once')
    .requiredOption('--email <email>', 'their e-mail address')
    .requiredOption('--organisation <id>', 'the organisation id')
    .option('--role <role>', 'owner, editor or viewer', 'viewer')
    .option('--name <name>', 'their name (for a new account)')
    .option('--json', 'print {"user", "role", "created_user", "initial_password"?}')
    .action(action(async (opts: { email: string; organisation: string; role: string; name?: string; json?: boolean }) => {
      if (!ROLES.includes(opts.role as Role)) throw new CliError(`--role must be owner, editor or viewer, not ${JSON.stringify(opts.role)}`);
      const added = await withContext((ctx) => inTransaction(ctx.db, (trx) =>
        addMember(trx, systemActor('cli'), { organisationId: opts.organisation, email: opts.email, role: opts.role as Role, name: opts.name })));
      if (opts.json) printJson(added);
      else {
        process.stdout.write(`${added.user.email} is now ${added.role} of ${opts.organisation}\n`);
        if (added.initial_password) process.stdout.write(`initial password (shown once): ${added.initial_password}\n`);
      }
    }));
}
