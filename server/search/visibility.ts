// Filters and the reader's visibility, as SQL conditions over search_items `i` and requests `r`
// (shared by both dialects). Mirrors features/accounts/authorize.ts: public requests for anyone;
// organisation requests for members; private ones for their creator and the organisation's owners.
// Items with no request (a message still in the holding pen) are seen only by system scope.
import { sql, type RawBuilder } from 'kysely';
import type { SearchFilters, SearchScope } from './types';

export function needsRequestJoin(scope: SearchScope, filters: SearchFilters): boolean {
  return scope.kind !== 'all' || filters.agencyId !== undefined;
}

export function conditions(scope: SearchScope, filters: SearchFilters): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  if (scope.kind === 'anonymous') out.push(sql`r.visibility = 'public'`);
  if (scope.kind === 'member') {
    if (scope.role === null) out.push(sql`r.visibility = 'public'`);
    else if (scope.role === 'owner') out.push(sql`(r.visibility = 'public' or r.organisation_id = ${scope.organisationId})`);
    else out.push(sql`(r.visibility = 'public' or (r.organisation_id = ${scope.organisationId} and (r.visibility = 'organisation' or r.created_by = ${scope.userId})))`);
  }
  if (filters.requestId !== undefined) out.push(sql`i.request_id = ${filters.requestId}`);
  if (filters.agencyId !== undefined) out.push(sql`r.agency_id = ${filters.agencyId}`);
  if (filters.from !== undefined) out.push(sql`i.item_date >= ${filters.from}`);
  if (filters.to !== undefined) out.push(sql`i.item_date <= ${filters.to}`);
  if (filters.kind !== undefined) out.push(sql`i.kind = ${filters.kind}`);
  if (filters.exemption !== undefined) {
    out.push(sql`exists (select 1 from page_exemptions pe where pe.document_id = i.document_id and pe.page = i.page and pe.code = ${filters.exemption})`);
  }
  if (filters.fileType !== undefined) {
    out.push(sql`exists (select 1 from documents d where d.id = i.document_id and (d.kind = ${filters.fileType} or d.media_type = ${filters.fileType}))`);
  }
  return out;
}

export function andAll(conds: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conds.length ? sql`and ${sql.join(conds, sql` and `)}` : sql``;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text with \u0002…\u0003 around matches -> HTML-escaped text with <mark>…</mark>. */
export function markSnippet(raw: string): string {
  return raw.replace(/[&<>"']/g, (c) => ESC[c]).replace(/\s+/g, ' ').replace(/\u0002/g, '<mark>').replace(/\u0003/g, '</mark>').trim();
}
