// Startup wiring (server start and `./bin/acceso migrate`): every install has the bundled federal
// directory, with or without the demo. Two processes starting together on an empty database (web
// and worker roles) may both try to seed it: the loser's insert fails on the primary key, and
// that is fine exactly when the directory is now there; any other failure is re-thrown.
import type { Db } from '../../db/database';
import { seedFederalDirectory } from './commands/seedFederalDirectory';
import { countAgencies } from './repository';

export async function ensureFederalDirectory(db: Db): Promise<{ seeded: boolean; agencies: number }> {
  try {
    return await seedFederalDirectory(db);
  } catch (e) {
    if ((await countAgencies(db, { jurisdiction: 'us-federal' })) > 0) return { seeded: false, agencies: 0 };
    throw e;
  }
}
