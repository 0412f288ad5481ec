// Follow-ups on both databases: drafted at the organisation's schedule, never twice for a step,
// sent when the organisation allows it; and the IMAP poller's memory of consumed UIDs.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { addDaysIso } from '../../ids';
import { pollMailbox, type MailboxSource } from '../inbound/imapPoll';
import { startCaptureSmtp } from '../testing/captureSmtp';
import { currentStep, stepDate, sweepFollowUps } from './followUps';

describe('follow-up schedule', () => {
  const s = { follow_up_first_days: 0, follow_up_every_days: 30, follow_up_max: 6 };
  it('falls on the deadline, then every 30 days, up to the maximum', () => {
    expect(stepDate('2026-01-10', s, 1)).toBe('2026-01-10');
    expect(stepDate('2026-01-10', s, 2)).toBe('2026-02-09');
    expect(currentStep('2026-01-10', s, '2026-01-09')).toBe(0);
    expect(currentStep('2026-01-10', s, '2026-01-10')).toBe(1);
    expect(currentStep('2026-01-10', s, '2026-02-09')).toBe(2);
    expect(currentStep('2026-01-10', s, '2030-01-01')).toBe(6);
    expect(currentStep('2026-01-10', { ...s, follow_up_max: 0 }, '2030-01-01')).toBe(0);
  });
});

describeEachDatabase('follow-ups and IMAP', (t) => {
  let org: TestOrganisation;
  const base = Date.now() + 60_000;
  const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString();

  beforeAll(async () => {
    t().clock.set(day(0));
    org = await createOrganisation(t().ctx, 'fu');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    await t().ctx.db.updateTable('agencies').set({ contacts: JSON.stringify({ emails: ['foia@cbp.example.gov'] }) }).where('id', '=', 'cbp').execute();
  });

  const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = org.editor.headers) =>
    (await t().app()).inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('drafts one follow-up per step, citing the statute and the days overdue', async () => {
    const today = day(0).slice(0, 10);
    const r = await api('POST', '/api/v1/requests', { title: 'Overdue request', text: 'Records.', agency_id: 'cbp', filed_on: addDaysIso(today, -45) });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    const due = r.json().deadlines.find((d: { kind: string }) => d.kind === 'response').due as string;
    expect(due < today).toBe(true);

    expect(await sweepFollowUps(t().ctx)).toBe(1);
    expect(await sweepFollowUps(t().ctx)).toBe(0); // the job is keyed by (request, step)
    await createWorker(t().ctx).drain();
    let outbox = (await api('GET', `/api/v1/outbox?request=${id}&status=draft`)).json().items;
    expect(outbox).toHaveLength(1);
    expect(outbox[0].letter_kind).toBe('follow-up');
    expect(outbox[0].text).toContain('5 U.S.C. § 552(a)(6)(A)(i)');
    const overdue = Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000);
    expect(outbox[0].text).toContain(`it is now ${overdue} days past that date`);

    // Running again the same day changes nothing; 30 days later the next step is drafted.
    expect(await sweepFollowUps(t().ctx)).toBe(0);
    await createWorker(t().ctx).drain();
    expect((await api('GET', `/api/v1/outbox?request=${id}&status=draft`)).json().items).toHaveLength(1);
    t().clock.set(day(30));
    expect(await sweepFollowUps(t().ctx)).toBe(1);
    await createWorker(t().ctx).drain();
    outbox = (await api('GET', `/api/v1/outbox?request=${id}&status=draft`)).json().items;
    expect(outbox).toHaveLength(2);
    expect(outbox.map((o: { subject: string }) => o.subject).join(' | ')).toMatch(/^Follow-up \d: Overdue request/);

    // A person sends a draft; without SMTP it is held in the outbox.
    t().ctx.env.smtpUrl = null;
    const sent = await api('POST', `/api/v1/outbox/${outbox[0].id}/send`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('held');
  });

  it('sends follow-ups itself when the organisation allows it', async () => {
    const agency = await startCaptureSmtp();
    try {
      t().ctx.env.smtpUrl = agency.url;
      const put = await api('PUT', '/api/v1/correspondence/settings', { follow_up_first_days: 0, follow_up_every_days: 30, follow_up_max: 3, follow_up_auto_send: true }, org.owner.headers);
      expect(put.statusCode, put.body).toBe(200);
      expect((await api('PUT', '/api/v1/correspondence/settings', { follow_up_first_days: 0, follow_up_every_days: 30, follow_up_max: 3, follow_up_auto_send: true })).statusCode).toBe(403);
      const today = t().clock.now().toISOString().slice(0, 10);
      const r = await api('POST', '/api/v1/requests', { title: 'Auto follow-up', text: 'Records.', agency_id: 'cbp', filed_on: addDaysIso(today, -40) });
      const id = r.json().id as string;
      await sweepFollowUps(t().ctx);
      await createWorker(t().ctx).drain();
      const rows = (await api('GET', `/api/v1/outbox?request=${id}`)).json().items;
      expect(rows).toHaveLength(1);
      expect(rows[0].status).toBe('sent');
      expect(agency.received.filter((m) => m.raw.toString().includes('Auto follow-up'))).toHaveLength(1);
    } finally {
      await agency.close();
    }
  });

  it('remembers consumed IMAP UIDs per mailbox and UIDVALIDITY', async () => {
    const mails = [1, 2, 3].map((uid) => ({ uid, source: Buffer.from(`From: a@agency.example\r\nTo: foia@acceso.localhost\r\nSubject: imap ${uid}\r\nMessage-ID: <imap-${uid}@agency.example>\r\n\r\nbody ${uid}\r\n`) }));
    const seen: number[] = [];
    let validity = '7';
    const fake = (list: typeof mails): MailboxSource => ({
      name: 'foia@imap.example/INBOX',
      open: async () => ({ uidValidity: validity }),
      async *fetchAfter(after) {
        for (const m of list) if (m.uid > after) yield m;
      },
      markSeen: async (uid) => { seen.push(uid); },
      close: async () => {},
    });
    expect(await pollMailbox(t().ctx, fake(mails))).toEqual({ accepted: 3, skipped: 0 });
    expect(await pollMailbox(t().ctx, fake(mails))).toEqual({ accepted: 0, skipped: 0 });
    const more = [...mails, { uid: 4, source: Buffer.from('From: a@agency.example\r\nSubject: imap 4\r\nMessage-ID: <imap-4@agency.example>\r\n\r\nfour\r\n') }];
    expect(await pollMailbox(t().ctx, fake(more))).toEqual({ accepted: 1, skipped: 0 });
    expect(seen).toEqual([1, 2, 3, 4]);
    // The server renumbered the mailbox: UIDs are read again, but the messages are stored once.
    validity = '8';
    expect((await pollMailbox(t().ctx, fake(more))).accepted).toBe(4);
    const rows = await t().ctx.db.selectFrom('messages').select('message_id').where('source', '=', 'imap').execute();
    expect(rows.map((r) => r.message_id).sort()).toEqual(['imap-1@agency.example', 'imap-2@agency.example', 'imap-3@agency.example', 'imap-4@agency.example']);
  });
});
