// Long work with progress in Chromium: an agency CSV checked (dry run) then imported in the
// background until its progress says done; a request exported to a ZIP, progress to done and the
// download link giving the ZIP; failed documents re-read from the Records page. Fresh server with
// the demo data (signed in as its owner); strict CSP; axe on each new screen; screenshots.
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { CHROMIUM, screenshot } from './support/browser';
import { browserSuite, expectCleanRun, useApp } from './support/app';

function entryNames(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => zip.openReadStream(entry, (e, s) => {
        if (e || !s) return reject(e);
        const chunks: Buffer[] = [];
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('end', () => { out.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
      }));
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

describe.skipIf(!CHROMIUM)(browserSuite('web app: long work with progress in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true });

  it('checks an agency CSV, imports it in the background and shows its progress reach done', async () => {
    const { page, server, api, checkAxe } = app();
    await page.goto(`${server.url}/agencies`);
    await page.getByRole('heading', { name: 'Import agencies from a CSV file' }).waitFor();
    await checkAxe('/agencies with the import form');
    const csv = ['id,name,jurisdiction,city,country', 'gt-e2e-uno,Oficina de prueba uno,gt,Guatemala,GT', 'gt-e2e-dos,Oficina de prueba dos,gt,Guatemala,GT', 'gt-e2e-tres,Oficina de prueba tres,gt,Guatemala,GT'].join('\n');
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'gt-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Keyboard only: the check and import buttons are reached and pressed without the mouse.
    await page.getByRole('button', { name: 'Check the file' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Would add 3, change 0, leave 0 unchanged, reject 0; 0 edited kept.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).focus();
    await page.keyboard.press('Enter');
    const done = page.locator('[data-job-status="done"]');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getByRole('status').textContent()).toBe('Agency import · Done · 3 of 3 done');
    await screenshot(page, 'agency-import-done');
    await checkAxe('/agencies after the import');
    expect(await api<{ name: string }>('GET', '/api/v1/agencies/gt-e2e-dos')).toMatchObject({ name: 'Oficina de prueba dos' });
    const jobs = await api<{ items: { kind: string; status: string; progress: { done: number; total: number } }[] }>('GET', '/api/v1/jobs?kind=agencies.import');
    expect(jobs.items[0]).toMatchObject({ status: 'done', progress: { phase: 'writing', done: 3, total: 3 } });
  }, 90_000);

  it('exports a request to a ZIP: progress to done, then the download link gives the ZIP', async () => {
    const { page, server, checkAxe, cbpRequestId } = app();
    const id = await cbpRequestId();
    await page.goto(`${server.url}/requests/${id}`);
    const button = page.getByRole('button', { name: 'Export this request (ZIP)' });
    await button.waitFor();
    await button.click();
    const done = page.locator('[data-job-status="done"]');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getByRole('status').textContent()).toMatch(/^Export this request \(ZIP\) · Done · 1 of 1 done$/);
    const link = done.getByRole('link', { name: /^Download acceso-export-.+\.zip/ });
    await screenshot(page, 'request-export-done');
    await checkAxe('request page after an export');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const zip = Buffer.concat(chunks);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const entries = await entryNames(zip);
    const json = JSON.parse(entries.get('requests.json')!.toString('utf8'));
    expect(json.requests.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(json.requests[0].title).toMatch(/^Access Now to CBP/);
    // Every file requests.json names is in the ZIP.
    for (const f of [...json.requests[0].export_files.messages, ...json.requests[0].export_files.documents]) expect(entries.has(f.path), f.path).toBe(true);
  }, 90_000);

  it('starts an export of the list and a re-reading of failed documents, each labelled and checked by axe', async () => {
    const { page, server, checkAxe } = app();
    await page.goto(`${server.url}/requests`);
    await page.getByRole('button', { name: 'Export these requests (ZIP)' }).click();
    await page.locator('[data-job-status="done"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-job-status="done"] a[download]').count()).toBe(1);
    await checkAxe('/requests after an export');

    await page.goto(`${server.url}/records`);
    await page.getByRole('button', { name: 'Re-read failed documents' }).click();
    await page.locator('[data-job-status="done"]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'records-reingest-done');
    await checkAxe('/records after re-reading');
    expectCleanRun(app());
  }, 150_000);
});
