// Entry of the SMTP listener's thread (smtpListener.ts). Threads do not inherit the parent's
// TypeScript loader, so this plain-JS entry registers tsx before loading the TypeScript code.
import { register } from 'tsx/esm/api';

register();
await import('./listenerThreadMain.ts');
