// The inbound SMTP listener (CONTRACTS.md "Mail": ACCESO_SMTP_HOST:ACCESO_SMTP_PORT, default
// 127.0.0.1:2525). It answers 250 only after acceptRawMessage() has put the raw bytes in the blob
// store (fsynced) and committed the message row: a 250 means the message survives a crash. Any
// failure before that answers 451 (try again later), so the sending server keeps the message.
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AppContext } from '../../context';
import { acceptRawMessage } from './accept';

export interface SmtpListener {
  server: SMTPServer;
  port: number;
  host: string;
  close(): Promise<void>;
}

export interface SmtpListenerOptions {
  host?: string;
  port?: number;
  /** Largest message accepted (bytes); default the environment's message limit. */
  maxBytes?: number;
  /** Called after each accepted message (e.g. to process it at once in the same process). */
  onAccepted?: (id: string, duplicate: boolean) => void;
  /** Accept recipients on any domain (tests of forwarding); default: only ACCESO_MAIL_DOMAIN. */
  anyDomain?: boolean;
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

function readAll(stream: SMTPServerDataStream): Promise<{ raw: Buffer; tooBig: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => {
      // Past the limit we keep reading (the client must finish DATA) but stop keeping bytes.
      if (!stream.sizeExceeded) chunks.push(c);
    });
    stream.on('end', () => resolve({ raw: Buffer.concat(chunks), tooBig: stream.sizeExceeded }));
    stream.on('error', reject);
  });
}

export async function startSmtpListener(ctx: AppContext, options: SmtpListenerOptions = {}): Promise<SmtpListener> {
  const host = options.host ?? ctx.env.smtpHost;
  const maxBytes = options.maxBytes ?? ctx.env.limits.messageBytes;
  const domain = ctx.env.mailDomain.toLowerCase();
  const log = ctx.logger.child({ component: 'smtp-listener' });
  const server = new SMTPServer({
    name: domain,
    banner: 'Acceso inbound mail',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    maxClients: 200,
    onRcptTo(address, _session, callback) {
      const at = address.address.lastIndexOf('@');
      if (!options.anyDomain && (at < 0 || address.address.slice(at + 1).toLowerCase() !== domain)) {
        return callback(smtpError(`5.1.2 ${address.address}: this server only receives mail for ${domain}`, 550));
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      readAll(stream)
        .then(async ({ raw, tooBig }) => {
          if (tooBig) throw smtpError(`5.3.4 message larger than the limit of ${maxBytes} bytes`, 552);
          const accepted = await acceptRawMessage(ctx, raw, {
            source: 'smtp',
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address || null : null,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          });
          callback(null, `2.0.0 stored as ${accepted.id}${accepted.duplicate ? ' (duplicate of a stored message)' : ''}`);
          options.onAccepted?.(accepted.id, accepted.duplicate);
        })
        .catch((err: Error & { responseCode?: number }) => {
          if (!err.responseCode) log.error({ err }, 'could not store an inbound message; answered 451');
          callback(err.responseCode ? err : smtpError('4.3.0 could not store the message, try again later', 451));
        });
    },
  });
  server.on('error', (err) => log.warn({ err }, 'smtp listener error'));
  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? ctx.env.smtpPort, host, () => {
      server.server.off('error', reject);
      const addr = server.server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : (options.port ?? ctx.env.smtpPort));
    });
  });
  log.info({ host, port }, 'smtp listener ready');
  return { server, port, host, close: () => new Promise<void>((r) => server.close(() => r())) };
}
