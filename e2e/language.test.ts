// Language in Chromium: the app switches to Spanish and back (explanations fetched again in the new
// language), a Spanish browser gets first-run setup in Spanish, and errors from the API reach a
// Spanish user in Spanish (decision 0420). Strict CSP on the demo server; axe; screenshots.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, launch, screenshot, seriousViolations } from './support/browser';
import { buildApp, startServer } from './support/server';
import { browserSuite, expectCleanRun, useApp } from './support/app';

describe.skipIf(!CHROMIUM)(browserSuite('web app: switching language in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true });

  it('switches to Spanish, keeps the choice across a reload, and back', async () => {
    const { page, server, checkAxe, cbpRequestId } = app();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.locator('label', { hasText: 'Español' }).first().click();
    await page.getByRole('heading', { name: 'Panel', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.reload();
    await page.getByRole('heading', { name: 'Panel', level: 1 }).waitFor();
    await expect(page.locator('[data-section="overdue"]').textContent()).resolves.toMatch(/Vencida hace \d+ días? hábil/);
    await screenshot(page, 'dashboard-es');
    await checkAxe('dashboard (es)');
    // Deadline explanations come from the server in the UI's language (`lang` on the API calls).
    await page.goto(`${server.url}/requests/${await cbpRequestId()}`);
    await page.getByRole('heading', { name: 'Plazos' }).waitFor();
    const maySue = page.locator('.deadline[data-kind="may-sue"]');
    await maySue.getByRole('button', { name: 'Explicar' }).click();
    const explanation = maySue.locator('.explanation-lines');
    await explanation.waitFor();
    const spanish = (await explanation.textContent()) ?? '';
    expect(spanish).toMatch(/puede demandar ante un tribunal/);
    expect(spanish).not.toMatch(/may go to court/i);
    expect(spanish).toContain('5 U.S.C. § 552(a)(6)(C)(i)'); // citations are facts, not translated
    const response = page.locator('.deadline[data-kind="response"]');
    await response.getByRole('button', { name: 'Explicar' }).click();
    await response.locator('table.month').first().waitFor();
    expect(await response.locator('.skipped-days[aria-label="Días omitidos"]').textContent()).toMatch(/fin de semana omitidos?/);
    // Switching language on the page fetches the explanation again, in the new language.
    await page.locator('label', { hasText: 'English' }).first().click();
    await expect.poll(async () => (await explanation.textContent()) ?? '', { timeout: 10_000 }).toMatch(/may go to court/i);
    await page.locator('label', { hasText: 'Español' }).first().click();
    await expect.poll(async () => (await explanation.textContent()) ?? '', { timeout: 10_000 }).toMatch(/puede demandar ante un tribunal/);
    await page.getByRole('link', { name: 'Nueva solicitud' }).first().click();
    await page.getByRole('heading', { name: 'Nueva solicitud', level: 1 }).waitFor();
    await page.locator('label', { hasText: 'English' }).first().click();
    await page.getByRole('heading', { name: 'New request', level: 1 }).waitFor();
  });

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});

describe.skipIf(!CHROMIUM)(browserSuite('language from the browser', CHROMIUM), () => {
  it('a Spanish browser gets first-run setup in Spanish, setup creates the organisation and signs in, and a failed sign-in is explained in Spanish', async () => {
    await buildApp();
    const server = await startServer({ ACCESO_DEMO: '0' });
    const b = await launch('es-MX');
    try {
      const page = b.context.pages()[0] ?? (await b.context.newPage());
      page.setDefaultTimeout(10_000);
      await page.goto(server.url);
      // A fresh instance without users offers first-run setup, in Spanish.
      await page.getByRole('heading', { name: 'Configurar Acceso' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await screenshot(page, 'setup-es');
      expect(await seriousViolations(page)).toEqual([]);
      // First-run setup creates the organisation and its owner, and signs in.
      await page.getByLabel(/^Nombre de la organización/).fill('Clínica de transparencia');
      await page.getByLabel(/^Su nombre/).fill('Ana Pérez');
      await page.getByLabel(/^Correo electrónico/).fill('ana@example.org');
      await page.getByLabel(/^Contraseña/).fill('una contraseña larga 2026');
      await page.getByRole('button', { name: 'Crear e iniciar sesión' }).click();
      await page.getByRole('heading', { name: 'Panel', level: 1 }).waitFor();
      expect(await page.locator('.org-name').textContent()).toBe('Clínica de transparencia');
      // The API's problem (401 invalid-credentials) is worded by the server in the UI's language.
      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
      await page.getByLabel(/^Correo electrónico/).fill('ana@example.org');
      await page.getByLabel(/^Contraseña/).fill('no es la contraseña');
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('El correo electrónico o la contraseña no son correctos.').waitFor();
      expect(await alert.textContent()).not.toMatch(/password is not correct/i);
      await screenshot(page, 'sign-in-failed-es');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await b.close();
      await server.stop();
    }
  }, 120_000);
});
