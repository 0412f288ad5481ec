// Which requests an export holds: the one asked for, or every request of the starter's
// organisation that the list filters match and the starter may read (the list's own rule).
import type { Executor } from '../../db/database';
import { errors } from '../../errors';
import type { Actor } from '../accounts/actor';
import { loadRequestForActor, viewerOf } from '../requests/access';
import { listRequests } from '../requests/list-repository';
import { MAX_EXPORT_REQUESTS, type ExportPayload } from './job';

export class ExportTooLargeError extends Error {
  name = 'ExportTooLargeError';
}

export async function selectRequests(db: Executor, actor: Actor, payload: ExportPayload, today: string): Promise<string[]> {
  if ('request_id' in payload) return [(await loadRequestForActor(db, actor, payload.request_id, 'read')).id];
  const viewer = viewerOf(actor);
  if (!viewer.organisationId) throw errors.forbidden('An export of many requests needs an organisation to act in.');
  const ids: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listRequests(db, viewer, { ...payload.filter, scope: 'organisation', cursor, limit: 200, today, explain: false });
    ids.push(...page.map((r) => r.id));
    if (ids.length > MAX_EXPORT_REQUESTS) {
      throw new ExportTooLargeError(`More than ${MAX_EXPORT_REQUESTS} requests match; narrow the filter (status, agency, tag, q) and export in parts.`);
    }
    if (page.length < 200) return ids;
    cursor = page[page.length - 1].id;
  }
}
