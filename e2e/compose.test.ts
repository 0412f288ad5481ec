// Compose in Chromium: one request to two agencies from the directory, the letter template and its
// language chosen from the server's templates, the preview being the letter exactly as sent.
// Fresh server with the demo data; strict CSP; axe; screenshots.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, screenshot } from './support/browser';
import { browserSuite, expectCleanRun, useApp } from './support/app';

describe.skipIf(!CHROMIUM)(browserSuite('web app: compose in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true });

  it('files one request to two agencies from the directory, with the template and letter language chosen, sending the previewed letter', async () => {
    const { page, server, api, checkAxe } = app();
    const subject = `E2E two agencies ${Date.now()}`;
    await page.goto(`${server.url}/requests/new`);
    await page.getByRole('heading', { name: 'New request' }).waitFor();
    const search = page.getByLabel('Search the agency directory');
    for (const [abbreviation, name] of [['CBP', /^Add U\.S\. Customs (and|&) Border Protection$/], ['ICE', /^Add U\.S\. Immigration (and|&) Customs Enforcement$/]] as const) {
      await search.fill(abbreviation);
      await page.getByRole('button', { name }).click();
    }
    await expect(page.locator('.chosen li').count()).resolves.toBe(2);
    await page.getByLabel('Subject').fill(subject);
    await page.getByLabel('Request text').fill('All agreements under which biometric data of migrants is shared with foreign governments.');
    await page.getByLabel('Ask for a fee waiver').check();
    await page.getByLabel('Why fees should be waived').fill('Non-commercial public-interest research.');
    // The templates come from the server (GET /api/v1/letter-templates): the request letter in the
    // federal wording is chosen; the letters written after filing are listed but not offered here.
    const templates = page.getByRole('radiogroup', { name: 'Letter template' });
    const initial = templates.getByRole('radio', { name: /^Request letter — U\.S\. federal FOIA wording/ });
    await initial.waitFor();
    expect(await initial.isChecked()).toBe(true);
    expect(await templates.getByRole('radio', { name: /^Follow-up/ }).isDisabled()).toBe(true);
    expect(await templates.getByRole('radio', { name: /^Appeal/ }).isDisabled()).toBe(true);
    expect(await page.getByText('Cites 5 U.S.C. § 552(a)(4)(A)(iii).').count()).toBe(1); // the fee-waiver provision the letter will cite
    await screenshot(page, 'compose');
    await checkAxe('compose');
    // Preview saves both as drafts and shows the first letter exactly as the server will send it.
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('heading', { name: /^Preview for U\.S\. Customs/ }).waitFor();
    const previewed = (await page.locator('.letter-text').first().textContent()) ?? '';
    expect(previewed).toContain('biometric data of migrants');
    expect(previewed).toContain('Non-commercial public-interest research.'); // the fee-waiver reason, quoted in its paragraph
    expect(previewed).toContain('Under the Freedom of Information Act');
    await screenshot(page, 'compose-preview');
    // Another letter language: the preview says it is out of date until it is made again.
    await page.getByLabel('Language of the letter').selectOption('es');
    await page.getByText('You changed the request since this preview').waitFor();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect.poll(async () => (await page.locator('.letter-text').first().textContent()) ?? '').toContain('solicito acceso a la siguiente información');
    expect(await page.getByText('You changed the request since this preview').count()).toBe(0);
    const spanishToCbp = (await page.locator('.letter-text').first().textContent()) ?? '';
    expect(spanishToCbp).toContain('Non-commercial public-interest research.');
    // Each agency's own letter can be previewed.
    await page.getByLabel('Show the letter to').selectOption({ label: (await page.getByLabel('Show the letter to').locator('option').nth(1).textContent())! });
    await page.getByRole('heading', { name: /^Preview for U\.S\. Immigration/ }).waitFor();
    await checkAxe('compose with a preview');
    await page.getByRole('button', { name: 'Send to 2 agencies' }).click();
    await page.getByRole('heading', { name: 'Sent', exact: true }).waitFor();
    expect(await page.locator('section[aria-labelledby="results-title"] li a').count()).toBe(2);
    const made = await api<{ items: { id: string; agency: { id: string } | null; filed_on: string | null; status: string }[] }>('GET', `/api/v1/requests?q=${encodeURIComponent(subject)}`);
    expect(made.items).toHaveLength(2);
    expect(new Set(made.items.map((r) => r.agency?.id)).size).toBe(2);
    for (const r of made.items) expect(r.filed_on).not.toBeNull();
    const one = await api<{ fee_waiver_reason: string | null; notes: string }>('GET', `/api/v1/requests/${made.items[0].id}`);
    expect(one).toMatchObject({ fee_waiver_reason: 'Non-commercial public-interest research.', notes: '' });
    // The letter that went out is the one previewed, to the character.
    const cbp = made.items.find((r) => r.agency?.id === 'cbp')!;
    const outbox = await api<{ items: { letter_kind: string; text: string }[] }>('GET', `/api/v1/outbox?request=${cbp.id}`);
    const sent = outbox.items.find((o) => o.letter_kind === 'initial-request');
    expect(sent?.text).toBe(spanishToCbp);
  }, 120_000);

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});
