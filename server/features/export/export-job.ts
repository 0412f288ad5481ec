// The export, run by the worker as the person who started it (their role when it runs): select
// the requests, pack each (progress per request), write requests.json, and keep the ZIP in the blob
// store. The ZIP is referred to by no row, so the orphan-blob sweep removes it after its grace
// period: exports are kept a day (docs/decisions/0411-request-export.md).
import { handleJob } from '../../jobs/define';
import { ProgressTracker } from '../../jobs/progress';
import { blobStoreOf } from '../../blobs/context';
import { AppError } from '../../errors';
import { todayIso } from '../../ids';
import { ORPHAN_GRACE_MS } from '../records/jobs';
import { starterActor, StarterGoneError } from '../jobs/starter';
import type { DownloadResult } from '../jobs/presenter';
import { exportRequestsJob } from './job';
import { packRequest } from './pack-request';
import { ExportTooLargeError, selectRequests } from './select';
import { ZipWriter } from './zip-writer';
import { RequestsJsonFile } from './requests-json';

export const EXPORT_FORMAT = 'acceso-export/1';

export const exportRequestsHandler = handleJob(exportRequestsJob, async (payload, ctx, job) => {
  const now = ctx.clock.now();
  const today = todayIso('UTC', now);
  const progress = new ProgressTracker(job.progress, 'selecting', null);
  await progress.flush();
  let actor;
  let ids: string[];
  try {
    actor = await starterActor(ctx.db, job);
    ids = await selectRequests(ctx.db, actor, payload, today);
  } catch (e) {
    // Nothing a retry could change: say why and stop.
    if (e instanceof StarterGoneError || e instanceof ExportTooLargeError) return { status: 'skipped', reason: e.message };
    if (e instanceof AppError && e.status < 500) return { status: 'skipped', reason: e.detail };
    throw e;
  }

  await progress.enter('packing', ids.length);
  const zip = new ZipWriter(blobStoreOf(ctx), now);
  const json = await RequestsJsonFile.open({ format: EXPORT_FORMAT, exported_at: now.toISOString(), exported_by: actor.userId, organisation_id: actor.organisationId, selection: payload });
  const counts = { requests: 0, messages: 0, documents: 0, missing_files: 0 };
  let restricted = false;
  let ref;
  try {
    for (const id of ids) {
      const packed = await packRequest(ctx, actor, id, today, zip);
      await json.add({ ...packed.detail, export_files: packed.files, export_missing: packed.missing });
      restricted ||= packed.private;
      counts.requests++;
      counts.messages += packed.files.messages.length;
      counts.documents += packed.files.documents.length;
      counts.missing_files += packed.missing.length;
      for (const m of packed.missing) progress.note(m.item, m.message);
      await progress.step(1);
    }
    await json.close({ counts });
    // The count stays the requests packed; only the phase moves on.
    progress.phase = 'storing';
    await progress.flush();
    await zip.addStream('requests.json', () => json.stream());
    ref = await zip.finish();
  } catch (e) {
    zip.abort(e instanceof Error ? e : new Error(String(e)));
    throw e;
  } finally {
    await json.remove();
  }
  const download: DownloadResult = {
    sha256: ref.sha256,
    filename: `acceso-export-${today}-${job.id.slice(-6).toLowerCase()}.zip`,
    content_type: 'application/zip',
    size: ref.size,
    restricted,
    expires_at: new Date(now.getTime() + ORPHAN_GRACE_MS).toISOString(),
  };
  return { status: 'done', result: { counts, download } };
});
