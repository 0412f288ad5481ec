// The agency import as a job (POST /api/v1/agencies/import?async=true): the file waits in the blob
// store; the job plans it exactly as the synchronous import does (a file with any rejected line
// writes nothing: the job ends "skipped" with the report), then writes the additions and changes
// in chunks of CHUNK rows, one transaction each, reporting rows written of rows to write. Chunks
// keep the one SQLite connection free between them for people using the app meanwhile; a crash
// between chunks is finished by the retry, which plans again (rows already written are then
// unchanged). One audit event for the whole import, with the last chunk
// (docs/decisions/0412-async-agency-import.md).
import { z } from 'zod';
import type { Executor } from '../../../db/database';
import { inTransaction } from '../../../db/transaction';
import { blobStoreOf } from '../../../blobs/context';
import { BlobNotFoundError } from '../../../blobs/types';
import { defineJob, handleJob } from '../../../jobs/define';
import { ProgressTracker } from '../../../jobs/progress';
import { newId, nowIso } from '../../../ids';
import { actorLabel } from '../../accounts/actor';
import { recordAudit } from '../../audit/record';
import { canJob } from '../../jobs/authorize';
import { starterActor, StarterGoneError } from '../../jobs/starter';
import type { Agency } from '../agency';
import { knownJurisdictionIds } from '../jurisdictions';
import { findAgencies, insertAgencies, newAgency, updateAgency } from '../repository';
import { planImport, type ImportPlan, type IncomingAgency } from './plan';
import { ImportSourceError, readCsvSource } from './readSource';

export const CHUNK = 200;

export const importAgenciesPayload = z.object({
  /** The uploaded CSV in the blob store. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  source_date: z.string().max(10),
  overwrite_edits: z.boolean(),
}).strict();

export const importAgenciesJob = defineJob({
  name: 'agencies.import',
  schema: importAgenciesPayload,
  retry: { attempts: 3, backoffMs: 10_000 },
});

/** The stored agencies the file names and their ancestors (the same lookup as commands/importAgencies.ts). */
async function storedFor(db: Executor, incoming: IncomingAgency[]): Promise<Map<string, Agency>> {
  const stored = new Map<string, Agency>();
  const asked = new Set<string>();
  let ids = incoming.flatMap((i) => [i.record.id, i.record.parent_id ?? '']).filter(Boolean);
  while (ids.length) {
    ids.forEach((id) => asked.add(id));
    for (const [id, a] of await findAgencies(db, ids)) stored.set(id, a);
    ids = [...new Set([...stored.values()].map((a) => a.parent_id).filter((p): p is string => p !== null && !asked.has(p)))];
  }
  return stored;
}

export const importAgenciesHandler = handleJob(importAgenciesJob, async (payload, ctx, job) => {
  const progress = new ProgressTracker(job.progress, 'loading', null);
  await progress.flush();
  let actor;
  try {
    actor = await starterActor(ctx.db, job);
  } catch (e) {
    if (e instanceof StarterGoneError) return { status: 'skipped', reason: e.message };
    throw e;
  }
  // agency:write (accounts/authorize.ts) is the owner or editor role: the same as starting work.
  if (!canJob(actor, 'job:start', { type: 'organisation', organisation_id: job.organisationId })) {
    return { status: 'skipped', reason: 'The person who started this import no longer has the owner or editor role.' };
  }

  let content: string;
  try {
    content = (await blobStoreOf(ctx).get(payload.sha256)).toString('utf8');
  } catch (e) {
    if (e instanceof BlobNotFoundError) return { status: 'skipped', reason: 'The uploaded file is no longer stored (uploads wait a day); upload it again.' };
    throw e;
  }
  let input;
  try {
    input = readCsvSource(content, payload.name, { source: payload.source, sourceDate: payload.source_date });
  } catch (e) {
    if (e instanceof ImportSourceError) return { status: 'skipped', reason: e.message };
    throw e;
  }

  await progress.enter('checking', input.incoming.length);
  const plan: ImportPlan = planImport(input.source, input.incoming, await storedFor(ctx.db, input.incoming), {
    dryRun: false, knownJurisdictions: knownJurisdictionIds(), overwriteEdits: payload.overwrite_edits, unreadable: input.unreadable,
  });
  await progress.step(input.incoming.length);
  const { report, inserts, updates } = plan;
  if (report.rejected.length > 0) {
    for (const r of report.rejected) progress.note(r.where, r.id ? `${r.id}: ${r.reason}` : r.reason);
    await progress.flush();
    return { status: 'skipped', reason: `${report.rejected.length} line(s) rejected; nothing was imported. Fix them (or remove them) and import again.`, result: { report } };
  }

  const total = inserts.length + updates.length;
  await progress.enter('writing', total);
  const at = nowIso();
  const work: Array<{ insert?: Agency; update?: Agency }> = [...inserts.map((r) => ({ insert: newAgency(r, at) })), ...updates.map((u) => ({ update: { ...u, updated_at: at } }))];
  for (let i = 0; i < work.length; i += CHUNK) {
    const chunk = work.slice(i, i + CHUNK);
    const last = i + CHUNK >= work.length;
    await inTransaction(ctx.db, async (trx) => {
      await insertAgencies(trx, chunk.flatMap((w) => (w.insert ? [w.insert] : [])));
      for (const w of chunk) if (w.update) await updateAgency(trx, w.update);
      if (!last) return;
      await recordAudit(trx, {
        actor: actorLabel(actor), organisation_id: job.organisationId, action: 'agency.import', subject_type: 'agency-import', subject_id: newId(),
        after: {
          source: report.source, counts: report.counts, job: job.id,
          added: report.added.map((a) => a.id),
          changed: report.changed.map((c) => ({ id: c.id, changes: c.changes })),
          kept_edits: report.kept_edits.map((k) => ({ id: k.id, fields: k.fields.map((f) => f.field) })),
        },
      });
    });
    await progress.step(chunk.length);
  }
  return { status: 'done', result: { report: { ...report, written: total > 0 } } };
});
