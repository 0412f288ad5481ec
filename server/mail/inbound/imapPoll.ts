// IMAP polling (imapflow): new messages in a mailbox are accepted like SMTP mail, and every UID
// consumed is remembered (imap_uids, keyed by mailbox and UIDVALIDITY), so a message is taken once
// even if the poll is interrupted, repeated or run by two workers. The mailbox itself is not
// changed beyond marking messages \Seen.
import type { ImapFlow } from 'imapflow';
import { imapflow } from '../../lazy';
import type { AppContext } from '../../context';
import { highestUid, recordUid, uidConsumed } from '../../features/correspondence/repository';
import { nowIso } from '../../ids';
import { acceptRawMessage } from './accept';

/** What the poller needs from a mailbox: small enough to fake in tests. */
export interface MailboxSource {
  /** account@host/folder, the key consumed UIDs are kept under. */
  name: string;
  open(): Promise<{ uidValidity: string }>;
  /** Messages with a UID above `afterUid`, in UID order. */
  fetchAfter(afterUid: number): AsyncIterable<{ uid: number; source: Buffer }>;
  markSeen(uid: number): Promise<void>;
  close(): Promise<void>;
}

export interface PollResult {
  accepted: number;
  skipped: number;
}

export async function pollMailbox(ctx: AppContext, source: MailboxSource): Promise<PollResult> {
  let accepted = 0;
  let skipped = 0;
  try {
    const { uidValidity } = await source.open();
    const after = await highestUid(ctx.db, source.name, uidValidity);
    for await (const m of source.fetchAfter(after)) {
      if (await uidConsumed(ctx.db, source.name, uidValidity, m.uid)) {
        skipped++;
        continue;
      }
      const stored = await acceptRawMessage(ctx, m.source, { source: 'imap' });
      await recordUid(ctx.db, { mailbox: source.name, uid_validity: uidValidity, uid: m.uid, message_row_id: stored.id, created_at: nowIso() });
      await source.markSeen(m.uid).catch((err) => ctx.logger.warn({ err, uid: m.uid }, 'could not mark an IMAP message as seen'));
      accepted++;
    }
  } finally {
    await source.close();
  }
  return { accepted, skipped };
}

/** An imapflow mailbox from a URL: imaps://user:password@host:993/INBOX (imap:// for plain). */
export function imapSource(url: string, logger: AppContext['logger']): MailboxSource {
  const u = new URL(url);
  const folder = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX';
  const secure = u.protocol === 'imaps:';
  // Created on open: imapflow is loaded only by a process that polls.
  let client!: ImapFlow;
  let lock: { release(): void } | null = null;
  return {
    name: `${decodeURIComponent(u.username)}@${u.hostname}/${folder}`,
    async open() {
      const { ImapFlow } = await imapflow();
      client = new ImapFlow({
        host: u.hostname,
        port: Number(u.port) || (secure ? 993 : 143),
        secure,
        auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
        logger: false,
      });
      await client.connect();
      lock = await client.getMailboxLock(folder);
      const mailbox = client.mailbox;
      if (!mailbox) throw new Error(`IMAP folder ${folder} could not be opened`);
      return { uidValidity: String(mailbox.uidValidity) };
    },
    async *fetchAfter(afterUid) {
      // UIDs first, then one message at a time: imapflow cannot run another command (the \Seen
      // flag) while a FETCH is still streaming, and this keeps one message in memory at a time.
      const uids = ((await client.search({ uid: `${afterUid + 1}:*` }, { uid: true })) || []).filter((u) => u > afterUid).sort((a, b) => a - b);
      for (const uid of uids) {
        const msg = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (msg && msg.source) yield { uid, source: msg.source };
      }
    },
    async markSeen(uid) {
      await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    },
    async close() {
      lock?.release();
      if (!client) return;
      await client.logout().catch((err) => logger.warn({ err }, 'IMAP logout failed'));
    },
  };
}
