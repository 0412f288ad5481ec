// Runs ./bin/acceso as a user does (a real process) against a data directory, for the CLI tests:
// the exit code and both streams come back whatever the outcome.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ACCESO_BIN = resolve(import.meta.dirname, '../../bin/acceso');

export interface CliResult { code: number; stdout: string; stderr: string }

/** `acceso <args>` on SQLite in `<dataDir>/data`, no demo, warnings only; `env` adds or overrides variables. */
export async function runAcceso(dataDir: string, args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env = { ...process.env, ACCESO_DATA_DIR: join(dataDir, 'data'), ACCESO_DEMO: '0', ACCESO_DATABASE_URL: '', ACCESO_LOG_LEVEL: 'warn', ...options.env };
  try {
    const r = await run(ACCESO_BIN, args, { env, timeout: options.timeoutMs ?? 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
