// Starts a real Acceso server for browser tests: `./bin/acceso serve` on a free port with a fresh
// data directory, the demo data, and its own SMTP port; reads the demo admin's one-time password
// from its output. The web app is built first so the browser sees the current sources.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  smtpPort: number;
  adminEmail: string;
  /** The demo admin's one-time password; null when started without the demo. */
  adminPassword: string | null;
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestSource(p) : st.mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app into dist/app unless the build is newer than every file under app/. Test
 * files run in parallel workers: a lock directory makes the second wait for the first's build
 * instead of emptying dist/app under a running server.
 */
export async function buildApp(): Promise<void> {
  const lock = join(ROOT, 'dist/.app-build.lock');
  const manifest = join(ROOT, 'dist/app/.vite/manifest.json');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes was left by a killed run.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`another test has held ${lock} for two minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (existsSync(manifest) && statSync(manifest).mtimeMs > newestSource(join(ROOT, 'app'))) return;
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'app/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `dataDir`: use a prepared data directory (it is removed at stop like a fresh one); `args`: more `serve` flags. */
export async function startServer(extraEnv: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'acceso-e2e-')), args: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const smtpPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    ACCESO_DATA_DIR: dataDir,
    ACCESO_DEMO: '1',
    ACCESO_SMTP_PORT: String(smtpPort),
    ACCESO_SMTP_HOST: '127.0.0.1',
    ACCESO_LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  // SQLite in the fresh data dir, mail kept in the local outbox: nothing outside is touched.
  delete env.ACCESO_DATABASE_URL;
  delete env.ACCESO_BLOB_URL;
  delete env.ACCESO_SMTP_URL;
  const child: ChildProcess = spawn(join(ROOT, 'bin/acceso'), ['serve', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If this test process ends without calling stop (a killed worker), the server goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = await new Promise<boolean>((res) => {
    const timer = setTimeout(() => res(false), 60_000);
    const check = () => {
      if (/serving at/i.test(out)) {
        clearTimeout(timer);
        res(true);
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      res(false);
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => {
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          r(null);
        }, 5000);
        child.once('exit', () => {
          clearTimeout(t);
          r(null);
        });
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (!ready) {
    await stop();
    throw new Error(`the server did not start:\n${out.slice(-3000)}`);
  }
  const m = /password\s+(\S+)/.exec(out);
  if (!m && env.ACCESO_DEMO !== '0') {
    await stop();
    throw new Error(`the server printed no demo admin password:\n${out.slice(-3000)}`);
  }
  return { url: `http://127.0.0.1:${port}`, smtpPort, adminEmail: 'admin@acceso.local', adminPassword: m?.[1] ?? null, output: () => out, stop };
}
