// Rendering a request's list item ahead of reads (migration 0011, decision 0313): done by every
// writer after it changes the request, in its transaction, so list pages read one stored value per
// row. A request whose item is missing or was rendered for another day or engine version is built
// from its columns at read time (list-requests.ts), so forgetting to render costs time, never truth.
import type { Executor } from '../../db/database';
import { listRowsByIds, requestsWithoutListItem } from './list-repository';
import { listItemJson, presentListItem } from './presenter';
import { writeDeadlineCache, writeListItem } from './repository';

export async function renderListItems(db: Executor, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const [explained, brief] = await Promise.all([listRowsByIds(db, ids, true), listRowsByIds(db, ids, false)]);
  const briefById = new Map(brief.map((r) => [r.id, r]));
  for (const row of explained) {
    const short = briefById.get(row.id);
    // A request without its deadline cache row has nothing to render from (lists re-read it).
    if (row.deadlines_json === null || !short || short.deadlines_json === null) continue;
    await writeListItem(db, row.id, {
      item: listItemJson(presentListItem(row)).toString(),
      item_brief: listItemJson(presentListItem(short)).toString(),
      item_as_of: row.derived_as_of,
      item_version: row.derived_engine_version,
    });
  }
}

/** Renders the items that a change elsewhere (an agency renamed) left missing; returns how many. */
export async function renderMissingListItems(db: Executor, limit: number): Promise<number> {
  const ids = await requestsWithoutListItem(db, limit);
  await renderListItems(db, ids);
  return ids.length;
}

/** Caches a request's deadlines (both forms) and renders its list item from them. */
export async function cacheReading(db: Executor, requestId: string, cached: { deadlines: string; deadlines_brief: string }): Promise<void> {
  await writeDeadlineCache(db, requestId, cached);
  await renderListItems(db, [requestId]);
}
