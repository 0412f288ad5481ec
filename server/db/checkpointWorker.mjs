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

function tick() {
  try {
    // PASSIVE never waits for readers or writers: it copies what it can and returns.
    const r = checkpoint.get();
    if (r.busy) parentPort.postMessage({ busy: true });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message ? err.message : err) });
  }
  if (!stopping) timer = setTimeout(tick, workerData.intervalMs);
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
