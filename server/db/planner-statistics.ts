// SQLite planner statistics without the per-value kind (sqlite_stat4).
//
// better-sqlite3 builds SQLite with SQLITE_ENABLE_STAT4. Once ANALYZE (or PRAGMA optimize, which
// runs it) has filled sqlite_stat4, SQLite treats every bound value of an indexed WHERE term as a
// possible reason for another plan, and re-parses and re-plans the statement on its next run
// whenever that parameter is bound again: every run of every cached statement (measured under
// bench:api: sqlite3RunParser and the where-planner in the server's profile; the list query 194 ->
// 133 µs, server CPU per list request 0.58 -> 0.45 ms once the table was emptied). Our queries are
// equalities and ranges on columns whose distribution the per-index averages of sqlite_stat1
// describe well enough, so the per-value samples are dropped and the statistics reloaded.
import type SQLite from 'better-sqlite3';

export function dropValueStatistics(handle: SQLite.Database): boolean {
  if (handle.readonly) return false;
  const exists = handle.prepare("select 1 from sqlite_master where type = 'table' and name = 'sqlite_stat4'").get();
  if (!exists || !handle.prepare('select 1 from sqlite_stat4 limit 1').get()) return false;
  handle.exec('delete from sqlite_stat4; analyze sqlite_schema;'); // the latter reloads what the planner reads
  return true;
}
