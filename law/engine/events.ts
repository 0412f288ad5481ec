// Validates and parses a request's events into day numbers (one pass, no Date objects).
import { LawInputError, type LegalEvent, type LegalEventKind } from '../contract';
import { parseIso } from './day-number';

export const EVENT_KINDS: readonly LegalEventKind[] = [
  'unusual-circumstances',
  'clarification-requested',
  'clarification-answered',
  'fee-notice',
  'fee-resolved',
  'expedited-requested',
  'adverse-determination',
  'appeal-received',
  'appeal-decided',
  'determination',
  'suit-filed',
];

/** Event kind -> small integer code (index in EVENT_KINDS) used by the engine's hot loop. */
export const EV_UNUSUAL = 0, EV_CLAR_REQ = 1, EV_CLAR_ANS = 2, EV_FEE_NOTICE = 3, EV_FEE_RESOLVED = 4,
  EV_EXPEDITED = 5, EV_ADVERSE = 6, EV_APPEAL_RECEIVED = 7, EV_APPEAL_DECIDED = 8, EV_DETERMINATION = 9, EV_SUIT = 10;

const CODE = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));

export interface ParsedEvents {
  n: number;
  codes: Int8Array;
  days: Int32Array;
}

// Reused buffers: the engine is synchronous, so one parse is consumed before the next begins.
let codes = new Int8Array(64);
let days = new Int32Array(64);

export function parseEvents(events: readonly LegalEvent[] | undefined, received: number, receivedText: string): ParsedEvents {
  if (events === undefined || events === null) return { n: 0, codes, days };
  if (!Array.isArray(events)) throw new LawInputError('invalid-event', 'events must be a list of {kind, date}');
  const n = events.length;
  if (n > codes.length) {
    codes = new Int8Array(n * 2);
    days = new Int32Array(n * 2);
  }
  let prev = received;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    const code = e && typeof e === 'object' ? CODE.get(e.kind) : undefined;
    if (code === undefined) {
      throw new LawInputError(
        'invalid-event',
        `event ${i + 1}: unknown kind '${String(e && (e as LegalEvent).kind)}'; expected one of ${EVENT_KINDS.join(', ')}`,
      );
    }
    const d = parseIso(e.date, `date of event ${i + 1} (${e.kind})`);
    if (d < received) {
      throw new LawInputError('event-before-receipt', `event ${i + 1} (${e.kind} on ${e.date}) is before the request was received (${receivedText})`);
    }
    if (d < prev) {
      throw new LawInputError(
        'events-out-of-order',
        `event ${i + 1} (${e.kind} on ${e.date}) is dated before event ${i} (${events[i - 1].kind} on ${events[i - 1].date}); list events in date order`,
      );
    }
    prev = d;
    codes[i] = code;
    days[i] = d;
  }
  return { n, codes, days };
}
