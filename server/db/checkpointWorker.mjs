// The background WAL checkpointer's thread (checkpointer.ts). Plain JS: it needs only
// better-sqlite3, and a thread does not inherit the parent's TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 5000');
// The same durability setting as the main connection: the checkpoint fsyncs the WAL before it
// copies frames and the database file after.
db.pragma('synchronous = NORMAL');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let timer = null;
let stopping = false;

// While writes come in, every intervalMs; on an idle database (the WAL as it was at the last
// tick) the wait doubles up to a second, so an idle server does not wake this thread 40 times a
// second. A new write is then copied within a second at the latest.
const IDLE_MAX_MS = 1000;
let wait = workerData.intervalMs;
let last = '';

function tick() {
  let active = false;
  try {
    // PASSIVE never waits for readers or writers: it copies what it can and returns.
    const r = checkpoint.get();
    if (r.busy) parentPort.postMessage({ busy: true });
    const now = `${r.log}/${r.checkpointed}`;
    active = now !== last;
    last = now;
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message ? err.message : err) });
  }
  wait = active ? workerData.intervalMs : Math.min(IDLE_MAX_MS, wait * 2);
  if (!stopping) timer = setTimeout(tick, wait);
}

parentPort.on('message', (m) => {
  if (m === 'stop') {
    stopping = true;
    clearTimeout(timer);
    db.close();
    parentPort.close();
  }
});
timer = setTimeout(tick, workerData.intervalMs);
