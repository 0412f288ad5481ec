// Shared plumbing of CLI commands: one context per invocation, errors to stderr with a non-zero
// exit code and a message a person can act on, and `--json` printing exactly one document.
import { loadEnv, EnvError } from '../env';
import { closeContext, createContext, createLogger, type AppContext } from '../context';
import { isAppError } from '../errors';
import { LawInputError } from '../../law/contract';

export class CliError extends Error {
  constructor(message: string, public readonly exitCode = 1) {
    super(message);
  }
}

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const env = loadEnv();
  // CLI output is for people and scripts: only warnings and worse from the logger, on stderr.
  const logger = createLogger({ logLevel: env.logLevel === 'info' ? 'warn' : env.logLevel });
  const ctx = await createContext(env, { logger, migrate: options.migrate });
  try {
    return await fn(ctx);
  } finally {
    await closeContext(ctx);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function reportError(err: unknown): number {
  if (err instanceof EnvError) {
    process.stderr.write(err.message + '\n');
    return 2;
  }
  if (err instanceof CliError) {
    process.stderr.write(`error: ${err.message}\n`);
    return err.exitCode;
  }
  if (isAppError(err)) {
    const fields = err.fields.map((f) => `\n  - ${f.field}: ${f.message}${f.expected ? ` (expected ${f.expected})` : ''}`).join('');
    process.stderr.write(`error [${err.code}]: ${err.detail}${fields}\n`);
    return err.status === 404 ? 3 : 1;
  }
  if (err instanceof LawInputError) {
    process.stderr.write(`error [${err.code}]: ${err.message}\n`);
    return 1;
  }
  process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
  return 1;
}

/** Wraps a commander action so that every failure becomes a clean exit. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}
