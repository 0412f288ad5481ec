// The demo loader's own lookups (all its SQL): which demo requests already exist.
import type { Executor } from '../db/database';

/** The tag that marks a demo request with its stable key (titles may be edited by users). */
export const demoTag = (key: string) => `demo:${key}`;

export async function findDemoRequestId(db: Executor, organisationId: string, key: string): Promise<string | undefined> {
  // tags is a JSON array of strings stored as text: the quoted tag is an exact element match.
  const row = await db.selectFrom('requests').select('id')
    .where('organisation_id', '=', organisationId)
    .where('tags', 'like', `%${JSON.stringify(demoTag(key))}%`)
    .executeTakeFirst();
  return row?.id;
}

export async function demoRequestExists(db: Executor, organisationId: string, key: string): Promise<boolean> {
  return (await findDemoRequestId(db, organisationId, key)) !== undefined;
}
