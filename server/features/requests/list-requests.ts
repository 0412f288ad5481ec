// Query: the requests an actor may see, filtered, newest first, with cursor pagination (the cursor
// is the last id: ids sort by creation time). Rows whose cached reading is from an earlier day or
// engine version are re-read for display (filters use the cache, refreshed by a daily sweep).
// Returns the JSON as bytes: the stored deadlines are spliced in, not parsed and re-serialised.
import type { Executor } from '../../db/database';
import type { Language } from '../../../law/index';
import type { Actor } from '../accounts/actor';
import { viewerOf } from './access';
import { DERIVED_VERSION, deriveLenient } from './derive';
import { listJson, presentListItem } from './presenter';
import { listRequests } from './list-repository';
import { eventsOf, type ListFilters } from './repository';

type PageFilters = Omit<ListFilters, 'limit'> & { limit: number; language?: Language };

export async function listRequestsFor(db: Executor, actor: Actor, filters: PageFilters) {
  const { language = 'en', ...query } = filters;
  const rows = await listRequests(db, viewerOf(actor), { ...query, limit: filters.limit + 1 });
  const page = rows.slice(0, filters.limit);
  // The cache holds English (decision 0311): explained pages in another language are read live,
  // one page at a time. Brief deadlines carry no words, so they come from the cache in any language.
  const live = language !== 'en' && filters.explain !== false;
  const stale = live ? page : page.filter((r) => r.derived_as_of !== filters.today || r.derived_engine_version !== DERIVED_VERSION || r.deadlines_json === null);
  if (stale.length) {
    const events = await eventsOf(db, stale.map((r) => r.id));
    for (const r of stale) {
      const d = deriveLenient(r, events.get(r.id)!.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), filters.today, true, { language });
      Object.assign(r, d.columns, { deadlines_json: filters.explain !== false ? d.cached.deadlines : d.cached.deadlines_brief });
    }
  }
  return listJson(page.map((r) => presentListItem(r)), rows.length > filters.limit ? page[page.length - 1].id : null);
}

/** The same page as objects (CLI). */
export async function listRequestsObjects(db: Executor, actor: Actor, filters: PageFilters) {
  return JSON.parse((await listRequestsFor(db, actor, filters)).toString()) as {
    items: { id: string; title: string; status: string; jurisdiction: string; agency: { id: string; name: string } | null; deadlines: { kind: string; due: string | null }[] }[];
    next_cursor: string | null;
  };
}
