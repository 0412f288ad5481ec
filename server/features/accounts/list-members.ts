// Query: the members of one organisation (the caller has been authorised to read it).
import type { Executor } from '../../db/database';
import { membersOf } from './repository';

export async function listMembers(db: Executor, organisationId: string) {
  const rows = await membersOf(db, organisationId);
  return {
    items: rows.map((m) => ({ user_id: m.user_id, email: m.email, name: m.name, role: m.role, joined_at: m.joined_at, disabled: m.disabled_at !== null })),
  };
}
