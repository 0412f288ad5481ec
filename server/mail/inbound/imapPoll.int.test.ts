// IMAP polling against a real (scriptable, in-process) IMAP server, hoodiecrow-imap: the imapflow
// adapter fetches new messages, marks them seen, and a second poll takes nothing twice.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { replyAddress } from '../replyAddress';
import { imapSource, pollMailbox } from './imapPoll';

const require = createRequire(import.meta.url);
// hoodiecrow-imap ships no types; it is a test-only dev dependency.
const hoodiecrow = require('hoodiecrow-imap') as (options: unknown) => {
  listen(port: number, cb: () => void): void;
  close(cb: () => void): void;
  appendMessage(mailbox: unknown, flags: string[], date: Date | false, raw: string): void;
  getMailbox(path: string): { messages: { flags: string[] }[] };
  server: { address(): { port: number } };
};

describeEachDatabase('IMAP polling (hoodiecrow-imap server)', (t) => {
  let server: ReturnType<typeof hoodiecrow>;
  let port = 0;

  beforeAll(async () => {
    t().clock.set(new Date(Date.now() + 60_000).toISOString());
    server = hoodiecrow({
      plugins: ['IDLE', 'ENABLE', 'UIDPLUS', 'LITERALPLUS', 'ID'],
      storage: { INBOX: { messages: [] } },
      users: { acceso: { password: 'secret' } },
    });
    port = 14000 + Math.floor(Math.random() * 20000);
    await new Promise<void>((r) => server.listen(port, r));
  });
  afterAll(async () => {
    if (server) await new Promise<void>((r) => server.close(() => r()));
  });

  it('takes new messages once, marks them seen and matches them', async () => {
    const org = await createOrganisation(t().ctx, 'imap');
    const r = await (await t().app()).inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload: { title: 'By IMAP', text: 'Records.', jurisdiction: 'us-federal' } });
    const id = r.json().id as string;
    const to = replyAddress(id, t().env.secret, t().env.mailDomain);
    const inbox = server.getMailbox('INBOX');
    server.appendMessage(inbox, [], false, `From: foia@agency.example.gov\r\nTo: ${to}\r\nSubject: By IMAP 1\r\nMessage-ID: <imap-real-1@agency.example.gov>\r\n\r\nWe received your request.\r\n`);
    server.appendMessage(inbox, [], false, 'From: clerk@agency.example.gov\r\nTo: foia@elsewhere.example\r\nSubject: By IMAP 2\r\nMessage-ID: <imap-real-2@agency.example.gov>\r\n\r\nUnrelated.\r\n');
    const url = `imap://acceso:secret@127.0.0.1:${port}/INBOX`;
    const silent = t().ctx.logger;
    expect(await pollMailbox(t().ctx, imapSource(url, silent))).toEqual({ accepted: 2, skipped: 0 });
    expect(await pollMailbox(t().ctx, imapSource(url, silent))).toEqual({ accepted: 0, skipped: 0 });
    expect(inbox.messages.map((m) => m.flags.includes('\\Seen'))).toEqual([true, true]);
    server.appendMessage(inbox, [], false, `From: foia@agency.example.gov\r\nTo: ${to}\r\nSubject: By IMAP 3\r\nMessage-ID: <imap-real-3@agency.example.gov>\r\n\r\nA second letter.\r\n`);
    expect(await pollMailbox(t().ctx, imapSource(url, silent))).toEqual({ accepted: 1, skipped: 0 });
    await createWorker(t().ctx).drain();
    const rows = await t().ctx.db.selectFrom('messages').select(['message_id', 'request_id', 'match_method']).where('source', '=', 'imap').orderBy('message_id').execute();
    expect(rows).toEqual([
      { message_id: 'imap-real-1@agency.example.gov', request_id: id, match_method: 'header' },
      { message_id: 'imap-real-2@agency.example.gov', request_id: null, match_method: null },
      { message_id: 'imap-real-3@agency.example.gov', request_id: id, match_method: 'header' },
    ]);
  });

  it('fails the poll, taking nothing, when the login is refused', async () => {
    const before = (await t().ctx.db.selectFrom('imap_uids').select('uid').execute()).length;
    await expect(pollMailbox(t().ctx, imapSource(`imap://acceso:wrong@127.0.0.1:${port}/INBOX`, t().ctx.logger))).rejects.toThrow(/fail|auth|login|invalid/i);
    expect((await t().ctx.db.selectFrom('imap_uids').select('uid').execute()).length).toBe(before);
  });
});
