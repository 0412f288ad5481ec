// Background work (reading mail, extracting documents) runs at a lower CPU priority than the
// threads that answer people and senders: on a small machine an OCR run or a burst of MIME parsing
// must not delay an SMTP 250 or an HTTP answer. Linux gives each thread its own nice value
// (setpriority on a thread id); elsewhere, or when refused, this does nothing (logged by callers
// if they care). Decision 0607.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of background threads and processes (0 = normal, 19 = lowest). */
export const BACKGROUND_NICE = 10;

/** The calling thread's kernel id on Linux (`/proc/thread-self` -> `<pid>/task/<tid>`), else null. */
function threadId(): number | null {
  try {
    const m = /task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Lowers the calling thread's CPU priority; true when it was applied. */
export function runThisThreadInBackground(): boolean {
  const tid = threadId();
  if (tid === null) return false;
  try {
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}

/** Lowers a child process's CPU priority; true when it was applied. */
export function runProcessInBackground(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    setPriority(pid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
