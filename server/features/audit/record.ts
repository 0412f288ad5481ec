// recordAudit: call it inside the command's transaction, once per mutation. The row joins the hash
// chain; on PostgreSQL an advisory lock serialises writers so the chain never forks, on SQLite the
// write lock does (and the unique seq would reject a fork either way).
import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../db/database';
import { nowIso } from '../../ids';
import { canonicalJson } from './canonical';
import { chainHash, GENESIS_HASH } from './chain';

export interface AuditInput {
  /** `user:<id>`, `token:<id>`, `system`, `cli`… (accounts/actor.ts `actorLabel()` makes one). */
  actor: string;
  /** The organisation whose log this belongs to (owners read their organisation's entries). */
  organisation_id?: string | null;
  /** Verb in the domain's words: `request.create`, `request.event.add`, `agency.import`… */
  action: string;
  subject_type: string;
  subject_id: string;
  before?: unknown;
  after?: unknown;
}

const AUDIT_LOCK_KEY = 0x61756469; // 'audi'

export async function recordAudit(trx: Executor, input: AuditInput): Promise<{ seq: number; hash: string }> {
  if (dialectOf(trx) === 'postgres') {
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  }
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const seq = (head?.seq ?? 0) + 1;
  const prev = head?.hash ?? GENESIS_HASH;
  const row = {
    seq,
    at: nowIso(),
    actor: input.actor,
    organisation_id: input.organisation_id ?? null,
    action: input.action,
    subject_type: input.subject_type,
    subject_id: input.subject_id,
    before_json: input.before === undefined ? null : canonicalJson(input.before),
    after_json: input.after === undefined ? null : canonicalJson(input.after),
  };
  const hash = chainHash(prev, row);
  await trx.insertInto('audit_events').values({ ...row, prev_hash: prev, hash }).execute();
  if (head) {
    const updated = await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).where('seq', '=', head.seq).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error('audit chain head moved during the transaction');
  } else {
    await trx.insertInto('audit_head').values({ id: 1, seq, hash }).execute();
  }
  return { seq, hash };
}
