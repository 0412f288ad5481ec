// The listener never loses an accepted message: the real server runs as a child process, clients
// stream messages at it, the process is killed with SIGKILL mid-stream and restarted; every message
// that got a 250 is then present exactly once (and is processed after the restart).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { describeEachDatabase } from '../../test/databases';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = connect(port, '127.0.0.1', () => { c.destroy(); resolve(true); });
      c.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not open port ${port} within ${ms} ms`);
}

function startChild(env: Record<string, string>): ChildProcess {
  const child = spawn(join(ROOT, 'bin', 'acceso'), ['serve', '--role', 'worker'], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', () => {});
  return child;
}

describeEachDatabase('SMTP listener crash safety', (t) => {
  it('keeps every 250-acknowledged message exactly once across a SIGKILL', async () => {
    const port = await freePort();
    const env: Record<string, string> = {
      ACCESO_DATA_DIR: t().env.dataDir, ACCESO_SECRET: t().env.secret, ACCESO_DEMO: '0', ACCESO_LOG_LEVEL: 'silent',
      ACCESO_SMTP_PORT: String(port), ACCESO_WORKER_POLL_MS: '50',
      ...(t().env.databaseUrl ? { ACCESO_DATABASE_URL: t().env.databaseUrl as string } : {}),
    };
    let child = startChild(env);
    await waitForPort(port, 90_000);

    const acked = new Set<string>();
    let attempted = 0;
    let killed = false;
    const body = 'x'.repeat(20_000);
    const sender = async (n: number) => {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 2000, socketTimeout: 2000 });
      for (let i = 0; !killed; i++) {
        const id = `crash-${n}-${i}@test.example`;
        attempted++;
        try {
          await transport.sendMail({ from: 'agency@test.example', to: `foia@${t().env.mailDomain}`, subject: `m ${n}/${i}`, text: body, messageId: `<${id}>` });
          acked.add(id);
        } catch {
          // The server died during this message: no 250, so the sender would retry it later.
        }
      }
    };
    const senders = [0, 1, 2, 3].map(sender);
    while (acked.size < 40) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    killed = true;
    await Promise.all(senders);
    expect(acked.size).toBeGreaterThanOrEqual(40);

    child = startChild(env);
    try {
      await waitForPort(port, 90_000);
      const db = t().ctx.db;
      const rows = await db.selectFrom('messages').select(['message_id', 'status', 'raw_sha256']).execute();
      const count = new Map<string, number>();
      for (const r of rows) count.set(r.message_id!, (count.get(r.message_id!) ?? 0) + 1);
      for (const id of acked) expect(count.get(id), `message ${id} got a 250`).toBe(1);
      expect(rows.length).toBeLessThanOrEqual(attempted);
      console.log(`crash test [${t().dialect}]: ${attempted} sends attempted, ${acked.size} got 250, ${rows.length} stored, each acknowledged one exactly once`);
      // After the restart the worker processes what was stored but not yet read.
      const until = Date.now() + 20_000;
      let pending = Infinity;
      while (Date.now() < until && pending > 0) {
        pending = (await db.selectFrom('messages').select('id').where('status', '=', 'received').execute()).length;
        if (pending) await new Promise((r) => setTimeout(r, 200));
      }
      expect(pending).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  }, 240_000);
});
