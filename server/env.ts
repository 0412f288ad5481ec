// Configuration, parsed and validated once at start (ARCHITECTURE.md convention 6). Every variable
// is documented in `.env.example`; an invalid value stops the process with *every* problem listed,
// never a silent default in place of what the operator wrote.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Limits {
  /** Largest JSON request body the API accepts (413 above). */
  jsonBodyBytes: number;
  /** Largest uploaded file (documents, raw messages). */
  uploadBytes: number;
  /** Largest inbound e-mail message accepted over SMTP. */
  messageBytes: number;
  /** Most pages extracted from one document. */
  documentPages: number;
  /** Longest time one ingestion step may run. */
  ingestTimeoutMs: number;
  /** Most bytes an archive (zip, nested mail) may expand to. */
  archiveExpandedBytes: number;
  /** Most entries read from one archive. */
  archiveEntries: number;
  /** Page size ceiling for list endpoints. */
  pageSizeMax: number;
}

export interface Env {
  port: number;
  host: string;
  /** Absolute path of the data directory (SQLite file, blobs, generated secret). */
  dataDir: string;
  /** PostgreSQL URL, or null for SQLite at `<dataDir>/acceso.sqlite`. */
  databaseUrl: string | null;
  /** S3-compatible blob store URL, or null for `<dataDir>/blobs`. */
  blobUrl: string | null;
  blobDir: string;
  /** Instance secret (HMAC of reply addresses and the like). Never logged. */
  secret: string;
  /** Load the demo data on first start. */
  demo: boolean;
  smtpHost: string;
  smtpPort: number;
  /** Outbound SMTP; null keeps outbound mail in the local outbox. */
  smtpUrl: string | null;
  /** Run the inbound SMTP listener in worker processes (ACCESO_SMTP_LISTEN, default on). */
  smtpListen: boolean;
  /** A mailbox to poll for replies (imaps://user:pass@host/INBOX), or null. */
  imapUrl: string | null;
  imapPollSeconds: number;
  /** Worker threads that parse inbound mail off the main thread (0: parse in-process). */
  mailParseThreads: number;
  mailDomain: string;
  /** The address people use to reach this instance; https here makes session cookies Secure. */
  publicUrl: string | null;
  trustProxy: boolean;
  logLevel: LogLevel;
  sessionTtlHours: number;
  loginAttemptsPerMinute: number;
  workerConcurrency: number;
  workerPollMs: number;
  limits: Limits;
}

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'EnvError';
  }
}

type Source = Record<string, string | undefined>;

export function loadEnv(source: Source = process.env): Env {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const v = source[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string, dflt: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return dflt;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return dflt;
    }
    return Number(raw);
  };
  const bool = (name: string, dflt: boolean): boolean => {
    const raw = get(name);
    if (raw === undefined) return dflt;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    problems.push(`${name}=${JSON.stringify(raw)}: expected 1 or 0 (true/false)`);
    return dflt;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = get(name);
    if (raw === undefined) return null;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name}: expected a URL starting with ${protocols.map((p) => p + '//').join(' or ')}, got ${u.protocol}//`);
        return null;
      }
      return raw;
    } catch {
      problems.push(`${name}: not a valid URL`);
      return null;
    }
  };

  const port = int('PORT', 8080, 0, 65535);
  const host = get('ACCESO_HOST') ?? '127.0.0.1';
  const dataDir = resolve(get('ACCESO_DATA_DIR') ?? './data');
  const databaseUrl = url('ACCESO_DATABASE_URL', ['postgres:', 'postgresql:']);
  const blobUrl = url('ACCESO_BLOB_URL', ['s3:', 'http:', 'https:']);
  const demo = bool('ACCESO_DEMO', true);
  const smtpHost = get('ACCESO_SMTP_HOST') ?? '127.0.0.1';
  const smtpPort = int('ACCESO_SMTP_PORT', 2525, 0, 65535);
  const smtpUrl = url('ACCESO_SMTP_URL', ['smtp:', 'smtps:']);
  const smtpListen = bool('ACCESO_SMTP_LISTEN', true);
  const imapUrl = url('ACCESO_IMAP_URL', ['imap:', 'imaps:']);
  const imapPollSeconds = int('ACCESO_IMAP_POLL_SECONDS', 60, 5, 86_400);
  const mailParseThreads = int('ACCESO_MAIL_PARSE_THREADS', 1, 0, 64);
  const mailDomain = get('ACCESO_MAIL_DOMAIN') ?? 'acceso.localhost';
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(mailDomain)) {
    problems.push(`ACCESO_MAIL_DOMAIN=${JSON.stringify(mailDomain)}: expected a domain name such as acceso.example.org`);
  }
  const publicUrl = url('ACCESO_PUBLIC_URL', ['http:', 'https:']);
  const trustProxy = bool('ACCESO_TRUST_PROXY', false);
  const logLevel = (get('ACCESO_LOG_LEVEL') ?? 'info') as LogLevel;
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`ACCESO_LOG_LEVEL=${JSON.stringify(logLevel)}: expected one of fatal, error, warn, info, debug, trace, silent`);
  }
  const sessionTtlHours = int('ACCESO_SESSION_TTL_HOURS', 24 * 14, 1, 24 * 365);
  const loginAttemptsPerMinute = int('ACCESO_LOGIN_ATTEMPTS_PER_MINUTE', 10, 1, 10_000);
  const workerConcurrency = int('ACCESO_WORKER_CONCURRENCY', 2, 1, 64);
  const workerPollMs = int('ACCESO_WORKER_POLL_MS', 1000, 10, 600_000);
  const limits: Limits = {
    jsonBodyBytes: int('ACCESO_MAX_JSON_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    uploadBytes: int('ACCESO_MAX_UPLOAD_BYTES', 100 * 1024 * 1024, 1024, 10 * 1024 * 1024 * 1024),
    messageBytes: int('ACCESO_MAX_MESSAGE_BYTES', 50 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    documentPages: int('ACCESO_MAX_DOCUMENT_PAGES', 5000, 1, 1_000_000),
    ingestTimeoutMs: int('ACCESO_INGEST_TIMEOUT_MS', 5 * 60_000, 1000, 24 * 3600_000),
    archiveExpandedBytes: int('ACCESO_MAX_ARCHIVE_EXPANDED_BYTES', 1024 * 1024 * 1024, 1024, 100 * 1024 * 1024 * 1024),
    archiveEntries: int('ACCESO_MAX_ARCHIVE_ENTRIES', 10_000, 1, 10_000_000),
    pageSizeMax: int('ACCESO_MAX_PAGE_SIZE', 200, 1, 10_000),
  };

  let secret = get('ACCESO_SECRET');
  if (secret !== undefined && secret.length < 32) {
    problems.push('ACCESO_SECRET: expected at least 32 characters (leave it unset to have one generated in the data directory)');
  }

  if (problems.length) throw new EnvError(problems);
  if (secret === undefined) secret = readOrCreateSecret(dataDir);

  return {
    port, host, dataDir, databaseUrl, blobUrl, blobDir: join(dataDir, 'blobs'), secret, demo,
    smtpHost, smtpPort, smtpUrl, smtpListen, imapUrl, imapPollSeconds, mailParseThreads, mailDomain: mailDomain.toLowerCase(), publicUrl, trustProxy, logLevel,
    sessionTtlHours, loginAttemptsPerMinute, workerConcurrency, workerPollMs, limits,
  };
}

/** The secret is generated once and kept beside the data so restarts keep reply addresses valid. */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) {
    const s = readFileSync(file, 'utf8').trim();
    if (s.length < 32) throw new EnvError([`${file}: the stored secret is shorter than 32 characters; remove the file or set ACCESO_SECRET`]);
    return s;
  }
  mkdirSync(dataDir, { recursive: true });
  const s = randomBytes(32).toString('hex');
  writeFileSync(file, s + '\n', { mode: 0o600, flag: 'wx' });
  return s;
}
