// One browser and one fresh server (with the demo data) per test file, shared by its tests: the
// app served under a strict CSP, page errors, CSP violations and dialogs collected, an API helper
// that uses the page's session, axe, and sign-in. Call `useApp()` inside the file's describe.
import { afterAll, beforeAll, expect, vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildApp, startServer, type RunningServer } from './server';
import { launch, seriousViolations, type LaunchOptions } from './browser';

// The server's own CSP allows inline styles; the app is built to need none, so the browser here
// enforces the stricter policy and every violation is collected.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Selector of elements an unsanitised payload would have made (must never be in the page). */
export const PAYLOAD_ELEMENTS = 'main img[src="x"], main svg[onload], main a[href^="javascript:"]';

export interface AppHarness {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** Paths of the server's OpenAPI document (tests of features still being built check them). */
  paths: Set<string>;
  cspViolations: string[];
  pageErrors: string[];
  dialogs: string[];
  api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  checkAxe(name: string): Promise<void>;
  /** The id of the demo data's founding CBP request. */
  cbpRequestId(): Promise<string>;
}

export interface AppOptions extends LaunchOptions {
  locale?: string;
  /** Sign in as the demo admin through the API before the tests (the sign-in page test signs in itself). */
  signIn?: boolean;
  env?: Record<string, string>;
}

export function useApp(options: AppOptions = {}): () => AppHarness {
  // A browser step waits up to 10 s; a scene's test takes several, on a machine that may be shared.
  vi.setConfig({ testTimeout: 90_000 });
  let h: AppHarness | undefined;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    await buildApp();
    const server = await startServer(options.env);
    const spec = await (await fetch(`${server.url}/api/openapi.json`)).json();
    const browser = await launch(options.locale ?? 'en-US', options);
    close = async () => {
      // The server is stopped even when the browser hangs on close (a busy machine), never left running.
      try {
        await Promise.race([
          (async () => {
            await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
            await browser.close();
          })(),
          new Promise((r) => setTimeout(r, 20_000)),
        ]);
      } finally {
        await server.stop();
      }
    };
    await browser.context.route(`${server.url}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if ((headers['content-type'] ?? '').includes('text/html')) headers['content-security-policy'] = STRICT_CSP;
      await route.fulfill({ response, headers });
    });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Fail fast: a missing element should fail its own test, not eat the file's time.
    page.setDefaultTimeout(10_000);
    const harness: AppHarness = {
      server,
      context: browser.context,
      page,
      paths: new Set(Object.keys(spec.paths ?? {})),
      cspViolations: [],
      pageErrors: [],
      dialogs: [],
      api: async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
        const session = await (await page.request.get(`${server.url}/api/v1/session`)).json();
        const res = await page.request.fetch(`${server.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
          data: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
        return (await res.json()) as T;
      },
      checkAxe: async (name: string) => {
        const v = await seriousViolations(page);
        expect(v, `axe on ${name}`).toEqual([]);
      },
      cbpRequestId: async () => {
        const list = await harness.api<{ items: { id: string; title: string }[] }>('GET', '/api/v1/requests?q=biometric');
        const cbp = list.items.find((r) => r.title.startsWith('Access Now to CBP'));
        expect(cbp, 'the founding CBP request is in the demo data').toBeDefined();
        return cbp!.id;
      },
    };
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) harness.cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => harness.pageErrors.push(String(e)));
    page.on('dialog', async (d) => {
      harness.dialogs.push(d.message());
      await d.dismiss();
    });
    if (options.signIn) {
      const res = await page.request.post(`${server.url}/api/v1/session`, { data: { email: server.adminEmail, password: server.adminPassword } });
      if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
    }
    h = harness;
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  return () => {
    if (!h) throw new Error('the app harness is not ready (beforeAll failed)');
    return h;
  };
}

/** The closing check of every file: every page ran under the strict CSP, without a page error. */
export function expectCleanRun(h: AppHarness): void {
  expect(h.cspViolations).toEqual([]);
  expect(h.pageErrors).toEqual([]);
}

/** A browser suite's name, saying loudly why it is skipped when no Chromium is installed. */
export function browserSuite(name: string, chromium: string | null): string {
  return `${name}${chromium ? '' : ' [skipped: no Chromium at ACCESO_CHROMIUM or /usr/bin/chromium]'}`;
}
