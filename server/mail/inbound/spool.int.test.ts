// The listener's spool (decision 0607): a message committed to the spool but not yet moved when
// the process died is moved into the database before the listener opens its port again, exactly
// once even if it had been moved already; a 250 from the thread means a spooled message, and
// settled() means it is in `messages`.
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { describeEachDatabase } from '../../test/databases';
import { newId, nowIso } from '../../ids';
import { openSpool, spoolFile } from './spool';
import { startSmtpListener } from './smtpListener';

const raw = (n: string) => Buffer.from(`From: a@agency.example\r\nTo: foia@acceso.localhost\r\nMessage-ID: <${n}@agency.example>\r\nSubject: ${n}\r\n\r\nHello ${n}.\r\n`);

describeEachDatabase('mail: the listener spool', (t) => {
  it('moves what a crash left in the spool before listening, each message once', async () => {
    const file = spoolFile(t().env.dataDir);
    const left = openSpool(file, 'writer');
    const ids = [newId(), newId()];
    const insert = left.prepare('insert into spool (id, raw, envelope_from, envelope_to, received_at) values (?, ?, ?, ?, ?)');
    insert.run(ids[0], raw(`left-0-${ids[0]}`), 'a@agency.example', JSON.stringify(['foia@acceso.localhost']), nowIso());
    insert.run(ids[1], raw(`left-1-${ids[1]}`), null, '[]', nowIso());
    left.close();
    // The first one had been moved already when the process died (moved, not yet deleted).
    const first = await startSmtpListener(t().ctx, { port: 0 });
    await first.close();
    const again = openSpool(file, 'writer');
    again.prepare('insert into spool (id, raw, envelope_from, envelope_to, received_at) values (?, ?, ?, ?, ?)')
      .run(ids[0], raw(`left-0-${ids[0]}`), 'a@agency.example', JSON.stringify(['foia@acceso.localhost']), nowIso());
    again.close();

    const listener = await startSmtpListener(t().ctx, { port: 0 });
    try {
      const rows = await t().ctx.db.selectFrom('messages').select(['id', 'envelope_from', 'envelope_to', 'source']).where('id', 'in', ids).execute();
      expect(rows.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))).toEqual([
        { id: ids[0], envelope_from: 'a@agency.example', envelope_to: JSON.stringify(['foia@acceso.localhost']), source: 'smtp' },
        { id: ids[1], envelope_from: null, envelope_to: '[]', source: 'smtp' },
      ]);
      // A message sent now gets its 250 from the thread and is in the database once settled.
      const info = await nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true })
        .sendMail({ envelope: { from: 'b@agency.example', to: ['foia@acceso.localhost'] }, raw: raw('live') });
      const stored = /stored as ([0-9a-z]{26})/.exec(info.response)?.[1];
      expect(stored, info.response).toBeTruthy();
      await listener.settled();
      const live = await t().ctx.db.selectFrom('messages').select(['id', 'status']).where('id', '=', stored!).executeTakeFirst();
      expect(live).toEqual({ id: stored, status: 'received' });
      // One processing job for the two moved together, one for the live message.
      const jobs = await t().ctx.db.selectFrom('jobs').select('payload').where('name', '=', 'mail.process').execute();
      const covered = jobs.flatMap((j) => { const p = JSON.parse(j.payload) as { messageRowId: string; more?: string[] }; return [p.messageRowId, ...(p.more ?? [])]; });
      expect(covered.sort()).toEqual([...ids, stored!].sort());
    } finally {
      await listener.close();
    }
    // Closing moved everything and the thread deleted it from the spool.
    expect(existsSync(file)).toBe(true);
    const after = openSpool(file, 'reader');
    expect(after.prepare('select count(*) as n from spool').get()).toEqual({ n: 0 });
    after.close();
  });
});
