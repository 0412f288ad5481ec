// Status depends on today (a deadline passes at midnight) and on the engine version (a holiday or
// rule changes), so the cached reading is refreshed: a sweep notices stale rows and enqueues one
// job per day and engine version; the job re-reads the stale requests in batches.
import { z } from 'zod';
import { cacheReading, renderMissingListItems } from './list-item';
import type { AppContext } from '../../context';
import { todayIso } from '../../ids';
import { defineJob, defineSweep, handleJob } from '../../jobs/define';
import { enqueue } from '../../jobs/queue';
import { DERIVED_VERSION, deriveLenient } from './derive';
import { eventsOf, requestFacts, staleRequestIds, updateRequest } from './repository';

export const refreshStatusDefinition = defineJob({
  name: 'requests.refresh-status',
  schema: z.object({ as_of: z.string(), engine_version: z.string() }),
  retry: { attempts: 5, backoffMs: 60_000 },
});

export async function refreshStale(ctx: AppContext, today: string, batch = 500): Promise<number> {
  let n = 0;
  for (;;) {
    const ids = await staleRequestIds(ctx.db, today, DERIVED_VERSION, batch);
    if (!ids.length) return n;
    await ctx.db.transaction().execute(async (trx) => {
      const facts = await requestFacts(trx, ids);
      const events = await eventsOf(trx, ids);
      for (const f of facts) {
        const d = deriveLenient(f, events.get(f.id)!.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today);
        await updateRequest(trx, f.id, d.columns);
        await cacheReading(trx, f.id, d.cached);
      }
    });
    n += ids.length;
  }
}

export const refreshStatusJob = handleJob(refreshStatusDefinition, async (payload, ctx) => {
  const today = todayIso('UTC', ctx.clock.now());
  if (payload.as_of !== today || payload.engine_version !== DERIVED_VERSION) return { status: 'skipped', reason: 'a newer refresh supersedes this one' };
  return { status: 'done', result: { refreshed: await refreshStale(ctx, today) } };
});

export const refreshStatusSweep = defineSweep({
  name: 'requests.refresh-status',
  everyMs: 15 * 60_000,
  run: async (ctx) => {
    // List items a change elsewhere left unrendered (an agency renamed): lists build those rows
    // from their columns meanwhile, correct but slower.
    await ctx.db.transaction().execute((trx) => renderMissingListItems(trx, 2000));
    const today = todayIso('UTC', ctx.clock.now());
    if (!(await staleRequestIds(ctx.db, today, DERIVED_VERSION, 1)).length) return 0;
    const r = await enqueue(ctx.db, refreshStatusDefinition, { as_of: today, engine_version: DERIVED_VERSION }, { key: `${today}:${DERIVED_VERSION}`, runAt: ctx.clock.now() });
    return r.created ? 1 : 0;
  },
});
