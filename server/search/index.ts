// The search interface: one set of functions, the implementation chosen by the database dialect.
import { dialectOf, type Executor } from '../db/database';
import type { ParsedQuery } from './query';
import { indexItemPostgres, removeItemsPostgres, searchPostgres } from './postgres';
import { indexItemSqlite, removeItemsSqlite, searchSqlite } from './sqlite';
import type { SearchItemInput, SearchOptions, SearchResult } from './types';

export * from './types';
export { parseQuery, QueryError } from './query';

export function search(db: Executor, query: string | ParsedQuery, options: SearchOptions): Promise<SearchResult> {
  return dialectOf(db) === 'postgres' ? searchPostgres(db, query, options) : searchSqlite(db, query, options);
}

/** Adds or replaces (same kind + refId + page) one searchable item. Call inside the writing transaction. */
export function indexSearchItem(db: Executor, item: SearchItemInput): Promise<number> {
  return dialectOf(db) === 'postgres' ? indexItemPostgres(db, item) : indexItemSqlite(db, item);
}

/** Removes items: one page (page number), the item without page (null), or every page ('all'). */
export function removeSearchItem(db: Executor, kind: SearchItemInput['kind'], refId: string, page: number | null | 'all' = 'all'): Promise<void> {
  return dialectOf(db) === 'postgres' ? removeItemsPostgres(db, kind, refId, page) : removeItemsSqlite(db, kind, refId, page);
}
