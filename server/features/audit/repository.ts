// Reading the audit log (writing is record.ts; nothing ever updates or deletes it).
import type { Executor } from '../../db/database';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  before: unknown;
  after: unknown;
  hash: string;
}

export async function listAudit(db: Executor, q: { organisationId: string; before?: number; limit: number; subjectId?: string }): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_events').selectAll().where('organisation_id', '=', q.organisationId);
  if (q.before !== undefined) query = query.where('seq', '<', q.before);
  if (q.subjectId !== undefined) query = query.where('subject_id', '=', q.subjectId);
  const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
  return rows.map((r) => ({
    seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, subject_type: r.subject_type, subject_id: r.subject_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    hash: r.hash,
  }));
}
