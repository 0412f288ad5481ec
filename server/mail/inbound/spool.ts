// The SMTP listener's spool: a small SQLite file of its own (`<data>/mail-spool.sqlite`) where the
// listener thread commits each accepted message before it answers 250. The listener thread is its
// only writer, so a 250 never waits for the application database, its locks or its checkpoints;
// the main thread moves spooled messages into `messages` (with their processing jobs) and then
// asks the thread to delete them. Decision 0607.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';

export interface SpooledMessage {
  seq: number;
  id: string;
  raw: Buffer;
  envelope_from: string | null;
  /** JSON array of the SMTP envelope recipients. */
  envelope_to: string;
  received_at: string;
}

export function spoolFile(dataDir: string): string {
  return join(dataDir, 'mail-spool.sqlite');
}

/**
 * Opens the spool. The writer (the listener thread) never checkpoints it on a commit below the
 * safety net: a checkpointer thread of its own (server/db/checkpointer.ts) does, so the fsyncs a
 * checkpoint needs stay off the thread that answers senders and off the main thread.
 */
export function openSpool(file: string, role: 'writer' | 'reader'): SQLite.Database {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // As the application database (decision 0602): a committed message survives a process crash.
  db.pragma('synchronous = NORMAL');
  if (role === 'writer') {
    db.pragma('wal_autocheckpoint = 16000'); // the safety net, as checkpointer.ts SAFETY_NET_PAGES
    db.exec(`create table if not exists spool (
      seq integer primary key autoincrement,
      id text not null unique,
      raw blob not null,
      envelope_from text,
      envelope_to text not null,
      received_at text not null
    )`);
  }
  return db;
}
