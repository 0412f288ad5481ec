// When the requester may go to court (CONVENTIONS.md 17, 5 U.S.C. § 552(a)(6)(C)(i) for federal):
//  - after an appeal is decided: from the decision date;
//  - after an appeal is received and not decided in time: from the day after its deadline;
//  - with no determination by the response deadline: from the day after that deadline, with the
//    Oglesby warning when a determination came late but before suit.
// The right itself comes from the jurisdiction's court rule (`suitOnMissedDeadline`).
import type { Deadline } from '../contract';
import type { JurisdictionRules } from '../jurisdictions/types';
import type { Messages } from './messages';
import { OGLESBY_EN } from './messages/en';
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
  /** Catalogue of the explanation's language. */
  m: Messages;
}

/** The case and its holding, in English (each catalogue words it in its language). */
export const OGLESBY = OGLESBY_EN;

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
  return mk(f, -1, f.explain ? [f.m.suitRightUnknown(what, source, court.route)] : null, 'unknown', false);
}

export function maySueDeadline(f: MaySueFacts, warnings: string[]): Deadline | null {
  const court = f.rules.court;
  const source = court.source ?? f.rules.sources[0];
  const m = f.m;

  if (f.appealDecidedAt >= 0) {
    return mk(
      f,
      f.appealDecidedAt,
      f.explain
        ? [m.maySueAfterAppealDecision(m.day(f.appealDecidedAt), court.route, court.citation)]
        : null,
    );
  }
  if (f.appealReceivedAt >= 0) {
    if (f.appealDecisionDue < 0) return unknownRight(f, f.explain ? m.appealDecisionPeriodUnknown() : '');
    if (court.suitOnMissedDeadline === false) return null;
    const due = f.appealDecisionDue + 1;
    const what = f.explain ? m.noAppealDecisionBy(m.day(f.appealDecisionDue)) : '';
    if (court.suitOnMissedDeadline === 'unknown') return unknownRight(f, what);
    return mk(f, due, f.explain ? [m.maySueAfterMissedAppeal(what, m.day(due), court.citation)] : null);
  }
  if (f.paused) return null; // the clock is stopped waiting for the requester: nothing is missed yet
  if (!f.responseKnown || f.responseDue < 0) {
    if (f.determinedAt >= 0) return null;
    if (court.suitOnMissedDeadline === false) return null;
    return mk(
      f,
      -1,
      f.explain
        ? [m.maySueNoDate(f.rules.response.noFixedPeriod, court.route, court.citation, source)]
        : null,
      f.rules.response.noFixedPeriod ? 'law' : 'unknown',
      false,
    );
  }
  if (f.determinedAt >= 0 && f.determinedAt <= f.responseDue) return null; // answered on time
  if (court.suitOnMissedDeadline === false) return null;
  const due = f.responseDue + 1;
  const what = f.explain ? m.noDeterminationBy(m.day(f.responseDue)) : '';
  if (court.suitOnMissedDeadline === 'unknown') return unknownRight(f, what);
  const lines: string[] | null = f.explain
    ? [m.maySueAfterMissedResponse(what, m.day(due), court.citation)]
    : null;
  let verified = court.verified;
  if (f.determinedAt > f.responseDue) {
    const beforeSuit = f.suitAt < 0 || f.suitAt > f.determinedAt;
    if (beforeSuit && f.adverseAt >= 0 && court.lateDeterminationRequiresAppeal === true) {
      verified = false;
      warnings.push(m.oglesbyWarning(m.day(f.determinedAt), m.day(f.responseDue)));
      lines?.push(m.oglesbyLine(m.day(f.determinedAt)));
    } else if (lines) {
      lines.push(
        beforeSuit ? m.determinedLateNote(m.day(f.determinedAt)) : m.suitBeforeLateDetermination(m.day(f.suitAt), m.day(f.determinedAt)),
      );
    }
  }
  return mk(f, due, lines, 'law', verified);
}
