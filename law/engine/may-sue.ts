// When the requester may go to court (CONVENTIONS.md 17, 5 U.S.C. § 552(a)(6)(C)(i) for federal):
//  - after an appeal is decided: from the decision date;
//  - after an appeal is received and not decided in time: from the day after its deadline;
//  - with no determination by the response deadline: from the day after that deadline, with the
//    Oglesby warning when a determination came late but before suit.
// The right itself comes from the jurisdiction's court rule (`suitOnMissedDeadline`).
import type { Deadline } from '../contract';
import type { JurisdictionRules } from '../jurisdictions/types';
import { describeDay } from './day-number';
import type { WorkingDayIndex } from './working-days';


export interface MaySueFacts {
  rules: JurisdictionRules;
  idx: WorkingDayIndex;
  /** Response due day, or -1 when there is none (unknown, no fixed period, clock stopped). */
  responseDue: number;
  responseKnown: boolean;
  paused: boolean;
  determinedAt: number;
  adverseAt: number;
  appealReceivedAt: number;
  appealDecidedAt: number;
  appealDecisionDue: number;
  suitAt: number;
  explain: boolean;
}

export const OGLESBY =
  'Oglesby v. U.S. Dep’t of the Army, 920 F.2d 57 (D.C. Cir. 1990): a determination made after the deadline but before suit means the requester must appeal it before suing';

// Module-level helpers (not closures per call: bulk recompute calls this a million times).
function mk(f: MaySueFacts, due: number, lines: string[] | null, basis: Deadline['basis'] = 'law', verified = f.rules.court.verified): Deadline {
  return {
    kind: 'may-sue',
    due: due >= 0 ? f.idx.iso(due) : null,
    citation: f.rules.court.citation,
    explanation: lines ?? [],
    verified: verified && f.idx.calendar.verified && due >= 0,
    basis,
    source: f.rules.court.source ?? f.rules.sources[0],
  };
}

function unknownRight(f: MaySueFacts, what: string): Deadline {
  const court = f.rules.court;
  const source = court.source ?? f.rules.sources[0];
  return mk(f, -1, f.explain ? [`${what}; whether that lets the requester go to court is not known — check ${source ?? 'the law'} (${court.route}).`] : null, 'unknown', false);
}

export function maySueDeadline(f: MaySueFacts, warnings: string[]): Deadline | null {
  const court = f.rules.court;
  const source = court.source ?? f.rules.sources[0];

  if (f.appealDecidedAt >= 0) {
    return mk(
      f,
      f.appealDecidedAt,
      f.explain
        ? [
            `The appeal was decided ${describeDay(f.appealDecidedAt)}. If it was denied in any part, the requester may go to court from that date (${court.route}; ${court.citation}; CONVENTIONS.md 17).`,
          ]
        : null,
    );
  }
  if (f.appealReceivedAt >= 0) {
    if (f.appealDecisionDue < 0) return unknownRight(f, 'The appeal decision period is not known, so no date can be given');
    if (court.suitOnMissedDeadline === false) return null;
    const due = f.appealDecisionDue + 1;
    const what = f.explain ? `No appeal decision by its deadline (${describeDay(f.appealDecisionDue)})` : '';
    if (court.suitOnMissedDeadline === 'unknown') return unknownRight(f, what);
    return mk(f, due, f.explain ? [`${what}: the requester may go to court from the next day, ${describeDay(due)} (${court.citation}; CONVENTIONS.md 17).`] : null);
  }
  if (f.paused) return null; // the clock is stopped waiting for the requester: nothing is missed yet
  if (!f.responseKnown || f.responseDue < 0) {
    if (f.determinedAt >= 0) return null;
    if (court.suitOnMissedDeadline === false) return null;
    return mk(
      f,
      -1,
      f.explain
        ? [`The response deadline is not a date (${f.rules.response.noFixedPeriod ?? 'not known'}), so the first day the requester may go to court cannot be computed; court route: ${court.route} (${court.citation || 'no citation recorded'}). Check ${source ?? 'the law'}.`]
        : null,
      f.rules.response.noFixedPeriod ? 'law' : 'unknown',
      false,
    );
  }
  if (f.determinedAt >= 0 && f.determinedAt <= f.responseDue) return null; // answered on time
  if (court.suitOnMissedDeadline === false) return null;
  const due = f.responseDue + 1;
  const what = f.explain ? `No determination by the response deadline (${describeDay(f.responseDue)})` : '';
  if (court.suitOnMissedDeadline === 'unknown') return unknownRight(f, what);
  const lines: string[] | null = f.explain
    ? [`${what}: the requester is treated as having exhausted administrative remedies and may go to court from the next day, ${describeDay(due)} (${court.citation}; CONVENTIONS.md 17).`]
    : null;
  let verified = court.verified;
  if (f.determinedAt > f.responseDue) {
    const beforeSuit = f.suitAt < 0 || f.suitAt > f.determinedAt;
    if (beforeSuit && f.adverseAt >= 0 && court.lateDeterminationRequiresAppeal === true) {
      verified = false;
      warnings.push(
        `Determination on ${describeDay(f.determinedAt)} came after the response deadline (${describeDay(f.responseDue)}) but before any suit: courts in the D.C. Circuit then require an administrative appeal before suing (${OGLESBY}).`,
      );
      lines?.push(`Warning: the determination of ${describeDay(f.determinedAt)} came late but before suit; under ${OGLESBY}.`);
    } else if (lines) {
      lines.push(
        beforeSuit
          ? `A determination was made late, on ${describeDay(f.determinedAt)}.`
          : `Suit was filed ${describeDay(f.suitAt)}, before the late determination of ${describeDay(f.determinedAt)}.`,
      );
    }
  }
  return mk(f, due, lines, 'law', verified);
}
