// Sign-in and the dashboard in the system Chromium against a fresh server with the demo data: sign
// in, overdue requests counted in working days, the list and directory pages, the CBP scorecard;
// axe on every page, screenshots in test-results/screenshots/, and the app under a strict CSP.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, screenshot } from './support/browser';
import { browserSuite, expectCleanRun, useApp } from './support/app';

describe.skipIf(!CHROMIUM)(browserSuite('web app: sign-in and dashboard in Chromium', CHROMIUM), () => {
  const app = useApp();

  it('signs in with the demo admin and lands on the dashboard', async () => {
    const { page, server, checkAxe } = app();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    await checkAxe('sign-in');
    await page.getByLabel('Email').fill(server.adminEmail);
    await page.getByLabel(/^Password/).fill(server.adminPassword!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  });

  it('shows overdue requests with the number of working days, and passes axe', async () => {
    const { page, checkAxe } = app();
    const overdue = page.locator('[data-section="overdue"]');
    await overdue.getByText(/Overdue by \d+ working days?/).first().waitFor();
    await screenshot(page, 'dashboard');
    await checkAxe('dashboard');
  });

  for (const [path, heading, name] of [
    ['/requests', 'Requests', 'requests'],
    ['/agencies', 'Agencies', 'agencies'],
    ['/agencies/cbp', /^U\.S\. Customs (and|&) Border Protection \(CBP\)$/, 'agency-cbp'],
  ] as const) {
    it(`renders ${path} with no serious accessibility violations`, async () => {
      const { page, server, checkAxe } = app();
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, name);
      await checkAxe(path);
    });
  }

  it('charts the scorecard of CBP from our own requests (the demo requests to CBP)', async () => {
    const { page, server, api } = app();
    const card = await api<{ requests: number; median_days_to_first_response: number | null }>('GET', '/api/v1/agencies/cbp/scorecard');
    expect(card.requests, 'the demo data files requests with CBP').toBeGreaterThan(0);
    await page.goto(`${server.url}/agencies/cbp`);
    const own = page.locator('[data-scorecard="own"]');
    await own.waitFor();
    expect(await own.textContent()).toContain(card.requests === 1 ? 'Based on 1 request.' : `Based on ${card.requests} requests.`);
    expect(await own.locator('figure.chart').count()).toBeGreaterThanOrEqual(2);
  });

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});
