// Records and search in Chromium: a released record uploaded on its request page is read and listed
// on the Records page; a reply's attached PDF is found by a word of it, the hit highlighted, and
// opened in the page viewer beside its page image. Script payloads in file names and page text stay
// text. Fresh server with the demo data; strict CSP; axe; screenshots.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, screenshot } from './support/browser';
import { pdfWith, sendMail, waitFor } from './support/mail';
import { browserSuite, expectCleanRun, PAYLOAD_ELEMENTS, useApp } from './support/app';

describe.skipIf(!CHROMIUM)(browserSuite('web app: records and search in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true });

  it('renders /records with no serious accessibility violations', async () => {
    const { page, server, checkAxe } = app();
    await page.goto(`${server.url}/records`);
    await page.getByRole('heading', { name: 'Records', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'records');
    await checkAxe('/records');
  });

  it('uploads a released record on the request page and shows it being read, then ready', async () => {
    const { page, server, api, checkAxe } = app();
    const made = await api<{ id: string }>('POST', '/api/v1/requests', { title: 'E2E upload', text: 'Records.', agency_id: 'ice', filed_on: '2026-02-02' });
    await page.goto(`${server.url}/requests/${made.id}`);
    await page.getByRole('heading', { name: 'Records received' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'production-1.pdf', mimeType: 'application/pdf', buffer: await pdfWith('Production one. Withheld under (b)(7)(C).') });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const row = page.locator('table tr', { hasText: 'production-1.pdf' });
    await row.waitFor();
    await row.getByText('Ready').waitFor({ timeout: 100_000 }); // read in a child process: slow when the machine is shared
    await screenshot(page, 'request-upload');
    // The Records page lists the organisation's documents with their request; the status filter narrows it.
    await page.goto(`${server.url}/records`);
    const listed = page.locator('table tr', { hasText: 'production-1.pdf' });
    await listed.waitFor();
    expect(await listed.textContent()).toContain('E2E upload');
    await page.locator('label', { hasText: /^Failed$/ }).first().click();
    await expect.poll(() => page.locator('table tr', { hasText: 'production-1.pdf' }).count()).toBe(0);
    await screenshot(page, 'records-list');
    await checkAxe('records list');
  }, 150_000);

  it('finds a word of a PDF that came by mail, highlights it, and shows the page beside its image', async () => {
    const { page, server, api, checkAxe, dialogs, paths } = app();
    expect(['/api/v1/messages', '/api/v1/search'].filter((p) => !paths.has(p)), 'routes the server must serve').toEqual([]);
    const made = await api<{ id: string }>('POST', '/api/v1/requests', { title: 'E2E search by mail', text: 'Records, please.', agency_id: 'cbp', filed_on: '2026-01-05' });
    const detail = await api<{ reply_address?: string }>('GET', `/api/v1/requests/${made.id}`);
    expect(detail.reply_address, 'the request has a reply address').toMatch(/^r-.+@/);
    const word = `quokkazanzibar${Date.now() % 100000}`;
    await sendMail(server.smtpPort, {
      from: '"CBP FOIA" <foia@cbp.dhs.gov>',
      to: detail.reply_address!,
      subject: 'Re: your FOIA request',
      text: 'The records are attached.',
      // The file name and the page text carry payloads: they come back in search snippets.
      attachments: [{ filename: `release-${word}"><img src=x onerror=alert('f')>.pdf`, content: await pdfWith(`Released page. The ${word} agreement <script>alert('p')</script> is exempt under (b)(6).`) }],
    });
    await waitFor(async () => {
      const r = await api<{ items: unknown[] }>('GET', `/api/v1/search?q=${word}`);
      return r.items.length ? r.items : null;
    }, 60_000, 'the attached PDF to be read and indexed');
    await page.goto(`${server.url}/records?q=${word}`);
    const hit = page.locator('ol.hits mark', { hasText: word }).first();
    await hit.waitFor();
    expect(await page.locator('ol.hits').textContent()).toContain("<script>alert('p')</script>");
    await screenshot(page, 'records-search');
    await checkAxe('records search');
    await page.locator('ol.hits a').first().click();
    await page.locator('.page-text').waitFor();
    expect(await page.locator('.page-text mark').first().textContent()).toBe(word);
    // The page image is drawn by the server and shown beside the text.
    await expect.poll(() => page.locator('.page-image img').evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, 'document-viewer');
    await checkAxe('document viewer');
    expect(dialogs).toEqual([]);
    expect(await page.locator(PAYLOAD_ELEMENTS).count()).toBe(0);
  }, 120_000);

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});
