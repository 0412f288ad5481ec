// Transactions are opened at the edge (route, CLI command, job) and passed down to commands and
// repositories. Anything thrown rolls everything back: nothing half-written.
import type { Db, Trx } from './database';

export function inTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
