// Walks the chain from the first row: recomputes each hash, checks that seq has no gaps and that
// the stored head matches the last row. Reports every broken place, not just the first.
import type { Executor } from '../../db/database';
import { chainHash, GENESIS_HASH } from './chain';

export interface AuditProblem {
  seq: number;
  problem: 'hash-mismatch' | 'prev-hash-mismatch' | 'missing-rows' | 'head-mismatch';
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  last_seq: number;
  problems: AuditProblem[];
}

export async function verifyAudit(db: Executor, batch = 5000): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  let lastSeq = 0;
  for (;;) {
    const page = await db.selectFrom('audit_events').selectAll().where('seq', '>', lastSeq).orderBy('seq').limit(batch).execute();
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        problems.push({ seq, problem: 'missing-rows', detail: `rows ${expectedSeq}..${seq - 1} are missing before row ${seq}` });
      }
      if (row.prev_hash !== prevHash) {
        problems.push({ seq, problem: 'prev-hash-mismatch', detail: `row ${seq} does not follow the row before it` });
      }
      if (chainHash(row.prev_hash, { ...row, seq }) !== row.hash) {
        problems.push({ seq, problem: 'hash-mismatch', detail: `row ${seq} (${row.action} ${row.subject_type} ${row.subject_id}) was changed after it was written` });
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
      lastSeq = seq;
      rows++;
    }
    if (page.length < batch) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const headSeq = head ? Number(head.seq) : 0;
  if (headSeq !== lastSeq || (head && head.hash !== prevHash)) {
    problems.push({
      seq: headSeq,
      problem: 'head-mismatch',
      detail: headSeq > lastSeq
        ? `the log should end at row ${headSeq} but ends at row ${lastSeq}: the newest rows were deleted`
        : `the chain head (row ${headSeq}) does not match the last row (${lastSeq})`,
    });
  }
  return { ok: problems.length === 0, rows, last_seq: lastSeq, problems };
}
