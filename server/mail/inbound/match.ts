// Tying an inbound message to its request, in order of trust:
//   1. the SMTP envelope recipient (what the sending server delivered to, whatever the headers
//      say: mail is often forwarded or blind-copied), exact then tolerant of typos;
//   2. To / Cc / Delivered-To / X-Original-To headers, exact then tolerant;
//   3. an agency tracking number found in the message, when exactly one request has it;
//   4. thread headers (In-Reply-To / References, and the original attached to a bounce) pointing
//      at mail we sent or received for a request.
// Nothing matches -> the holding pen (request_id null), where a person assigns it.
import type { Executor } from '../../db/database';
import type { MatchMethod } from '../../features/correspondence/tables';
import { requestRef, requestsByThread, requestsByTrackingNumber } from '../../features/correspondence/repository';
import type { ParsedMessage } from '../parse/types';
import { matchReplyAddress } from '../replyAddress';
import type { Understanding } from '../understand/understand';

export interface MatchResult {
  requestId: string | null;
  organisationId: string | null;
  method: MatchMethod | null;
  detail: string | null;
}

export interface MatchInput {
  parsed: ParsedMessage;
  understanding: Understanding;
  envelopeTo: string[];
  /** Restricts tracking-number matches to one organisation (uploads by a user). */
  organisationId: string | null;
  secret: string;
  mailDomain: string;
}

const NONE: MatchResult = { requestId: null, organisationId: null, method: null, detail: null };

async function byAddresses(db: Executor, addresses: string[], input: MatchInput, where: 'envelope' | 'header'): Promise<MatchResult | null> {
  // Exact matches anywhere in the list win over tolerant ones.
  for (const tolerant of [false, true]) {
    for (const address of addresses) {
      for (const m of matchReplyAddress(address, input.secret, input.mailDomain)) {
        if ((m.method === 'tolerant') !== tolerant) continue;
        const req = await requestRef(db, m.requestId);
        if (!req) continue;
        const label = where === 'envelope' ? 'SMTP envelope recipient' : 'header address';
        return {
          requestId: req.id,
          organisationId: req.organisation_id,
          method: tolerant ? `${where}-tolerant` : where,
          detail: tolerant ? `${label} ${address} (corrected: ${m.correction})` : `${label} ${address}`,
        };
      }
    }
  }
  return null;
}

function normalisedIds(ids: (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((x): x is string => !!x).map((x) => x.replace(/^<|>$/g, '').trim().toLowerCase()))];
}

export async function matchMessage(db: Executor, input: MatchInput): Promise<MatchResult> {
  const p = input.parsed;
  const envelope = await byAddresses(db, input.envelopeTo, input, 'envelope');
  if (envelope) return envelope;
  const headerAddresses = [...p.to.map((a) => a.address), ...p.cc.map((a) => a.address), ...p.deliveredTo];
  const header = await byAddresses(db, headerAddresses, input, 'header');
  if (header) return header;

  const numbers = input.understanding.trackingNumbers.map((t) => t.value);
  const byNumber = await requestsByTrackingNumber(db, numbers, input.organisationId);
  const distinct = [...new Map(byNumber.map((r) => [r.id, r])).values()];
  if (distinct.length === 1) {
    return { requestId: distinct[0].id, organisationId: distinct[0].organisation_id, method: 'tracking-number', detail: `tracking number ${distinct[0].tracking_number}` };
  }

  const nestedIds = p.attachments.map((a) => a.nested?.messageId);
  const thread = normalisedIds([p.inReplyTo, ...p.references, ...nestedIds]);
  const hits = await requestsByThread(db, thread);
  const requestIds = [...new Set(hits.map((h) => h.request_id))];
  if (requestIds.length === 1) {
    const req = await requestRef(db, requestIds[0]);
    if (req) return { requestId: req.id, organisationId: req.organisation_id, method: 'thread', detail: `thread headers refer to ${hits[0].via}` };
  }
  const note = distinct.length > 1 ? `tracking number found on ${distinct.length} requests; assign by hand` : requestIds.length > 1 ? 'thread headers point at several requests; assign by hand' : null;
  return { ...NONE, detail: note };
}
