// Untrusted files are read in a child process: a parser that loops or balloons is killed at the
// time limit (SIGKILL) or the memory limit (V8 heap cap plus a resident-memory watch that also
// covers canvas and WebAssembly memory), and the document records why. The worker process lives on.
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runProcessInBackground } from '../priority';
import type { IngestLimits } from './limits';
import type { IngestInput, IngestResult } from './pipeline';

// Built (dist/server, scripts/build-server.mjs): the bundled child beside this bundle, plain node.
// From the sources: the TypeScript child through tsx.
const builtChild = fileURLToPath(new URL('./sandbox-child.mjs', import.meta.url));
const built = existsSync(builtChild);
const childPath = built ? builtChild : fileURLToPath(new URL('./sandbox-child.ts', import.meta.url));
const loader = built ? [] : ['--import', createRequire(import.meta.url).resolve('tsx')];

function failed(step: string, code: NonNullable<IngestResult['failure']>['code'], message: string): IngestResult {
  return { status: 'failed', mediaType: null, kind: null, pages: [], children: [], flags: [], failure: { step, code, message }, hasText: false };
}

function rssMb(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0; // no /proc (not Linux) or the process is gone: the heap cap still applies
  }
}

export function runIsolated(input: IngestInput, limits: IngestLimits): Promise<IngestResult> {
  return new Promise((resolve) => {
    const child = fork(childPath, [], {
      execArgv: [...loader, `--max-old-space-size=${Math.max(64, Math.floor(limits.memoryMb * 0.75))}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // Extraction (OCR above all) is background work: it must not take CPU from HTTP or SMTP.
    runProcessInBackground(child.pid);
    let stderr = '';
    child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
    let settled = false;
    let killedFor: IngestResult | null = null;
    const finish = (r: IngestResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(r);
    };
    // The child also watches its own clock; this is the backstop for a parser stuck in a loop.
    const timer = setTimeout(() => {
      killedFor = failed('pipeline', 'timeout', `Stopped after the time limit of ${Math.round(limits.timeMs / 1000)} s per document (ACCESO_INGEST_TIMEOUT_MS).`);
      finish(killedFor);
    }, limits.timeMs + 5000);
    const watch = setInterval(() => {
      if (child.pid && rssMb(child.pid) > limits.memoryMb) {
        killedFor = failed('pipeline', 'out_of_memory', `Stopped: reading this file needed more than ${limits.memoryMb} MB of memory (ACCESO_INGEST_MEMORY_MB).`);
        finish(killedFor);
      }
    }, 200);
    child.on('message', (msg: { ready?: boolean; result?: IngestResult }) => {
      if (msg.ready) {
        child.send({ input: { ...input, data: new Uint8Array(input.data) }, limits });
        return;
      }
      if (msg.result) {
        const r = msg.result;
        r.children = r.children.map((c) => ({ ...c, data: Buffer.from(c.data) }));
        finish(r);
      }
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      const oom = /heap out of memory|Allocation failed/i.test(stderr);
      finish(oom
        ? failed('pipeline', 'out_of_memory', `Stopped: reading this file needed more than ${limits.memoryMb} MB of memory (ACCESO_INGEST_MEMORY_MB).`)
        : failed('pipeline', 'crashed', `The reader stopped unexpectedly (${signal ?? `exit code ${code}`})${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}.`));
    });
    child.on('error', (e) => finish(failed('pipeline', 'crashed', `The reader could not start: ${e.message}.`)));
  });
}

/** Draws one PDF page as PNG (for the viewer) in a child process, with the same time limit. */
export function renderIsolated(data: Buffer, page: number, scale: number, limits: IngestLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = fork(childPath, [], {
      execArgv: [...loader, `--max-old-space-size=${Math.max(64, Math.floor(limits.memoryMb * 0.75))}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    runProcessInBackground(child.pid);
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('drawing the page took longer than the time limit')); }, Math.min(limits.timeMs, 60_000));
    child.on('message', (msg: { ready?: boolean; png?: Uint8Array; error?: string }) => {
      if (msg.ready) return void child.send({ render: { data: new Uint8Array(data), page, scale } });
      clearTimeout(timer);
      if (msg.png) resolve(Buffer.from(msg.png));
      else reject(new Error(msg.error ?? 'the page could not be drawn'));
    });
    child.on('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`the page drawer stopped (${signal ?? `exit code ${code}`})`)); });
  });
}
