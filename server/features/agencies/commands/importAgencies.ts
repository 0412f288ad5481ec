// Use case: import agencies (CSV, a folder of the federal directory's YAML, or the bundled
// directory). Dry run and real import share one plan; a file with any rejected line writes
// nothing (docs/decisions/0402-agency-edits-and-reimport.md). One audit event per import.
import type { Trx } from '../../../db/database';
import type { Actor } from '../../accounts/actor';
import { actorLabel, actorOrganisationId } from '../../accounts/actor';
import { recordAudit } from '../../audit/record';
import { newId, nowIso } from '../../../ids';
import type { Agency } from '../agency';
import { findAgencies, insertAgencies, newAgency, updateAgency } from '../repository';
import { knownJurisdictionIds } from '../jurisdictions';
import { planImport, type ImportReport, type IncomingAgency } from '../import/plan';

export interface ImportAgenciesProps {
  /** What is being imported, in words ('agencies.csv', 'bundled federal directory'). */
  source: string;
  incoming: IncomingAgency[];
  unreadable?: { line: number; reason: string }[];
  dryRun: boolean;
  /** Let the file overwrite fields people edited (off by default). */
  overwriteEdits?: boolean;
  /** Audit action; the first-start seed names itself. */
  action?: string;
}

/** Call inside the edge's transaction (db/transaction.ts): a failure rolls everything back. */
export async function importAgencies(trx: Trx, actor: Actor, props: ImportAgenciesProps): Promise<ImportReport> {
  // The stored agencies the file names, and their ancestors (to see cycles a new parent_id makes).
  const stored = new Map<string, Agency>();
  const asked = new Set<string>();
  let ids = props.incoming.flatMap((i) => [i.record.id, i.record.parent_id ?? '']).filter(Boolean);
  while (ids.length) {
    ids.forEach((id) => asked.add(id));
    for (const [id, a] of await findAgencies(trx, ids)) stored.set(id, a);
    ids = [...new Set([...stored.values()].map((a) => a.parent_id).filter((p): p is string => p !== null && !asked.has(p)))];
  }
  const { report, inserts, updates } = planImport(props.source, props.incoming, stored, {
    dryRun: props.dryRun,
    knownJurisdictions: knownJurisdictionIds(),
    overwriteEdits: props.overwriteEdits,
    unreadable: props.unreadable,
  });
  if (props.dryRun || report.rejected.length > 0 || (inserts.length === 0 && updates.length === 0)) return report;

  const at = nowIso();
  await insertAgencies(trx, inserts.map((r) => newAgency(r, at)));
  for (const u of updates) await updateAgency(trx, { ...u, updated_at: at });
  await recordAudit(trx, {
    actor: actorLabel(actor),
    // The directory is shared; the entry goes to the log of the organisation the person acted in.
    organisation_id: actorOrganisationId(actor),
    action: props.action ?? 'agency.import',
    subject_type: 'agency-import',
    subject_id: newId(),
    after: {
      source: report.source,
      counts: report.counts,
      added: report.added.map((a) => a.id),
      changed: report.changed.map((c) => ({ id: c.id, changes: c.changes })),
      kept_edits: report.kept_edits.map((k) => ({ id: k.id, fields: k.fields.map((f) => f.field) })),
    },
  });
  return { ...report, written: true };
}
