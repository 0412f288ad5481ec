// The job queue on both databases: idempotent enqueue, claim, retry with backoff, final failure,
// "skipped" outcomes, one claim per job under concurrent workers, and sweeps.
import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachDatabase } from '../test/databases';
import { defineJob, defineSweep, handleJob } from './define';
import { claimNext, enqueue } from './queue';
import { ProgressTracker } from './progress';
import { createWorker, startWorker } from './worker';

const echo = defineJob({ name: 'test.echo', schema: z.object({ n: z.number() }), retry: { attempts: 3, backoffMs: 1000 } });

describeEachDatabase('jobs', (t) => {
  it('a polling worker stops at once when idle, and only after the job it is running', async () => {
    const idle = startWorker(t().ctx, { handlers: [], sweeps: [], concurrency: 2, pollMs: 60_000 });
    await new Promise((r) => setTimeout(r, 50)); // the loops are asleep until the next poll
    let started = Date.now();
    await idle.stop();
    expect(Date.now() - started).toBeLessThan(1000);

    const slow = defineJob({ name: 'test.slow', schema: z.object({}), retry: { attempts: 1, backoffMs: 1000 } });
    let finished = false;
    await enqueue(t().ctx.db, slow, {});
    const busy = startWorker(t().ctx, { handlers: [handleJob(slow, async () => { await new Promise((r) => setTimeout(r, 300)); finished = true; return { status: 'done' }; })], sweeps: [], pollMs: 60_000 });
    await new Promise((r) => setTimeout(r, 100));
    started = Date.now();
    await busy.stop();
    expect(finished).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('enqueue is idempotent by key and validates the payload', async () => {
    const first = await enqueue(t().ctx.db, echo, { n: 1 }, { key: 'k1' });
    const second = await enqueue(t().ctx.db, echo, { n: 2 }, { key: 'k1' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    await expect(enqueue(t().ctx.db, echo, { n: 'x' })).rejects.toMatchObject({ status: 400, fields: [expect.objectContaining({ field: 'payload.n' })] });
  });

  it('runs, retries with backoff, and fails for good after the last attempt', async () => {
    const seen: number[] = [];
    let fail = true;
    const worker = createWorker(t().ctx, {
      handlers: [handleJob(echo, async (p, _ctx, job) => {
        seen.push(job.attempt);
        if (p.n === 99) throw new Error('always broken');
        if (fail) { fail = false; throw new Error('transient'); }
        return p.n === 0 ? { status: 'skipped', reason: 'nothing to do' } : { status: 'done', result: { doubled: p.n * 2 } };
      })],
      sweeps: [],
    });
    await t().ctx.db.deleteFrom('jobs').execute();
    const ok = await enqueue(t().ctx.db, echo, { n: 21 });
    const skip = await enqueue(t().ctx.db, echo, { n: 0 });
    const broken = await enqueue(t().ctx.db, echo, { n: 99 });

    t().clock.set('2030-01-01T00:00:00Z');
    await worker.drain();
    // each failed job is back in the queue with a later run_at; move the clock past the backoff
    for (const at of ['2030-01-01T00:00:05Z', '2030-01-01T00:01:00Z', '2030-01-01T01:00:00Z']) { t().clock.set(at); await worker.drain(); }
    const rows = Object.fromEntries((await t().ctx.db.selectFrom('jobs').selectAll().execute()).map((r) => [r.id, r]));
    expect(rows[ok.id]).toMatchObject({ status: 'done', result: JSON.stringify({ doubled: 42 }) });
    expect(rows[skip.id]).toMatchObject({ status: 'skipped', result: JSON.stringify({ reason: 'nothing to do' }) });
    expect(rows[broken.id]).toMatchObject({ status: 'failed', last_error: 'always broken' });
    expect(Number(rows[broken.id].attempts)).toBe(3);
    expect(seen.filter((a) => a === 1).length).toBe(3);
  });

  it('gives each job to exactly one of several concurrent claimers', async () => {
    await t().ctx.db.deleteFrom('jobs').execute();
    for (let i = 0; i < 20; i++) await enqueue(t().ctx.db, echo, { n: i });
    const now = new Date('2031-01-01T00:00:00Z');
    const claims = await Promise.all(Array.from({ length: 30 }, (_, i) => claimNext(t().ctx.db, ['test.echo'], `w${i}`, 60_000, now)));
    const ids = claims.filter(Boolean).map((c) => c!.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThanOrEqual(20);
    // the rest can still be claimed afterwards, none twice
    const more: string[] = [];
    for (let c = await claimNext(t().ctx.db, ['test.echo'], 'late', 60_000, now); c; c = await claimNext(t().ctx.db, ['test.echo'], 'late', 60_000, now)) more.push(c.id);
    expect(new Set([...ids, ...more]).size).toBe(20);
  });

  it('a sweep enqueues one keyed job per due item, however often it runs', async () => {
    await t().ctx.db.deleteFrom('jobs').execute();
    const sweep = defineSweep({
      name: 'test.sweep', everyMs: 1000,
      run: async (ctx) => {
        let n = 0;
        for (const item of [1, 2, 3]) if ((await enqueue(ctx.db, echo, { n: item }, { key: `item-${item}` })).created) n++;
        return n;
      },
    });
    const worker = createWorker(t().ctx, { handlers: [], sweeps: [sweep] });
    expect(await worker.sweep()).toBe(3);
    expect(await worker.sweep()).toBe(0);
    expect((await t().ctx.db.selectFrom('jobs').select('id').execute()).length).toBe(3);
  });

  it('records progress only while the worker holds the job, extends its lock, and keeps it after the end', async () => {
    await t().ctx.db.deleteFrom('jobs').execute();
    t().clock.set('2032-01-01T00:00:00Z');
    const locks: Array<string | null> = [];
    const worker = createWorker(t().ctx, {
      handlers: [handleJob(echo, async (p, ctx, job) => {
        const tracker = new ProgressTracker(job.progress, 'counting', p.n);
        for (let i = 0; i < p.n; i++) {
          t().clock.set(`2032-01-01T00:0${i + 1}:00Z`);
          if (i === 1) await tracker.fail(`item ${i}`, 'unreadable'); else await tracker.step();
          const row = await ctx.db.selectFrom('jobs').select(['progress', 'locked_until']).where('id', '=', job.id).executeTakeFirstOrThrow();
          locks.push(row.locked_until);
          expect(JSON.parse(row.progress!)).toMatchObject({ done: i + 1, total: p.n, phase: 'counting' });
        }
        return { status: 'done' };
      })],
      sweeps: [],
    });
    const { id } = await enqueue(t().ctx.db, echo, { n: 3 }, { organisationId: null, createdBy: null });
    await worker.drain();
    // Each write moved the lock forward with the clock: long work is not taken over while it reports.
    expect(locks.map((l) => l!.slice(0, 16))).toEqual(['2032-01-01T00:11', '2032-01-01T00:12', '2032-01-01T00:13']);
    const row = await t().ctx.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(JSON.parse(row.progress!)).toEqual({ done: 3, total: 3, phase: 'counting', message: null, errors: [{ item: 'item 1', message: 'unreadable' }], error_count: 1 });
    // A worker that no longer holds the job cannot write its progress.
    const { writeProgress } = await import('./progress');
    expect(await writeProgress(t().ctx.db, id, 'someone-else', { done: 0, total: 1, phase: 'x' }, '2040-01-01T00:00:00Z', '2032-01-02T00:00:00Z')).toBe(false);
  });
});
