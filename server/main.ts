// The one server entry. Roles by flag: `web` (HTTP), `worker` (jobs, sweeps, mail listeners), or
// `both` (default: one process does everything, which is what a laptop install wants).
import { loadEnv, type Env } from './env';
import { closeContext, createContext, type AppContext } from './context';
import { buildApp, type ZodApp } from './http/app';
import { startWorker, type Worker } from './jobs/index';
import { startMailServices, type MailServices } from './mail/services';
import { ensureFederalDirectory } from './features/agencies/ensure-directory';
import { loadDemo } from './demo/index';
import { startCheckpointer } from './db/checkpointer';
import { CliError } from './cli/run';

export type Role = 'web' | 'worker' | 'both';

export interface Server {
  ctx: AppContext;
  app: ZodApp | null;
  worker: Worker | null;
  /** The address the HTTP server listens on, when the web role runs. */
  url: string | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  role?: Role;
  env?: Env;
  port?: number;
  host?: string;
}

export async function startServer(options: StartOptions = {}): Promise<Server> {
  const env = options.env ?? loadEnv();
  const role = options.role ?? 'both';
  const ctx = await createContext(env);
  // SQLite's WAL checkpoints (an fsync each) run on a thread of their own, not inside a commit.
  const checkpointer = startCheckpointer(ctx.db, ctx.logger);
  let app: ZodApp | null = null;
  let worker: Worker | null = null;
  let mail: MailServices | null = null;
  const stop = async () => {
    if (app) await app.close();
    if (mail) await mail.stop();
    if (worker) await worker.stop();
    await checkpointer?.stop();
    await closeContext(ctx);
  };
  try {
    // The federal agency directory is part of every install, demo or not (ACCESO_DEMO=0 too).
    await ensureFederalDirectory(ctx.db);
    await loadDemoIfWanted(ctx);

    let url: string | null = null;
    if (role === 'web' || role === 'both') {
      app = await buildApp(ctx, { logRequests: env.logLevel === 'debug' || env.logLevel === 'trace' });
      url = await listen(app, options.port ?? env.port, options.host ?? env.host);
    }
    worker = role === 'worker' || role === 'both' ? startWorker(ctx) : null;
    // Inbound mail (SMTP listener, IMAP polling) belongs to the worker role.
    mail = worker ? await startMailServices(ctx) : null;
    ctx.logger.info({ role, url, database: env.databaseUrl ? 'postgres' : 'sqlite', dataDir: env.dataDir }, 'acceso started');
    return { ctx, app, worker, url, stop };
  } catch (err) {
    // What started must stop, or its threads and timers keep a failed process alive.
    await stop().catch(() => undefined);
    throw err;
  }
}

async function listen(app: ZodApp, port: number, host: string): Promise<string> {
  try {
    return await app.listen({ port, host });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`${host}:${port} is already in use (another Acceso, or another program). Stop it, or choose another port with ACCESO_PORT or --port.`);
    if (code === 'EACCES') throw new CliError(`Not allowed to listen on ${host}:${port} (ports under 1024 need privileges). Choose another port with ACCESO_PORT or --port.`);
    throw err;
  }
}

/** The demo data (server/demo) decides what "first start" means. */
async function loadDemoIfWanted(ctx: AppContext): Promise<void> {
  if (ctx.env.demo) await loadDemo(ctx);
}

export function installSignalHandlers(server: Server): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.ctx.logger.info({ signal }, 'stopping');
    try {
      await server.stop();
      process.exit(0);
    } catch (err) {
      server.ctx.logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
