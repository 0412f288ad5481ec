// Two worker processes drain the same outbox: every message is delivered exactly once (counted by
// Message-ID at a test SMTP server). The point is PostgreSQL (SKIP LOCKED claims); SQLite runs too.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation, ensureAgency } from '../../test/factories';
import { inTransaction } from '../../db/transaction';
import { systemActor } from '../../features/accounts/actor';
import { createRequest } from '../../features/requests/create-request';
import { sendRequest } from '../../features/correspondence/commands/send-request';
import { mailBlobs } from '../blobs';
import { parseMessage } from '../parse/parseMessage';
import { startCaptureSmtp } from '../testing/captureSmtp';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const N = 40;

describeEachDatabase('outbox with two worker processes', (t) => {
  it(`delivers each of ${N} messages exactly once`, async () => {
    // A slow agency server (100 ms per message) so that both workers have work to claim.
    const agency = await startCaptureSmtp({ delayMs: 100 });
    const children: ChildProcess[] = [];
    try {
      const ctx = t().ctx;
      ctx.env.smtpUrl = agency.url;
      const org = await createOrganisation(ctx, 'workers');
      await ensureAgency(ctx, { id: 'cbp', name: 'U.S. Customs and Border Protection', jurisdiction: 'us-federal' });
      await ctx.db.updateTable('agencies').set({ contacts: JSON.stringify({ emails: ['foia@cbp.example.gov'] }) }).where('id', '=', 'cbp').execute();
      const actor = systemActor('test', org.id);
      const today = new Date().toISOString().slice(0, 10);
      const deps = { secret: ctx.env.secret, mailDomain: ctx.env.mailDomain, smtpUrl: agency.url, blobs: mailBlobs(ctx) };
      for (let i = 0; i < N; i++) {
        await inTransaction(ctx.db, async (trx) => {
          const r = await createRequest(trx, actor, { title: `Request ${i}`, text: 'Records.', agency_id: 'cbp', fee_waiver: false, expedited: false, tags: [], visibility: 'organisation', notes: '', events: [] }, today, org.id);
          await sendRequest(trx, deps, actor, { requestId: r.id }, today);
        });
      }
      const env = {
        ...process.env, ACCESO_DATA_DIR: t().env.dataDir, ACCESO_SECRET: t().env.secret, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'silent',
        ACCESO_SMTP_LISTEN: '0', ACCESO_SMTP_URL: agency.url, ACCESO_WORKER_POLL_MS: '20', ACCESO_WORKER_CONCURRENCY: '2',
        ...(t().env.databaseUrl ? { ACCESO_DATABASE_URL: t().env.databaseUrl as string } : {}),
      };
      for (let w = 0; w < 2; w++) {
        children.push(spawn(join(ROOT, 'bin', 'acceso'), ['serve', '--role', 'worker'], { cwd: ROOT, env, stdio: 'ignore' }));
      }
      const until = Date.now() + 150_000; // includes two server start-ups on a busy machine
      let sent = 0;
      while (Date.now() < until) {
        sent = (await ctx.db.selectFrom('outbox').select('id').where('status', '=', 'sent').execute()).length;
        if (sent === N) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 500)); // let a duplicate, if any, arrive
      expect(sent).toBe(N);
      const ids = await Promise.all(agency.received.map(async (m) => (await parseMessage(m.raw)).messageId));
      const outboxIds = (await ctx.db.selectFrom('outbox').select('message_id').execute()).map((r) => r.message_id).sort();
      console.log(`two workers [${t().dialect}]: ${N} outbox rows, ${agency.received.length} messages received, ${new Set(ids).size} distinct Message-IDs`);
      expect(agency.received.length).toBe(N);
      expect([...new Set(ids)].sort()).toEqual(outboxIds);
      const done = await ctx.db.selectFrom('jobs').select('result').where('name', '=', 'mail.deliver').where('status', '=', 'done').execute();
      expect(done.length).toBe(N);
      const pids = new Set(done.map((j) => (JSON.parse(j.result!) as { pid: number }).pid));
      expect(pids.size, 'both worker processes delivered some of the mail').toBe(2);
    } finally {
      for (const c of children) c.kill('SIGKILL');
      await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
      await agency.close();
    }
  }, 240_000);
});
