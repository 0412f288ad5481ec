// The agency CSV import as a job on both databases: 202 with a job, rows checked then rows
// written in chunks (progress per chunk), the same report as the synchronous import, rejected
// lines end the job "skipped" with nothing written; dry runs and the synchronous contract stay.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { createOrganisation } from '../../../test/factories';
import { createWorker } from '../../../jobs/worker';
import { countAgencies, findAgency } from '../repository';
import { CHUNK, importAgenciesHandler } from './import-job';

const ROWS = CHUNK * 2 + 50;
const CSV = ['id,name,jurisdiction,city,country', ...Array.from({ length: ROWS }, (_, i) => `gt-prueba-${i},Oficina de prueba ${i},gt,Guatemala,GT`)].join('\n');

describeEachDatabase('agency import job', (t) => {
  const inject = async (o: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: string }) => (await t().app()).inject(o as never);

  it('imports a large CSV in the background with rows written of rows to write', async () => {
    const org = await createOrganisation(t().ctx, 'import');
    const other = await createOrganisation(t().ctx, 'other');
    const headers = { ...org.editor.headers, 'content-type': 'text/csv' };
    // Dry runs answer at once even when async is asked for.
    const dry = await inject({ method: 'POST', url: '/api/v1/agencies/import?dry_run=true&async=true&name=gt.csv', headers, payload: CSV });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dry_run: true, counts: { added: ROWS } });
    expect((await inject({ method: 'POST', url: '/api/v1/agencies/import?async=true', headers: { ...org.viewer.headers, 'content-type': 'text/csv' }, payload: CSV })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/api/v1/agencies/import?async=true', headers, payload: 'id,name,colour\n' })).statusCode).toBe(400);

    const started = await inject({ method: 'POST', url: '/api/v1/agencies/import?async=true&name=gt.csv&source_date=2026-11-01', headers, payload: CSV });
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json().job.id;
    expect(await countAgencies(t().ctx.db, { jurisdiction: 'gt' })).toBe(0);

    const seen: string[] = [];
    const spy = { definition: importAgenciesHandler.definition, handler: ((p, c, job) => importAgenciesHandler.handler(p, c, { ...job, progress: async (x) => { seen.push(`${x.phase} ${x.done}/${x.total}`); await job.progress(x); } })) as typeof importAgenciesHandler.handler };
    await createWorker(t().ctx, { handlers: [spy], sweeps: [] }).drain();
    expect(seen).toEqual(['loading 0/null', `checking 0/${ROWS}`, `checking ${ROWS}/${ROWS}`, `writing 0/${ROWS}`, `writing ${CHUNK}/${ROWS}`, `writing ${CHUNK * 2}/${ROWS}`, `writing ${ROWS}/${ROWS}`]);

    const job = (await inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: org.viewer.headers })).json();
    expect(job).toMatchObject({ kind: 'agencies.import', status: 'done', progress: { phase: 'writing', done: ROWS, total: ROWS }, result: { report: { written: true, counts: { added: ROWS, rejected: 0 } } } });
    expect(await countAgencies(t().ctx.db, { jurisdiction: 'gt' })).toBe(ROWS);
    expect((await findAgency(t().ctx.db, 'gt-prueba-7'))?.source_date).toBe('2026-11-01');
    const audits = await t().ctx.db.selectFrom('audit_events').select(['action', 'organisation_id']).where('action', 'in', ['agency.import', 'agency.import.start']).execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['agency.import', 'agency.import.start']);
    expect(audits.every((a) => a.organisation_id === org.id)).toBe(true);
    expect((await inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: other.owner.headers })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: '/api/v1/jobs?kind=agencies.import', headers: org.owner.headers })).json().items.map((j: { id: string }) => j.id)).toEqual([id]);
  });

  it('ends "skipped" with the rejected lines and writes nothing when a line is rejected', async () => {
    const org = await createOrganisation(t().ctx, 'rejects');
    const bad = 'id,name,jurisdiction\ngt-bueno,Bueno,gt\ngt-malo,Malo,zz\n';
    const id = (await inject({ method: 'POST', url: '/api/v1/agencies/import?async=true', headers: { ...org.owner.headers, 'content-type': 'text/csv' }, payload: bad })).json().job.id;
    await createWorker(t().ctx).drain();
    const job = (await inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: org.owner.headers })).json();
    expect(job).toMatchObject({ status: 'skipped', error: expect.stringMatching(/1 line\(s\) rejected/), error_count: 1, errors: [{ item: 'line 3' }], result: { report: { written: false, counts: { rejected: 1 } } } });
    expect(await findAgency(t().ctx.db, 'gt-bueno')).toBeUndefined();
  });
});
