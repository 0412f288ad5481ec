// Entry of a mail reading thread (readPool.ts). Threads do not inherit the parent's TypeScript
// loader, so this plain-JS entry registers tsx before loading the TypeScript worker code.
import { register } from 'tsx/esm/api';

register();
await import('./readWorkerMain.ts');
