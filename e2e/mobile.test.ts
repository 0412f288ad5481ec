// The main pages on a phone-sized screen (390 x 844, touch) in Chromium: no page wider than the
// screen, the navigation folded behind a menu button that works by keyboard and by touch, axe on
// each page and a screenshot of each (test-results/screenshots/mobile-*.png). Strict CSP.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, PHONE, screenshot } from './support/browser';
import { browserSuite, expectCleanRun, useApp } from './support/app';

/** How far the page is wider than the screen (0 when nothing overflows horizontally). */
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

describe.skipIf(!CHROMIUM)(browserSuite('web app on a phone-sized screen in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true, ...PHONE });

  const pages: [string, string | RegExp, string | (() => Promise<string>)][] = [
    ['dashboard', 'Dashboard', '/'],
    ['request', /^Access Now to CBP/, async () => `/requests/${await app().cbpRequestId()}`],
    ['compose', 'New request', '/requests/new'],
    ['inbox', 'Inbox', '/inbox'],
    ['records', 'Records', '/records'],
    ['requests', 'Requests', '/requests'],
    ['agencies', 'Agencies', '/agencies'],
  ];
  for (const [name, heading, path] of pages) {
    it(`shows ${name} no wider than the screen, with no serious accessibility violations`, async () => {
      const { page, server, checkAxe } = app();
      await page.goto(`${server.url}${typeof path === 'string' ? path : await path()}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => window.innerWidth)).toBe(390);
      expect(await overflow(page), `${name}: page wider than the screen by`).toBeLessThanOrEqual(0);
      // The navigation is folded away until the menu button opens it.
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      await screenshot(page, `mobile-${name}`);
      await checkAxe(`${name} at 390 px`);
    });
  }

  it('opens the menu and navigates with the keyboard; Escape closes it and returns focus', async () => {
    const { page, server } = app();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const button = page.getByRole('button', { name: 'Menu' });
    let reached = false;
    for (let i = 0; i < 5 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)) === 'Menu';
    }
    expect(reached, 'the menu button is reachable with Tab').toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await overflow(page), 'the open menu fits the screen').toBeLessThanOrEqual(0);
    await screenshot(page, 'mobile-menu-open');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe('Menu');
    // Open again, Tab through the links to Records, follow it: the page changes and the menu folds.
    await page.keyboard.press('Enter');
    let onRecords = false;
    for (let i = 0; i < 10 && !onRecords; i++) {
      await page.keyboard.press('Tab');
      onRecords = (await focused(page)) === 'Records';
    }
    expect(onRecords, 'the Records link is reachable with Tab').toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Records', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/records');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the menu and navigates by touch', async () => {
    const { page, server } = app();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).tap();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    await nav.getByRole('link', { name: 'Inbox' }).tap();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    // The tools in the menu (language, sign out) are reachable by touch too.
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.locator('label', { hasText: 'Español' }).first().tap();
    await page.getByRole('heading', { name: 'Correo', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await overflow(page), 'Spanish labels fit the screen too').toBeLessThanOrEqual(0);
    await page.locator('label', { hasText: 'English' }).first().tap();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
  });

  it('shows the full navigation and no menu button on a wide screen', async () => {
    const { page, server } = app();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    } finally {
      await page.setViewportSize(PHONE.viewport);
    }
  });

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});
