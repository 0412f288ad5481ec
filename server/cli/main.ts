// `./bin/acceso`: thin commands over the same feature commands the API uses.
import { Command } from 'commander';
import { registerBackupCommands, registerServerCommands } from './server-commands';
import { registerRequestsCommands } from './requests-commands';
import { reportError } from './run';
import { registerLawCommands } from './law-command';
import { registerAgenciesCommands } from './agencies-command';
import { registerMailCommands } from './mail-command';
import { registerRecordsCommands } from '../features/records/cli';
import { registerAccountsCommands } from '../features/accounts/cli';

export function buildProgram(): Command {
  const program = new Command();
  program.name('acceso').description('Acceso: public-records requests, deadlines and records').showHelpAfterError();
  registerServerCommands(program);
  registerRequestsCommands(program);
  registerBackupCommands(program);
  registerLawCommands(program); // owned by the law engine engineer
  registerAgenciesCommands(program); // owned by the agencies engineer (import agencies)
  registerMailCommands(program); // owned by the mail engineer (mail import, mail poll)
  registerRecordsCommands(program); // owned by the records engineer (documents, search)
  registerAccountsCommands(program); // org create, user add (accounts)
  return program;
}

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err);
}
