// One search interface, two implementations (./sqlite.ts, ./postgres.ts).
import type { Executor } from '../db/database';

export interface SearchItemInput {
  kind: 'page' | 'message' | 'request';
  refId: string;
  page?: number | null;
  documentId?: string | null;
  requestId?: string | null;
  agencyId?: string | null;
  mediaType?: string | null;
  /** YYYY-MM-DD */
  date?: string | null;
  body: string;
}

/** Who is asking: search shows only what that reader may read (features/accounts/authorize.ts rules). */
export type SearchScope =
  | { kind: 'all' }
  | { kind: 'anonymous' }
  | { kind: 'member'; organisationId: string; userId: string; role: 'owner' | 'editor' | 'viewer' | null };

export interface SearchFilters {
  requestId?: string;
  agencyId?: string;
  /** YYYY-MM-DD inclusive bounds on the item's date. */
  from?: string;
  to?: string;
  /** Exemption code (b6, b7C, k2…): only pages marked with it. */
  exemption?: string;
  /** A media type ("application/pdf") or a kind ("pdf", "sheet", "email"). */
  fileType?: string;
  kind?: 'page' | 'message' | 'request';
}

export interface SearchHit {
  kind: 'page' | 'message' | 'request';
  ref_id: string;
  document_id: string | null;
  request_id: string | null;
  page: number | null;
  /** HTML-escaped text with <mark>…</mark> around matches. */
  snippet: string;
  /** Higher is better (comparable within one result list only). */
  score: number;
}

export interface SearchOptions {
  scope: SearchScope;
  filters?: SearchFilters;
  limit?: number;
  offset?: number;
  /** Tests and the benchmark only: take this ranking path whatever the word counts say (SQLite). */
  force?: 'exact' | 'bounded';
}

export interface SearchResult {
  items: SearchHit[];
  /** 'exact': ranked over every match; 'bounded': ranked over candidates (see docs/decisions/0501);
   *  'reduced': FTS5's ranking without the words on half the items or more, those checked after (0504). */
  strategy: 'exact' | 'bounded' | 'reduced';
}

import type { Actor } from '../features/accounts/actor';
/** The search scope of an actor (system: everything; anonymous: public requests only). */
export function scopeOf(actor: Actor): SearchScope {
  if (actor.kind === 'system') return { kind: 'all' };
  if (actor.kind === 'anonymous') return { kind: 'anonymous' };
  if (!actor.organisationId) return { kind: 'anonymous' };
  return { kind: 'member', organisationId: actor.organisationId, userId: actor.userId, role: actor.role };
}
