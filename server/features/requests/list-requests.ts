// Query: the requests an actor may see, filtered, newest first, with cursor pagination (the cursor
// is the last id: ids sort by creation time). Each row's list item is read as rendered when it
// changed (list-item.ts); rows without a current one (another day, engine version, or a change
// that forgot it) are built from their columns, and rows whose cached reading is from an earlier
// day or engine version are re-read for display (filters use the cache, refreshed by a daily
// sweep). The page is assembled as bytes: nothing stored is parsed and re-serialised.
import type { Executor } from '../../db/database';
import type { Language } from '../../../law/index';
import type { Actor } from '../accounts/actor';
import { viewerOf } from './access';
import { DERIVED_VERSION, deriveLenient } from './derive';
import { listRequests, listRowsByIds } from './list-repository';
import { listItemJson, listJson, presentListItem } from './presenter';
import { eventsOf, type ListFilters, type ListRow } from './repository';

type PageFilters = Omit<ListFilters, 'limit'> & { limit: number; language?: Language };

export async function listRequestsFor(db: Executor, actor: Actor, filters: PageFilters): Promise<Buffer> {
  const { language = 'en', ...query } = filters;
  const explain = filters.explain !== false;
  const viewer = viewerOf(actor);
  // The stored items hold English (decision 0311): explained pages in another language are read
  // live, one page at a time. Brief deadlines carry no words, so they come stored in any language.
  if (language !== 'en' && explain) {
    const rows = await listRequests(db, viewer, { ...query, limit: filters.limit + 1 });
    const page = rows.slice(0, filters.limit);
    return listJson(await builtItems(db, page, filters.today, language, true), nextCursor(rows, filters.limit));
  }
  const rows = await listRequests(db, viewer, { ...query, limit: filters.limit + 1, rendered: true });
  const page = rows.slice(0, filters.limit);
  const missing = page.filter((r) => r.item === null || r.item_as_of !== filters.today || r.item_version !== DERIVED_VERSION);
  if (!missing.length) return listJson(page.map((r) => r.item!), nextCursor(rows, filters.limit));
  const sources = await listRowsByIds(db, missing.map((r) => r.id), explain);
  const built = await builtItems(db, sources, filters.today, language, explain);
  const builtById = new Map(sources.map((r, i) => [r.id, built[i]]));
  // A row gone between the two reads (deleted meanwhile) is left out rather than sent empty.
  const items = page.map((r) => builtById.get(r.id) ?? (missing.includes(r) ? null : r.item)).filter((i): i is Buffer | string => i !== null);
  return listJson(items, nextCursor(rows, filters.limit));
}

/** Items built from the rows' columns, re-reading those whose cached reading is stale (or all, for another language). */
async function builtItems(db: Executor, rows: ListRow[], today: string, language: Language, explain: boolean): Promise<Buffer[]> {
  const live = language !== 'en' && explain;
  const stale = live ? rows : rows.filter((r) => r.derived_as_of !== today || r.derived_engine_version !== DERIVED_VERSION || r.deadlines_json === null);
  if (stale.length) {
    const events = await eventsOf(db, stale.map((r) => r.id));
    for (const r of stale) {
      const d = deriveLenient(r, events.get(r.id)!.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today, true, { language });
      Object.assign(r, d.columns, { deadlines_json: explain ? d.cached.deadlines : d.cached.deadlines_brief });
    }
  }
  return rows.map((r) => listItemJson(presentListItem(r)));
}

function nextCursor(rows: { id: string }[], limit: number): string | null {
  return rows.length > limit ? rows[limit - 1].id : null;
}

/** The same page as objects (CLI). */
export async function listRequestsObjects(db: Executor, actor: Actor, filters: PageFilters) {
  return JSON.parse((await listRequestsFor(db, actor, filters)).toString()) as {
    items: { id: string; title: string; status: string; jurisdiction: string; agency: { id: string; name: string } | null; deadlines: { kind: string; due: string | null }[] }[];
    next_cursor: string | null;
  };
}
