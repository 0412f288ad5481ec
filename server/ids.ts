// Identifiers and clock helpers shared by every feature.
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lowercase: safe in mail local parts and URLs

/**
 * A 26-character, time-sortable id (ULID layout, lowercase). Sorting ids sorts by creation time,
 * which keeps cursor pagination stable without a separate sequence.
 */
export function newId(now = Date.now()): string {
  let t = now;
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const rnd = randomBytes(16);
  let rand = '';
  for (let i = 0; i < 16; i++) rand += alphabet[rnd[i] % 32];
  return time + rand;
}

/** ISO-8601 timestamp in UTC: how every timestamp is stored (text, both dialects). */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's calendar date (`YYYY-MM-DD`) in UTC, or in the given IANA time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function todayIso(timeZone = 'UTC', at = new Date()): string {
  if (timeZone === 'UTC') return at.toISOString().slice(0, 10);
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(at);
}

export function addDaysIso(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
