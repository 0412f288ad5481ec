// The hash chain: each row's hash is SHA-256 over the previous row's hash and the canonical JSON of
// the row's own content. Changing, inserting or deleting any row breaks every hash after it.
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  seq: number;
  at: string;
  actor: string;
  organisation_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before_json: string | null;
  after_json: string | null;
}

export function chainHash(prevHash: string, row: ChainedContent): string {
  const content = canonicalJson({
    seq: row.seq, at: row.at, actor: row.actor, organisation_id: row.organisation_id, action: row.action,
    subject_type: row.subject_type, subject_id: row.subject_id, before: row.before_json, after: row.after_json,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}
