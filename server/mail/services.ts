// The mail services a worker process runs: the threads that read mail, the inbound SMTP listener
// and IMAP polling. Started by
// server/main.ts for the worker role; each failure to start is logged in words, and the rest of
// the worker keeps running (mail can still be uploaded through the API and CLI).
import type { AppContext } from '../context';
import { imapSource, pollMailbox } from './inbound/imapPoll';
import { startSmtpListener, type SmtpListener } from './inbound/smtpListener';
import { startReadPool } from './parse/readPool';

export interface MailServices {
  smtp: SmtpListener | null;
  stop(): Promise<void>;
}

export async function startMailServices(ctx: AppContext): Promise<MailServices> {
  const log = ctx.logger.child({ component: 'mail' });
  const pool = startReadPool(ctx, ctx.env.mailParseThreads);
  let smtp: SmtpListener | null = null;
  if (ctx.env.smtpListen) {
    try {
      smtp = await startSmtpListener(ctx);
    } catch (err) {
      log.error({ err, host: ctx.env.smtpHost, port: ctx.env.smtpPort }, `the inbound SMTP listener could not start on ${ctx.env.smtpHost}:${ctx.env.smtpPort} (${(err as Error).message}); replies by SMTP will not be received by this process`);
    }
  }
  let timer: NodeJS.Timeout | null = null;
  let polling = false;
  if (ctx.env.imapUrl) {
    const url = ctx.env.imapUrl;
    const poll = async () => {
      if (polling) return;
      polling = true;
      try {
        const r = await pollMailbox(ctx, imapSource(url, log));
        if (r.accepted) log.info(r, 'IMAP poll');
      } catch (err) {
        log.error({ err }, `IMAP polling failed: ${(err as Error).message}`);
      } finally {
        polling = false;
      }
    };
    setImmediate(poll);
    timer = setInterval(poll, ctx.env.imapPollSeconds * 1000);
  }
  return {
    smtp,
    stop: async () => {
      if (timer) clearInterval(timer);
      if (smtp) await smtp.close();
      if (pool) {
        ctx.services.mailReadPool = null;
        await pool.close();
      }
    },
  };
}
