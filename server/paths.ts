// Where the project's files are, whether this code runs from its TypeScript sources (tsx) or from
// the built bundle in dist/server (scripts/build-server.mjs): data files that ship with the
// repository (the federal directory, the demo agencies) and the built web app are found from the
// project root, not from the running module's own folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}: cannot find the Acceso project folder`);
  }
}

export const projectRoot = findRoot(import.meta.dirname);

export function fromRoot(...parts: string[]): string {
  return join(projectRoot, ...parts);
}
