// Per-request reply addresses (CONTRACTS.md "Mail"): r-<request id>-<8 hex>@<ACCESO_MAIL_DOMAIN>,
// the hex being the first 8 hex digits of HMAC-SHA256(id) under the instance secret. The token
// stops mail from being filed under a request just because someone guessed its id.
//
// People retype addresses from printed letters and portals, so matching tolerates the common
// slips: wrong case, a missing `r-`, one dropped, doubled or swapped character, and the letters
// Crockford base32 reads as digits (o->0, i/l->1). Every tolerant match must still reproduce the
// HMAC, so a slip never sends mail to a request the sender did not mean.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Request ids are ULIDs in lowercase Crockford base32 (server/ids.ts). */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_LENGTH = 26;
const HEX_LENGTH = 8;

export function replyToken(requestId: string, secret: string): string {
  return createHmac('sha256', secret).update(requestId).digest('hex').slice(0, HEX_LENGTH);
}

export function replyAddress(requestId: string, secret: string, domain: string): string {
  return `r-${requestId}-${replyToken(requestId, secret)}@${domain}`;
}

function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a.padEnd(HEX_LENGTH, '\0').slice(0, HEX_LENGTH));
  const y = Buffer.from(b.padEnd(HEX_LENGTH, '\0').slice(0, HEX_LENGTH));
  return timingSafeEqual(x, y) && a.length === b.length;
}

export interface ReplyAddressMatch {
  requestId: string;
  /** 'exact': the address as issued; 'tolerant': after correcting a slip, named in `correction`. */
  method: 'exact' | 'tolerant';
  correction: string | null;
}

/** Checks an exact reply address (constant-time token comparison). */
export function verifyReplyAddress(address: string, secret: string, domain: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const m = /^r-([0-9a-z]{26})-([0-9a-f]{8})$/.exec(address.slice(0, at));
  if (!m) return null;
  return safeEqualHex(replyToken(m[1], secret), m[2]) ? m[1] : null;
}

/** Damerau-Levenshtein distance, capped at 2 (we only care whether it is 0 or 1). */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Every id a mistyped id may have been: one character dropped, doubled or swapped. */
function idVariants(id: string): string[] {
  const out = new Set<string>();
  if (id.length === ID_LENGTH - 1) {
    for (let i = 0; i <= id.length; i++) for (const c of ID_ALPHABET) out.add(id.slice(0, i) + c + id.slice(i));
  } else if (id.length === ID_LENGTH + 1) {
    for (let i = 0; i < id.length; i++) out.add(id.slice(0, i) + id.slice(i + 1));
  } else if (id.length === ID_LENGTH) {
    for (let i = 0; i + 1 < id.length; i++) out.add(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return [...out].filter((v) => v.length === ID_LENGTH && [...v].every((c) => ID_ALPHABET.includes(c)));
}

function crockford(s: string): string {
  return s.replace(/o/g, '0').replace(/[il]/g, '1');
}

/** Splits a (lower-cased) local part into id and token, naming what had to be corrected. */
function splitLocal(local: string): { id: string; hex: string; notes: string[] } | null {
  const notes: string[] = [];
  let rest = local;
  if (rest.startsWith('r-')) rest = rest.slice(2);
  else if (/^r[0-9a-z]{25,27}-?[0-9a-f]{7,9}$/.test(rest) && rest.length >= ID_LENGTH + HEX_LENGTH) {
    rest = rest.slice(1);
    notes.push('missing "-" after "r"');
  } else notes.push('missing "r-" prefix');
  const dash = rest.lastIndexOf('-');
  if (dash > 0) return { id: rest.slice(0, dash), hex: rest.slice(dash + 1), notes };
  // Missing separator: the id has a fixed length, the token follows it.
  if (rest.length >= ID_LENGTH + HEX_LENGTH - 1) {
    notes.push('missing "-" before the token');
    return { id: rest.slice(0, ID_LENGTH), hex: rest.slice(ID_LENGTH), notes };
  }
  return null;
}

/**
 * Matches an address to a request id, exactly or after correcting one common slip. Returns the
 * candidates whose HMAC checks out (normally one); the caller confirms the request exists.
 */
export function matchReplyAddress(address: string, secret: string, domain: string): ReplyAddressMatch[] {
  const exact = verifyReplyAddress(address, secret, domain);
  if (exact) return [{ requestId: exact, method: 'exact', correction: null }];
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).trim().toLowerCase() !== domain.toLowerCase()) return [];
  const rawLocal = address.slice(0, at).trim().replace(/^"|"$/g, '').replace(/\+.*$/, '');
  const local = rawLocal.toLowerCase();
  const split = splitLocal(local);
  if (!split) return [];
  const notes = [...split.notes];
  if (rawLocal !== local) notes.push('letters in the wrong case');
  const id = crockford(split.id);
  if (id !== split.id) notes.push('letters o/i/l read as 0/1');
  const hex = split.hex;
  if (!/^[0-9a-f]{7,9}$/.test(hex)) return [];
  const found: ReplyAddressMatch[] = [];
  const add = (requestId: string, extra: string | null) => {
    if (found.some((f) => f.requestId === requestId)) return;
    const all = extra ? [...notes, extra] : notes;
    found.push({ requestId, method: 'tolerant', correction: all.join('; ') || 'normalised' });
  };
  // The id is right; the token has at most one slip.
  if (id.length === ID_LENGTH && editDistanceAtMostOne(replyToken(id, secret), hex)) {
    add(id, hex === replyToken(id, secret) ? null : 'one character of the token mistyped');
    return found;
  }
  // The token is right; the id has one slip.
  if (hex.length === HEX_LENGTH) {
    for (const candidate of idVariants(id)) {
      if (safeEqualHex(replyToken(candidate, secret), hex)) add(candidate, 'one character of the request id dropped, doubled or swapped');
    }
  }
  return found;
}

/** Whether an address is on our mail domain at all (reply or not). */
export function isOurDomain(address: string, domain: string): boolean {
  const at = address.lastIndexOf('@');
  return at >= 0 && address.slice(at + 1).trim().toLowerCase() === domain.toLowerCase();
}
