// The request page in Chromium: the demo CBP request's deadlines explained (the may-sue date, the
// counted days on a calendar), outside text with script payloads shown as text, keyboard use, and a
// follow-up letter offered as a PDF. Fresh server with the demo data; strict CSP; axe; screenshots.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, screenshot } from './support/browser';
import { browserSuite, expectCleanRun, PAYLOAD_ELEMENTS, useApp } from './support/app';

describe.skipIf(!CHROMIUM)(browserSuite('web app: request page in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true });

  it('shows the demo CBP request overdue since January 2023, with its may-sue date explained', async () => {
    const { page, server, checkAxe, cbpRequestId } = app();
    await page.goto(`${server.url}/requests/${await cbpRequestId()}`);
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    const response = page.locator('.deadline[data-kind="response"]');
    await expect(response.locator('.due').textContent()).resolves.toMatch(/^Was due .*2023/);
    const maySue = page.locator('.deadline[data-kind="may-sue"]');
    await expect(maySue.textContent()).resolves.toMatch(/May sue since .*2023/);
    await maySue.getByRole('button', { name: 'Explain' }).click();
    const explanation = maySue.locator('.explanation');
    await explanation.waitFor();
    const text = (await explanation.textContent()) ?? '';
    expect(text).toContain('5 U.S.C. § 552(a)(6)(C)(i)');
    expect(text).toMatch(/may go to court/i);
    expect(await maySue.getByRole('link', { name: 'Source' }).getAttribute('href')).toMatch(/^https:\/\//);
    // The response deadline's explanation draws the counted days with the skipped days named.
    await response.getByRole('button', { name: 'Explain' }).click();
    await response.locator('table.month').first().waitFor();
    expect(await response.locator('td.day.due').count()).toBe(1);
    expect(await response.locator('.skipped-days[aria-label="Days skipped"]').textContent()).toMatch(/weekend days? skipped/);
    await screenshot(page, 'request-cbp');
    await checkAxe('request page');
  });

  it('shows outside text with script payloads as text: no dialog, no script runs', async () => {
    const { page, server, api, dialogs } = app();
    const payload = `<script>alert('t')</script><img src=x onerror="alert('i')"><svg onload="alert('s')"></svg><a href="javascript:alert('a')">x</a>`;
    const made = await api<{ id: string }>('POST', '/api/v1/requests', { title: `XSS ${payload}`, text: payload, agency_id: 'cbp', filed_on: '2026-01-05' });
    await api('POST', `/api/v1/requests/${made.id}/events`, { kind: 'acknowledged', date: '2026-01-07', note: payload });
    await page.goto(`${server.url}/requests/${made.id}`);
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    expect(await page.locator('h1').textContent()).toContain('<script>');
    await page.getByText('Show the request text').click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator(PAYLOAD_ELEMENTS).count()).toBe(0);
  });

  it('works from the keyboard: skip link to the content, then a deadline explanation opens with Enter', async () => {
    const { page, server, cbpRequestId } = app();
    await page.goto(`${server.url}/requests/${await cbpRequestId()}`);
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.textContent)) === 'Explain';
    }
    expect(found, 'an Explain button is reachable with Tab').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
  });

  it('drafts a follow-up letter from the timeline and offers it as a PDF', async () => {
    const { page, server, api, checkAxe } = app();
    const list = await api<{ items: { id: string; title: string }[] }>('GET', '/api/v1/requests?q=Texas');
    const texas = list.items[0];
    await page.goto(`${server.url}/requests/${texas.id}`);
    await page.getByRole('heading', { name: 'Letters' }).waitFor();
    await page.getByRole('button', { name: 'Draft and preview' }).click();
    const letter = page.locator('section[aria-label="Letter preview"] .letter-text');
    await letter.waitFor();
    expect((await letter.textContent())?.length ?? 0).toBeGreaterThan(200);
    const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${server.url}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await screenshot(page, 'request-letter');
    await checkAxe('request page with a letter');
  });

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});
