// Builds the server for production: one ESM bundle per process or thread entry in dist/server,
// npm packages left as imports. `npm start` runs it (through `npm run build`); ./bin/acceso runs
// the bundle when it is newer than every source file, and the TypeScript sources through tsx
// otherwise (development). Why: no transpiling at run time, no loader thread, and a smaller
// server (decision 0312). Thread and child entries keep the file names the code asks for
// (`new URL('./listenerThread.mjs', import.meta.url)` resolves beside the main bundle).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/server');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'server/cli/main.ts',
    listenerThread: 'server/mail/inbound/listenerThreadMain.ts',
    readWorker: 'server/mail/parse/readWorkerMain.ts',
    checkpointWorker: 'server/db/checkpointWorker.mjs',
    'sandbox-child': 'server/ingest/sandbox-child.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Stack traces name the TypeScript files.
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`server built in ${outdir}`);
