// Use case: on first start, load the bundled federal directory (2017) into an empty directory.
// Runs again harmlessly: once any us-federal agency exists it does nothing (re-imports are
// deliberate, through `import agencies`).
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/transaction';
import { systemActor } from '../../accounts/actor';
import { bundledFederalDirectory } from '../directory/bundled';
import { countAgencies } from '../repository';
import { directoryIncoming } from '../import/readSource';
import { importAgencies } from './importAgencies';

export async function seedFederalDirectory(db: Db): Promise<{ seeded: boolean; agencies: number }> {
  if ((await countAgencies(db, { jurisdiction: 'us-federal' })) > 0) return { seeded: false, agencies: 0 };
  const report = await inTransaction(db, (trx) => importAgencies(trx, systemActor('system:agency-directory'), {
    source: 'bundled federal FOIA directory (18F/FOIA.gov, 2017)',
    incoming: directoryIncoming(bundledFederalDirectory(), (r) => `us-federal.json (${r.id})`),
    dryRun: false,
    action: 'agency.directory.seed',
  }));
  if (!report.written) {
    // A bundled file that does not import is a bug in the repository, not a user error.
    throw new Error(`The bundled federal directory did not import: ${report.rejected.slice(0, 3).map((r) => `${r.where}: ${r.reason}`).join('; ')}`);
  }
  return { seeded: true, agencies: report.counts.added };
}
