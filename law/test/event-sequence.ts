// Random event timelines for the batch tests, made valid: an answer only after an open question,
// a fee resolved only after a notice, an appeal decided only after one was received (a pick that
// would break that becomes the opening event instead).
import { formatIso } from '../engine/day-number';
import type { LegalEvent } from '../index';

export const KINDS: LegalEvent['kind'][] = [
  'unusual-circumstances', 'clarification-requested', 'clarification-answered', 'fee-notice', 'fee-resolved',
  'expedited-requested', 'adverse-determination', 'appeal-received', 'appeal-decided', 'determination', 'suit-filed',
];
export const AGENCIES = ['dhs', 'cbp', 'doj', 'doi', 'nasa', null];

/** Events from day `start`, each `gap` days after the previous, kinds picked by index into KINDS. */
export function wellFormedEvents(start: number, steps: Iterable<{ gap: number; k: number }>): LegalEvent[] {
  let d = start, clar = 0, fee = 0, appeal = false;
  const events: LegalEvent[] = [];
  for (const s of steps) {
    d += s.gap;
    let kind = KINDS[s.k];
    if (kind === 'clarification-answered' && clar === 0) kind = 'clarification-requested';
    if (kind === 'fee-resolved' && fee === 0) kind = 'fee-notice';
    if (kind === 'appeal-decided' && !appeal) kind = 'appeal-received';
    if (kind === 'clarification-requested') clar++;
    if (kind === 'clarification-answered') clar--;
    if (kind === 'fee-notice') fee++;
    if (kind === 'fee-resolved') fee--;
    if (kind === 'appeal-received') appeal = true;
    events.push({ kind, date: formatIso(d) });
  }
  return events;
}
