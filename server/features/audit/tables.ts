// The audit log: one row per mutation, hash-chained (record.ts explains the chain).
export interface AuditEventsTable {
  /** 1, 2, 3… without gaps: a gap is how verify() notices a deleted row. */
  seq: number;
  at: string;
  /** Who: `user:<id>`, `token:<id>`, `system`, `cli`. */
  actor: string;
  organisation_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** The chain's head, kept apart so deleting the newest rows is noticed too. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
}
