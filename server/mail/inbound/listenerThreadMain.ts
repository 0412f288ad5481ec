// The SMTP listener, on its own thread with its own event loop: it reads each message, commits it
// to the spool (group commit: every message that finished in the same turn shares a transaction)
// and only then answers 250. Nothing the main thread does (HTTP, processing mail, database
// transactions) can delay a sender's 250. Messages in and out (smtpListener.ts):
//   to main:   listening {port} | failed {error} | spooled {ids} | log {level, msg, error} | closed
//   from main: delete {ids} | close | exit
import { parentPort, workerData } from 'node:worker_threads';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { newId, nowIso } from '../../ids';
import { openSpool } from './spool';

export interface ListenerThreadData {
  spoolFile: string;
  host: string;
  port: number;
  maxBytes: number;
  domain: string;
  anyDomain: boolean;
}

const data = workerData as ListenerThreadData;
const port = parentPort!;
const spool = openSpool(data.spoolFile, 'writer');
const insert = spool.prepare('insert into spool (id, raw, envelope_from, envelope_to, received_at) values (?, ?, ?, ?, ?)');
const remove = spool.prepare('delete from spool where id = ?');

const log = (level: 'warn' | 'error' | 'info', msg: string, error?: unknown) =>
  port.postMessage({ type: 'log', level, msg, error: error === undefined ? undefined : String((error as Error)?.stack ?? error) });

interface Pending {
  raw: Buffer;
  envelopeFrom: string | null;
  envelopeTo: string[];
  done(err: Error | null, id?: string): void;
}
let pending: Pending[] = [];
let deletes: string[] = [];
let scheduled = false;

const commit = spool.transaction((batch: Pending[], ids: string[], gone: string[]) => {
  const at = nowIso();
  batch.forEach((p, i) => insert.run(ids[i], p.raw, p.envelopeFrom, JSON.stringify(p.envelopeTo.map((a) => a.toLowerCase())), at));
  for (const id of gone) remove.run(id);
});

function flush(): void {
  scheduled = false;
  const batch = pending;
  const gone = deletes;
  pending = [];
  deletes = [];
  const ids = batch.map(() => newId());
  try {
    commit(batch, ids, gone);
  } catch (err) {
    // Nothing of this batch was committed: every sender gets a temporary failure and retries.
    log('error', 'could not spool inbound messages; answered 451', err);
    for (const p of batch) p.done(smtpError('4.3.0 could not store the message, try again later', 451));
    deletes.push(...gone);
    return;
  }
  batch.forEach((p, i) => p.done(null, ids[i]));
  if (ids.length) port.postMessage({ type: 'spooled', ids });
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(flush);
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

const server = new SMTPServer({
  name: data.domain,
  banner: 'Acceso inbound mail',
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  size: data.maxBytes,
  logger: false,
  maxClients: 200,
  onRcptTo(address, _session, callback) {
    const at = address.address.lastIndexOf('@');
    if (!data.anyDomain && (at < 0 || address.address.slice(at + 1).toLowerCase() !== data.domain)) {
      return callback(smtpError(`5.1.2 ${address.address}: this server only receives mail for ${data.domain}`, 550));
    }
    callback();
  },
  onData(stream, session, callback) {
    readAll(stream).then(({ raw, tooBig }) => {
      if (tooBig) return callback(smtpError(`5.3.4 message larger than the limit of ${data.maxBytes} bytes`, 552));
      pending.push({
        raw,
        envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address || null : null,
        envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        done: (err, id) => (err ? callback(err) : callback(null, `2.0.0 stored as ${id}`)),
      });
      schedule();
    }, (err: Error) => {
      log('warn', 'an inbound message could not be read; answered 451', err);
      callback(smtpError('4.3.0 could not read the message, try again later', 451));
    });
  },
});
server.on('error', (err) => log('warn', 'smtp listener error', err));

port.on('message', (m: { type: 'delete'; ids: string[] } | { type: 'close' } | { type: 'exit' }) => {
  if (m.type === 'delete') {
    deletes.push(...m.ids);
    schedule();
  } else if (m.type === 'close') {
    // Stops accepting; connections in a transaction finish (smtp-server's close timeout), and
    // whatever they spooled is committed before the main thread hears "closed".
    server.close(() => {
      if (pending.length || deletes.length) flush();
      port.postMessage({ type: 'closed' });
    });
  } else if (m.type === 'exit') {
    if (pending.length || deletes.length) flush();
    spool.close();
    port.close();
  }
});

server.server.once('error', (err: Error) => port.postMessage({ type: 'failed', error: err.message, code: (err as NodeJS.ErrnoException).code }));
server.listen(data.port, data.host, () => {
  const addr = server.server.address();
  port.postMessage({ type: 'listening', port: typeof addr === 'object' && addr ? addr.port : data.port });
});
