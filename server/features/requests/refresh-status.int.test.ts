// Status depends on today: when the day passes a deadline, lists show the new status at once and
// the sweep + job rewrite the cached columns that filters use.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { refreshStatusJob, refreshStatusSweep } from './refresh-status-job';

describeEachDatabase('status refresh as days pass', (t) => {
  it('moves a request from awaiting-response to overdue when its due date passes', async () => {
    const app = await t().app();
    const org = await createOrganisation(t().ctx, 'refresh');
    t().clock.set('2025-06-16T12:00:00Z');
    const created = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload: { title: 'Clock', jurisdiction: 'us-federal', filed_on: '2025-06-13' } });
    expect(created.json().status).toBe('awaiting-response');
    const due = created.json().deadlines.find((d: { kind: string }) => d.kind === 'response').due as string;

    t().clock.set('2025-09-01T12:00:00Z'); // well past the 20 working days
    const listed = (await app.inject({ url: '/api/v1/requests', headers: org.viewer.headers })).json().items[0];
    expect(['overdue', 'may-sue']).toContain(listed.status);
    expect(listed.status_as_of).toBe('2025-09-01');
    // the cache is still from June until the sweep runs: the overdue filter does not see it yet
    const row = () => t().ctx.db.selectFrom('requests').select(['derived_status', 'derived_as_of', 'derived_response_due']).where('id', '=', listed.id).executeTakeFirstOrThrow();
    expect((await row()).derived_as_of).toBe('2025-06-16');

    const worker = createWorker(t().ctx, { handlers: [refreshStatusJob], sweeps: [refreshStatusSweep] });
    expect(await worker.sweep()).toBe(1);
    expect(await worker.sweep()).toBe(0); // keyed: one job per day and engine version
    expect(await worker.drain()).toBe(1);
    expect(await row()).toMatchObject({ derived_status: listed.status, derived_as_of: '2025-09-01', derived_response_due: due });
    const overdue = (await app.inject({ url: '/api/v1/requests?overdue=true', headers: org.viewer.headers })).json().items;
    expect(overdue.map((i: { id: string }) => i.id)).toEqual([listed.id]);
  });
});
