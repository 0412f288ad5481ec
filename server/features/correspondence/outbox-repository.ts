// All SQL about the outbox: rows written with the event that causes them, claimed for delivery by
// a conditional update (so even two jobs for one row could not both send it), and listed for the
// API and UI.
import type { Executor } from '../../db/database';
import type { OutboxStatus, OutboxTable } from './tables';

export async function insertOutbox(db: Executor, row: OutboxTable): Promise<void> {
  await db.insertInto('outbox').values(row).execute();
}

/** Inserts unless the (request, dedup_key) step already has a row; true when inserted. */
export async function insertOutboxOnce(db: Executor, row: OutboxTable): Promise<boolean> {
  const r = await db.insertInto('outbox').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findOutbox(db: Executor, id: string): Promise<OutboxTable | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOutbox(db: Executor, filter: { requestId?: string; organisationId?: string; status?: OutboxStatus[]; limit: number; before?: string }): Promise<OutboxTable[]> {
  let q = db.selectFrom('outbox').selectAll();
  if (filter.requestId) q = q.where('request_id', '=', filter.requestId);
  if (filter.organisationId) q = q.where('organisation_id', '=', filter.organisationId);
  if (filter.status?.length) q = q.where('status', 'in', filter.status);
  if (filter.before) q = q.where('id', '<', filter.before);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}

/** Claims a row for sending: only a row that is queued (or left 'sending' by a crashed attempt). */
export async function claimForSending(db: Executor, id: string, at: string): Promise<OutboxTable | undefined> {
  const r = await db.updateTable('outbox')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: at }))
    .where('id', '=', id).where('status', 'in', ['queued', 'sending'])
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return undefined;
  return findOutbox(db, id);
}

export async function markOutbox(db: Executor, id: string, set: Partial<Pick<OutboxTable, 'status' | 'last_error' | 'sent_at' | 'updated_at'>>, onlyIf?: OutboxStatus[]): Promise<number> {
  let q = db.updateTable('outbox').set(set).where('id', '=', id);
  if (onlyIf) q = q.where('status', 'in', onlyIf);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function heldOutboxIds(db: Executor, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('outbox').select('id').where('status', '=', 'held').where('to_addresses', '!=', '[]').orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Follow-up steps already drafted or sent for these requests. */
export async function followUpSteps(db: Executor, requestIds: string[]): Promise<Map<string, number>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db.selectFrom('outbox').select(['request_id', 'dedup_key']).where('request_id', 'in', requestIds).where('dedup_key', 'like', 'follow-up:%').execute();
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.request_id, Math.max(out.get(r.request_id) ?? 0, Number(r.dedup_key!.split(':')[1])));
  return out;
}

export async function setOutboxRecipients(db: Executor, id: string, to: string[]): Promise<void> {
  await db.updateTable('outbox').set({ to_addresses: JSON.stringify(to) }).where('id', '=', id).execute();
}
