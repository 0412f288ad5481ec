// Organisations in the browser against a real server with the demo data: the admin creates a
// second organisation on the Settings page, switches to it with the organisation switcher in the
// header, no longer sees the first organisation's private request, creates an API token (shown
// once, works), revokes it (refused at once), adds a new person (initial password shown once),
// changes their role and removes them, and the Settings page passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildApp, startServer, type RunningServer } from './support/server';
import { CHROMIUM, launch, screenshot, seriousViolations } from './support/browser';

describe.skipIf(!CHROMIUM)(`organisations, members and tokens in Chromium${CHROMIUM ? '' : ' [skipped: no Chromium at ACCESO_CHROMIUM or /usr/bin/chromium]'}`, () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];
  const marker = `Zebracorn${Date.now().toString(36)}`;
  const secondName = `Second clinic ${marker}`;

  beforeAll(async () => {
    await buildApp();
    server = await startServer();
    browser = await launch('en-US');
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The API as the signed-in browser (its cookie and CSRF token). */
  const api = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const session = await (await page.request.get(`${server.url}/api/v1/session`)).json();
    return page.request.fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
      data: body === undefined ? undefined : JSON.stringify(body),
    });
  };
  const checkAxe = async (name: string) => expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  const requestsMatching = async (q: string) => {
    await page.goto(`${server.url}/requests?q=${encodeURIComponent(q)}`);
    await page.getByRole('heading', { name: 'Requests', level: 1 }).waitFor();
    await page.locator('main table').or(page.getByText('No requests match.')).first().waitFor();
    return page.getByRole('link', { name: new RegExp(q) }).count();
  };

  it('signs in and files a private request in the first organisation', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill(server.adminEmail);
    await page.getByLabel(/^Password/).fill(server.adminPassword!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const created = await api('POST', '/api/v1/requests', { title: `Private memo ${marker}`, jurisdiction: 'mx', visibility: 'private' });
    expect(created.status(), await created.text()).toBe(201);
    expect(await requestsMatching(marker)).toBe(1);
  });

  it('creates a second organisation on the Settings page, which passes axe', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Members of / }).waitFor();
    await page.locator('[data-member]').first().waitFor();
    await checkAxe('settings');
    await page.getByLabel('Name of the new organisation').fill(secondName);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByText(`${secondName} was created.`).waitFor();
    // The new organisation is listed with the admin as owner; the first stays current.
    const row = page.locator('tr', { hasText: secondName });
    await row.getByText('owner').waitFor();
    await row.getByRole('button', { name: `Switch to ${secondName}` }).waitFor();
  });

  it('switches with the organisation switcher and no longer lists the first organisation\'s private request', async () => {
    const switcher = page.getByRole('banner').getByLabel('Organisation', { exact: true });
    await switcher.selectOption({ label: `${secondName} (owner)` });
    await page.locator('tr', { hasText: secondName }).getByText('Current').waitFor();
    const orgs = await (await api('GET', '/api/v1/organisations')).json();
    expect(orgs.items.find((o: { current: boolean }) => o.current).name).toBe(secondName);
    expect(await requestsMatching(marker)).toBe(0);
    await page.getByText('No requests match.').waitFor();
    const listed = await (await api('GET', `/api/v1/requests?q=${marker}`)).json();
    expect(listed.items).toEqual([]);
  });

  it('adds a new person (initial password shown once, which signs in), changes their role, removes them', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: `Members of ${secondName}`, exact: true }).waitFor();
    const email = `paula.${marker.toLowerCase()}@clinic.test`;
    await page.getByLabel('Email of the person').fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Paula');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const secret = page.getByLabel('Initial password');
    await secret.waitFor();
    const password = ((await secret.textContent()) ?? '').trim();
    const signIn = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    expect(signIn.status).toBe(200);
    expect((await signIn.json()).organisations).toEqual([expect.objectContaining({ name: secondName, role: 'viewer' })]);
    await checkAxe('settings with a new member');

    const row = page.locator(`tr[data-member="${email}"]`);
    await row.getByLabel(`Role of ${email}`).selectOption('editor');
    const orgId = (await (await api('GET', '/api/v1/organisations')).json()).items.find((o: { current: boolean }) => o.current).id;
    await expect.poll(async () => {
      const members = (await (await api('GET', `/api/v1/organisations/${orgId}/members`)).json()).items;
      return members.find((m: { email: string }) => m.email === email)?.role;
    }).toBe('editor');
    await row.getByRole('button', { name: `Remove ${email}` }).click();
    await page.getByRole('button', { name: `Yes, remove ${email}` }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('creates an API token shown once with a copy button, which works, then revokes it', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: `Members of ${secondName}`, exact: true }).waitFor();
    await page.getByLabel('Token name').fill('e2e script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByLabel('New API token');
    await secret.waitFor();
    const token = ((await secret.textContent()) ?? '').trim();
    expect(token).toMatch(/^acc_[A-Za-z0-9_-]{40,}$/);
    await page.getByRole('button', { name: 'Copy' }).waitFor();
    await screenshot(page, 'settings-token-created');
    await checkAxe('settings with a new token');

    const bearer = { authorization: `Bearer ${token}` };
    const works = await fetch(`${server.url}/api/v1/organisations`, { headers: bearer });
    expect(works.status).toBe(200);
    expect((await works.json()).items.find((o: { current: boolean }) => o.current).name).toBe(secondName);

    const row = page.locator('[aria-labelledby="settings-my-tokens"] tr', { hasText: 'e2e script' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Revoke token e2e script' }).click();
    // The second step has the focus: Enter confirms, as a keyboard user would.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, revoke e2e script');
    await page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });
    const refused = await fetch(`${server.url}/api/v1/organisations`, { headers: bearer });
    expect(refused.status).toBe(401);
    expect(pageErrors).toEqual([]);
  });

  it('changes the signed-in person\'s own password', async () => {
    const newPassword = `a fresh passphrase ${marker}`;
    await page.getByLabel('Current password').fill(server.adminPassword!);
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.').waitFor();
    const signIn = (password: string) => fetch(`${server.url}/api/v1/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: server.adminEmail, password }),
    });
    expect((await signIn(newPassword)).status).toBe(200);
    expect((await signIn(server.adminPassword!)).status).toBe(401);
    expect(pageErrors).toEqual([]);
  });
});
