// Correspondence end to end, on both databases: a request goes out through the outbox to a real
// SMTP server on loopback, the agency's reply comes back through our SMTP listener, is matched,
// its PDF attachment stored, a suggested event offered and confirmed by a person.
import { afterAll, beforeAll, expect, it } from 'vitest';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency, type TestOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { startSmtpListener, type SmtpListener } from '../../mail/inbound/smtpListener';
import { startCaptureSmtp, type CaptureServer } from '../../mail/testing/captureSmtp';
import { mailBlobs } from '../../mail/blobs';
import { releaseHeld } from '../../mail/outbound/releaseHeld';
import { parseMessage } from '../../mail/parse/parseMessage';
import { verifyAudit } from '../audit/verify';

async function tinyPdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, size: 12, font });
  return Buffer.from(await doc.save());
}

describeEachDatabase('correspondence', (t) => {
  let org: TestOrganisation;
  let agency: CaptureServer;
  let listener: SmtpListener;

  beforeAll(async () => {
    // Jobs are enqueued on the real clock, so the pinned one runs a minute ahead of it.
    t().clock.set(new Date(Date.now() + 60_000).toISOString());
    org = await createOrganisation(t().ctx, 'mail');
    await ensureAgency(t().ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
    await ensureAgency(t().ctx, { id: 'ice', name: 'U.S. Immigration and Customs Enforcement', jurisdiction: 'us-federal' });
    for (const [id, email] of [['cbp', 'foia@cbp.example.gov'], ['ice', 'foia@ice.example.gov']]) {
      await t().ctx.db.updateTable('agencies').set({ contacts: JSON.stringify({ emails: [email] }) }).where('id', '=', id).execute();
    }
    agency = await startCaptureSmtp();
    listener = await startSmtpListener(t().ctx, { port: 0 });
  });
  afterAll(async () => {
    await listener?.close();
    await agency?.close();
  });

  const api = async (method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = org.editor.headers) =>
    (await t().app()).inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const createReq = async (title: string, agencyId = 'cbp') => {
    const r = await api('POST', '/api/v1/requests', { title, text: 'All records about ' + title, agency_id: agencyId, fee_waiver: true, requester: { name: 'Ana Pérez' } });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  // After the 250 the message is in the listener's spool; settled() waits until it is moved into
  // the database (what the worker role does on its own within milliseconds).
  const sendToListener = async (mail: SendMailOptions) => {
    const info = await nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true }).sendMail(mail);
    await listener.settled();
    return info;
  };

  it('sends through the outbox, receives the reply on the listener, matches it, stores its PDF and offers an event', async () => {
    t().ctx.env.smtpUrl = agency.url;
    const id = await createReq('Border wait-time studies');
    const sent = await api('POST', `/api/v1/requests/${id}/send`, { also_to: ['ice'] });
    expect(sent.statusCode, sent.body).toBe(201);
    const items = sent.json().items;
    expect(items).toHaveLength(2);
    expect(items[0].outbox.status).toBe('queued');
    // The 'filed' event was written with the outbox row.
    const detail = (await api('GET', `/api/v1/requests/${id}`)).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toContain('filed');
    expect(detail.filed_on).toBe(t().clock.now().toISOString().slice(0, 10));

    await createWorker(t().ctx).drain();
    expect(agency.received).toHaveLength(2);
    const out = await parseMessage(agency.received.find((m) => m.to.includes('foia@cbp.example.gov'))!.raw);
    expect(out.from?.address).toBe(detail.reply_address);
    expect(out.text).toContain('5 U.S.C. § 552(a)(4)(A)(iii)');
    expect(out.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    const outbox = (await api('GET', `/api/v1/outbox?request=${id}`)).json().items;
    expect(outbox[0]).toMatchObject({ status: 'sent', message_id: out.messageId });

    // The agency answers (its mail server delivers to our listener).
    const pdf = await tinyPdf('Acknowledgement letter CBP-2026-004321');
    await sendToListener({
      from: 'CBP FOIA <foia@cbp.example.gov>', to: detail.reply_address, subject: `Re: ${out.subject}`,
      inReplyTo: out.messageId!, references: [out.messageId!],
      text: 'This letter acknowledges receipt of your FOIA request dated March 2, 2026. Your request has been assigned CBP-2026-004321.\n\nOn Mon, Mar 2, 2026 Ana wrote:\n> I request a waiver of all fees.',
      attachments: [{ filename: 'acknowledgement.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    await createWorker(t().ctx).drain();
    const msgs = (await api('GET', `/api/v1/messages?request=${id}`)).json().items;
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ request_id: id, from: 'foia@cbp.example.gov', kind: 'reply', match_method: 'envelope' });
    expect(msgs[0].attachments).toMatchObject([{ filename: 'acknowledgement.pdf', content_type: 'application/pdf' }]);
    expect(await mailBlobs(t().ctx).has(msgs[0].attachments[0].sha256)).toBe(true);
    // The attachment went to the records pipeline as a document of the request.
    expect(msgs[0].attachments[0].document_id).toBeTruthy();
    const docs = (await api('GET', `/api/v1/requests/${id}`)).json().documents as { id: string; filename: string }[];
    expect(docs.map((d) => d.id)).toContain(msgs[0].attachments[0].document_id);
    const suggestion = msgs[0].suggestions.find((s: { kind: string }) => s.kind === 'acknowledged');
    expect(suggestion).toMatchObject({ status: 'open', data: { tracking_number: 'CBP-2026-004321' } });
    expect(suggestion.sentence).toMatch(/^This letter acknowledges receipt/);
    // Nothing on the timeline changed by itself.
    expect((await api('GET', `/api/v1/requests/${id}`)).json().events.map((e: { kind: string }) => e.kind)).not.toContain('acknowledged');

    const accepted = await api('POST', `/api/v1/suggestions/${suggestion.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    const after = (await api('GET', `/api/v1/requests/${id}`)).json();
    expect(after.events.map((e: { kind: string }) => e.kind)).toContain('acknowledged');
    expect(after.tracking_number).toBe('CBP-2026-004321');
    expect((await api('POST', `/api/v1/suggestions/${suggestion.id}/accept`, {})).statusCode).toBe(409);
    expect((await verifyAudit(t().ctx.db)).ok).toBe(true);
  });

  it('keeps mail in the outbox when no SMTP is configured', async () => {
    t().ctx.env.smtpUrl = null;
    const id = await createReq('Held letter');
    const sent = await api('POST', `/api/v1/requests/${id}/send`, {});
    expect(sent.json().items[0].outbox.status).toBe('held');
    expect(sent.json().items[0].warnings.join(' ')).toMatch(/ACCESO_SMTP_URL/);
    const before = agency.received.length;
    await createWorker(t().ctx).drain();
    expect(agency.received.length).toBe(before);
    expect((await api('GET', `/api/v1/outbox?request=${id}`)).json().items[0].status).toBe('held');
    expect((await api('POST', `/api/v1/requests/${id}/send`, {})).statusCode).toBe(409);

    // Once SMTP is configured, the sweep sends what was held.
    t().ctx.env.smtpUrl = agency.url;
    expect(await releaseHeld(t().ctx)).toBeGreaterThanOrEqual(1);
    await createWorker(t().ctx).drain();
    expect((await api('GET', `/api/v1/outbox?request=${id}`)).json().items[0].status).toBe('sent');
    expect(agency.received.length).toBe(before + 1);

    // A letter drafted by hand is kept as a draft with its PDF until a person sends it.
    const drafted = await api('POST', `/api/v1/requests/${id}/letters`, { kind: 'thank-you', save: true });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json().outbox).toMatchObject({ status: 'draft', letter_kind: 'thank-you', to: ['foia@cbp.example.gov'] });
    expect(drafted.json().outbox.attachments[0]).toMatchObject({ content_type: 'application/pdf' });
    expect(drafted.json().text).toMatch(/^Thank you/m);
    const release = await api('POST', `/api/v1/outbox/${drafted.json().outbox.id}/send`, {});
    expect(release.json().status).toBe('queued');
    await createWorker(t().ctx).drain();
    expect(agency.received.length).toBe(before + 2);
  });

  it('matches by tolerant address, tracking number and thread; unmatched mail waits in the holding pen', async () => {
    const id = await createReq('Matching');
    const detail = (await api('GET', `/api/v1/requests/${id}`)).json();
    const [local, domain] = (detail.reply_address as string).split('@');
    await sendToListener({ from: 'x@agency.example', to: `${local.toUpperCase().slice(0, -1)}@${domain}`, subject: 'typo', text: 'Hello.' });
    await createWorker(t().ctx).drain();
    const typo = (await api('GET', `/api/v1/messages?request=${id}`)).json().items;
    expect(typo).toHaveLength(1);
    expect(typo[0].match_method).toBe('envelope-tolerant');
    expect(typo[0].match_detail).toMatch(/corrected/);

    // Unmatched: to a general address, no number, no thread.
    const res = await api('POST', '/api/v1/messages', Buffer.from('From: clerk@agency.example\r\nTo: foia@acceso.localhost\r\nSubject: question\r\nMessage-ID: <q1@agency.example>\r\n\r\nWhich request is this about?\r\n'), { ...org.editor.headers, 'content-type': 'message/rfc822' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ request_id: null, kind: 'reply' });
    const rawBack = await api('GET', `/api/v1/messages/${res.json().id}/raw`);
    expect(rawBack.statusCode).toBe(200);
    expect(rawBack.rawPayload.toString()).toBe('From: clerk@agency.example\r\nTo: foia@acceso.localhost\r\nSubject: question\r\nMessage-ID: <q1@agency.example>\r\n\r\nWhich request is this about?\r\n');
    const pen = (await api('GET', '/api/v1/messages?unmatched=true')).json().items;
    expect(pen.map((m: { id: string }) => m.id)).toContain(res.json().id);
    const dup = await api('POST', '/api/v1/messages', Buffer.from('From: clerk@agency.example\r\nTo: foia@acceso.localhost\r\nSubject: question\r\nMessage-ID: <q1@agency.example>\r\n\r\nWhich request is this about?\r\n'), { ...org.editor.headers, 'content-type': 'message/rfc822' });
    expect(dup.statusCode).toBe(200);
    expect(dup.json()).toMatchObject({ id: res.json().id, duplicate: true });
    const assigned = await api('POST', `/api/v1/messages/${res.json().id}/assign`, { request_id: id });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({ request_id: id, match_method: 'manual' });
    expect((await api('GET', '/api/v1/messages?unmatched=true', undefined, org.viewer.headers)).json().items.map((m: { id: string }) => m.id)).not.toContain(res.json().id);

    // By tracking number (the request has one), from an address that is not ours.
    await t().ctx.db.updateTable('requests').set({ tracking_number: '2026-ICFO-55555' }).where('id', '=', id).execute();
    const byNumber = await api('POST', '/api/v1/messages', Buffer.from('From: foia@ice.example.gov\r\nTo: someone@example.org\r\nSubject: Your request 2026-ICFO-55555\r\n\r\nWe are still searching.\r\n'), { ...org.editor.headers, 'content-type': 'message/rfc822' });
    expect(byNumber.json()).toMatchObject({ request_id: id, match_method: 'tracking-number' });

    // A message that came before the request had its number is matched when replayed.
    const early = await api('POST', '/api/v1/messages', Buffer.from('From: foia@ice.example.gov\r\nTo: someone@example.org\r\nSubject: Request 2026-ICFO-77777\r\n\r\nWe need more time.\r\n'), { ...org.editor.headers, 'content-type': 'message/rfc822' });
    expect(early.json().request_id).toBeNull();
    await t().ctx.db.updateTable('requests').set({ tracking_number: '2026-ICFO-77777' }).where('id', '=', id).execute();
    const replayed = await api('POST', `/api/v1/messages/${early.json().id}/replay`, {});
    expect(replayed.statusCode, replayed.body).toBe(200);
    expect(replayed.json()).toMatchObject({ status: 'replayed', newly_matched: true, request_id: id, message: { match_method: 'tracking-number' } });

    // A bounce of mail we sent matches by the original's Message-ID and is classified.
    t().ctx.env.smtpUrl = agency.url;
    const other = await createReq('Bounced');
    await api('POST', `/api/v1/requests/${other}/send`, {});
    await createWorker(t().ctx).drain();
    const sentId = (await api('GET', `/api/v1/outbox?request=${other}`)).json().items[0].message_id as string;
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.agency.example>', 'To: bounces@acceso.localhost', 'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain', '', 'This is the mail system. Your message could not be delivered.', '',
      '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.agency.example', '', 'Final-Recipient: rfc822; foia@cbp.example.gov', 'Action: failed', 'Status: 5.1.1', '',
      '--b1', 'Content-Type: message/rfc822', '', `Message-ID: ${sentId}`, 'Subject: original', '', 'body', '', '--b1--', '',
    ].join('\r\n');
    const bounce = await api('POST', '/api/v1/messages', Buffer.from(dsn), { ...org.editor.headers, 'content-type': 'message/rfc822' });
    expect(bounce.json()).toMatchObject({ request_id: other, kind: 'bounce', match_method: 'thread' });
  });

  it('answers bad or unauthorised API calls with clear problems', async () => {
    const app = await t().app();
    const raw = Buffer.from('From: a@b.example\r\nSubject: x\r\n\r\nhello\r\n');
    const rfc = { 'content-type': 'message/rfc822' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/messages', headers: rfc, payload: raw })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/messages', headers: { ...org.viewer.headers, ...rfc }, payload: raw })).statusCode).toBe(403);
    const empty = await app.inject({ method: 'POST', url: '/api/v1/messages', headers: { ...org.editor.headers, ...rfc }, payload: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('empty-message');
    // Without a filter: all mail of the organisation (inbox.int.test.ts); anonymous callers have none.
    expect((await api('GET', '/api/v1/messages')).statusCode).toBe(200);
    const noFilter = await app.inject({ method: 'GET', url: '/api/v1/messages' });
    expect(noFilter.statusCode).toBe(401);
    expect(noFilter.headers['content-type']).toMatch(/problem\+json/);
    const id = await createReq('Access checks');
    expect((await api('GET', `/api/v1/messages?request=${id}`, undefined, org.viewer.headers)).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/messages?request=${id}` })).statusCode).toBe(401);
    expect((await api('POST', `/api/v1/requests/${id}/send`, {}, org.viewer.headers)).statusCode).toBe(403);
    expect((await api('POST', '/api/v1/suggestions/nope/accept', {})).statusCode).toBe(404);
    const letter = await api('POST', `/api/v1/requests/${id}/letters`, { kind: 'appeal' });
    expect(letter.statusCode).toBe(409);
    expect(letter.json().code).toBe('no-adverse-determination');
    const pdf = await api('GET', `/api/v1/requests/${id}/letter.pdf?kind=initial-request&language=es`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses mail for other domains and messages over the size limit at the SMTP level', async () => {
    const small = await startSmtpListener(t().ctx, { port: 0, maxBytes: 2_000 });
    try {
      const send = (to: string, text: string) => nodemailer.createTransport({ host: '127.0.0.1', port: small.port, secure: false, ignoreTLS: true }).sendMail({ from: 'a@b.example', to, subject: 's', text });
      await expect(send('x@elsewhere.example', 'hi')).rejects.toThrow(/550|only receives mail/);
      await expect(send('x@acceso.localhost', 'y'.repeat(5_000))).rejects.toThrow(/552|larger than the limit/);
    } finally {
      await small.close();
    }
  });
});
