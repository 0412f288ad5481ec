// Inbox and mail in Chromium: a reply through the SMTP listener lands on its request (unread on the
// dashboard, its suggested event confirmed there, shown on the timeline, script payloads shown as
// text), and mail that matches no request waits in the holding pen until the inbox assigns it.
// Fresh server with the demo data; strict CSP; axe; screenshots.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, screenshot } from './support/browser';
import { sendMail, pdfWith, waitFor } from './support/mail';
import { browserSuite, expectCleanRun, PAYLOAD_ELEMENTS, useApp } from './support/app';

describe.skipIf(!CHROMIUM)(browserSuite('web app: inbox and mail in Chromium', CHROMIUM), () => {
  const app = useApp({ signIn: true });

  it('renders /inbox with no serious accessibility violations', async () => {
    const { page, server, checkAxe } = app();
    await page.goto(`${server.url}/inbox`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'inbox');
    await checkAxe('/inbox');
  });

  it('receives a reply through the SMTP listener and shows it on the dashboard and the timeline, payloads as text', async () => {
    const { page, server, api, checkAxe, dialogs, paths } = app();
    expect(paths.has('/api/v1/messages'), 'the server serves /api/v1/messages').toBe(true);
    const made = await api<{ id: string; reply_address?: string }>('POST', '/api/v1/requests', { title: 'E2E reply by mail', text: 'Records, please.', agency_id: 'cbp', filed_on: '2026-01-05' });
    const detail = await api<{ reply_address?: string }>('GET', `/api/v1/requests/${made.id}`);
    expect(detail.reply_address, 'the request has a reply address').toMatch(/^r-.+@/);
    const payload = `<script>alert('m')</script><img src=x onerror="alert('n')">`;
    await sendMail(server.smtpPort, {
      from: `"CBP FOIA ${payload}" <foia@cbp.dhs.gov>`,
      to: detail.reply_address!,
      subject: `Re: your FOIA request ${payload}`,
      text: 'We received your request on January 7, 2026. The records are attached.',
      html: `<p>We received your request.</p>${payload}<a href="javascript:alert('h')">click</a><svg onload="alert('s')"></svg>`,
      // The file name carries a payload too: it comes back in the timeline.
      attachments: [{ filename: `release"><img src=x onerror=alert('f')>.pdf`, content: await pdfWith('Released page. Exempt under (b)(6).') }],
    });
    const messages = await waitFor(async () => {
      const r = await api<{ items: { id: string; subject: string }[] }>('GET', `/api/v1/messages?request=${made.id}`);
      return r.items.length ? r.items : null;
    }, 30_000, 'the reply to reach the request');
    expect(messages[0].subject).toContain('<script>');

    // The dashboard shows the reply as unread and the date read out of it as a suggested event
    // (each from its own endpoint); the suggestion is confirmed right there.
    await page.goto(`${server.url}/`);
    const unreadRow = page.locator('section[data-section="unread_replies"] li', { hasText: 'E2E reply by mail' });
    await unreadRow.waitFor();
    expect(await unreadRow.textContent(), 'the subject is shown as text').toContain("<script>alert('m')</script>");
    const dashSuggestion = page.locator('section[data-section="suggested_events"] li', { hasText: 'E2E reply by mail' });
    expect(await dashSuggestion.count(), 'the reply "We received your request on …" yields a suggested event').toBe(1);
    const kind = (await dashSuggestion.locator('.dash-detail').textContent())?.split(' · ')[0] ?? '';
    expect(kind).not.toBe('');
    await screenshot(page, 'dashboard-mail');
    await checkAxe('dashboard with mail panels');
    await dashSuggestion.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Confirmed: the event is on the timeline.').waitFor();
    await expect.poll(() => dashSuggestion.count()).toBe(0);

    await page.goto(`${server.url}/requests/${made.id}`);
    await page.getByText('Re: your FOIA request', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Show message' }).first().click();
    await page.getByText('The records are attached.').waitFor();
    await screenshot(page, 'request-with-reply');
    await checkAxe('request page with a reply');
    // The suggestion confirmed on the dashboard is on the timeline, and shown as confirmed.
    const suggestion = page.locator('.suggestion').first();
    await suggestion.getByText('Confirmed').waitFor();
    expect(await page.locator('.tl-item:not(.message):not(.outbox)').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(kind)]));
    // Opening the message marked it read for the organisation: it leaves the unread list.
    await expect.poll(async () => (await api<{ items: { id: string }[] }>('GET', '/api/v1/messages?unread=true&kind=reply&limit=200')).items.map((m) => m.id)).not.toContain(messages[0].id);
    expect(dialogs).toEqual([]);
    expect(await page.locator(PAYLOAD_ELEMENTS).count()).toBe(0);
  }, 90_000);

  it('puts mail it cannot match in the holding pen, and the inbox assigns it to a request', async () => {
    const { page, server, api, checkAxe } = app();
    const made = await api<{ id: string }>('POST', '/api/v1/requests', { title: 'E2E holding pen target', text: 'Records.', agency_id: 'ice', filed_on: '2026-03-02' });
    const subject = `Your records ${Date.now()}`;
    await sendMail(server.smtpPort, { from: '"Records Office" <records@example.gov>', to: 'r-unknown-00000000@acceso.localhost', subject, text: 'Please see the attached determination.' });
    await waitFor(async () => {
      const r = await api<{ items: { subject: string }[] }>('GET', '/api/v1/messages?unmatched=true');
      return r.items.some((m) => m.subject === subject) ? true : null;
    }, 30_000, 'the unmatched message to reach the holding pen');
    await page.goto(`${server.url}/inbox`);
    const card = page.locator('.message-list > li', { hasText: subject });
    await card.waitFor();
    await screenshot(page, 'inbox-holding-pen');
    await checkAxe('holding pen');
    await card.getByLabel('Assign to a request').fill('holding pen target');
    await card.getByRole('button', { name: 'Assign' }).first().click();
    await page.getByText('Assigned to the request.').waitFor();
    const mine = await api<{ items: { subject: string }[] }>('GET', `/api/v1/messages?request=${made.id}`);
    expect(mine.items.map((m) => m.subject)).toContain(subject);
    // All mail: the assigned message now names its request, is unread for the organisation, and is marked read here.
    await page.locator('label', { hasText: /^All mail$/ }).first().click();
    const inAll = page.locator('.message-list > li', { hasText: subject });
    await inAll.waitFor();
    expect(await inAll.textContent()).toContain('E2E holding pen target');
    await inAll.getByText('Unread', { exact: true }).waitFor();
    await checkAxe('all mail');
    await inAll.getByRole('button', { name: 'Mark as read' }).click();
    await inAll.getByRole('button', { name: 'Mark as unread' }).waitFor();
    expect(await inAll.getByText('Unread', { exact: true }).count()).toBe(0);
  }, 60_000);

  it('ran every page under a CSP with no inline scripts or styles, without a violation or page error', () => {
    expectCleanRun(app());
  });
});
