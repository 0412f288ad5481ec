// English explanations and warnings. These sentences are the reference wording (README, tests,
// CLI JSON): change them only on purpose. Each function words facts it is given; it adds none.
import { describeDay, weekday } from '../day-number';
import type { Messages, QuestionKind } from './types';

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const cited = (c: string) => c || 'no citation recorded';
const law = (source: string | undefined) => source ?? 'the law';
const days = (business: boolean) => (business ? 'working' : 'calendar');
const asked = (q: QuestionKind) => (q === 'fee' ? 'fee notice' : 'clarification requested');
const answered = (q: QuestionKind) => (q === 'fee' ? 'fees resolved' : 'clarification answered');
const request = (q: QuestionKind) => (q === 'fee' ? 'fee notice' : 'clarification request');
const LABEL = { '': '', remaining: ' remaining', more: ' more' } as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WHAT = {
  response: 'response',
  'expedited-decision': 'decision on expedited processing',
  'appeal-filing': 'appeal filing window',
  'appeal-decision': 'appeal decision',
  'may-sue': 'court',
} as const;
const EVENT = { 'clarification-requested': 'clarification requested', 'fee-notice': 'fee notice', 'extension-notice': 'extension notice' } as const;
const RESUME = {
  'clarification-answered': 'clarification answered',
  'fees-resolved': 'fees resolved',
  'determination-while-stopped': 'determination made while the clock was stopped',
} as const;
const DEFAULT = {
  'toll-unknown-clarification': 'not known whether a clarification stops the clock',
  'toll-unknown-fee': 'not known whether a fee question stops the clock',
  'late-extension-validity-unknown': 'not known whether a late extension notice is valid',
} as const;
const furtherWhy = (r: false | 'unknown') => (r === false ? 'the law allows one extension' : 'whether the law allows more than one is not known');

export const OGLESBY_EN =
  'Oglesby v. U.S. Dep’t of the Army, 920 F.2d 57 (D.C. Cir. 1990): a determination made after the deadline but before suit means the requester must appeal it before suing';

export const en: Messages = {
  language: 'en',
  day: describeDay,
  weekdayName: (d) => WEEKDAYS[weekday(d)],
  tolledDayName: (q) => (q === 'determination' ? 'clock stopped until the determination' : `clock stopped: waiting for the requester (${request(q)})`),

  closureEntry: (day, name, kind) =>
    `${day} ${name}${kind === 'executive-closure' ? ' (executive-order closure, skipped by choice: CONVENTIONS.md 8)' : kind === 'custom' ? ' (organisation closure)' : ''}`,
  skipped(weekend, closures, notSkipped) {
    let s = `skipped ${plural(weekend, 'weekend day')}`;
    s += closures.length ? ` and ${plural(closures.length, 'closure')}: ${closures.join('; ')}` : ' and no closures';
    if (notSkipped.length) {
      s += `. Counted as working days: ${notSkipped.join('; ')} (executive-order closures are not legal public holidays, CONVENTIONS.md 8)`;
    }
    return s;
  },
  countedWorking: (n, label, first, end, skipped) => `Counted ${plural(n, 'working day')}${LABEL[label]}: ${first} (day 1) to ${end} (day ${n}); ${skipped}.`,
  countedCalendar(n, label, day0, rawEnd, end) {
    const s = `Counted ${plural(n, 'calendar day')}${LABEL[label]} after ${day0}: day ${n} is ${rawEnd}`;
    if (end.kind === 'working') return s + ', a working day.';
    if (end.kind === 'no-roll') return s + '; the rule does not roll forward, so it stands although it is not a working day.';
    return s + `, not a working day; rolled forward to ${end.to} (CONVENTIONS.md 5): ${end.skipped}.`;
  },
  dayZero(day0, what, nw) {
    const s = `Day 0: ${day0}, ${what} (CONVENTIONS.md 2).`;
    return nw ? s + ` It is not a working day (${nw.closureName ?? 'weekend'}), so the first working day after it, ${nw.first}, is day 1.` : s;
  },
  rule(kind, r) {
    let s = `Rule: ${WHAT[kind]}: ${r.days} ${days(r.business)} days (${cited(r.citation)}`;
    if (r.source) s += `; source: ${r.source}`;
    s += ')';
    if (r.note) s += `. ${r.note.replace(/[.]$/, '')}`;
    if (r.isDefault) s += `. DEFAULT used: ${r.defaultReason ?? 'no rule known'}`;
    if (!r.verified) s += '. Not verified: check the source before relying on it.';
    return s;
  },
  due: (due, next) => `Due: ${due}, by the end of that day; overdue from ${next} (CONVENTIONS.md 4).`,
  noFixedPeriod: (kind, words, citation, source) =>
    `The law sets no number of days for the ${WHAT[kind]}: ${words} (${cited(citation)}). No date can be computed; check ${law(source)}.`,
  unknownPeriod(kind, citation, note, source) {
    const n = note ? ` ${note}${/[.!?)]$/.test(note) ? '' : '.'}` : '';
    return `The ${WHAT[kind]} period is not known — check ${law(source)}${citation ? ` (${citation})` : ''}.${n} No date is computed rather than a guess.`;
  },

  day0Received: (words) => `the date the request was received (${words})`,
  day0Expedited: () => 'the date the request for expedited processing was received',
  day0AdverseDetermination: (from) => `${from} (adverse determination)`,
  day0AppealReceived: () => 'the date the appeal was received',
  calendarNotVerified: (id, source) => `Calendar '${id}' is not verified against an official list: ${source}.`,

  afterDetermination: (day, ev, det) => `${day}: ${EVENT[ev]} after the determination of ${det}; it does not change the response deadline.`,
  questionTollUnknown: (day, q, source, citation) =>
    `${day}: ${asked(q)}. Whether this stops the clock is not known — check ${law(source)} (${cited(citation)}); the date shown does not stop it (a DEFAULT, not a rule).`,
  questionNoTolling: (day, q, citation) => `${day}: ${asked(q)}. The law provides no tolling for it (${citation}); the clock keeps running.`,
  secondQuestion: (day, q, citation) => `${day}: a second ${request(q)} does not stop the clock: only one may toll (${citation}, CONVENTIONS.md 12).`,
  secondQuestionWarning: (day, q, citation) => `Second ${request(q)} on ${day} did not stop the clock (only one may, ${citation}).`,
  questionWhileStopped: (day, q) => `${day}: ${asked(q)} while the clock is already stopped; the clock stays stopped until every pending question is answered.`,
  questionAfterDeadline: (day, q, due) => `${day}: ${asked(q)} on or after the deadline (${due}); it cannot stop a clock that has already run out.`,
  questionStops: (day, q, citation, remaining, business) =>
    `${day}: ${asked(q)}; the clock stops after this day (${citation}). ${remaining} ${days(business)} days remain.`,
  answerNotTolled: (day, q) => `${day}: ${answered(q)} (that question had not stopped the clock).`,
  answerStillStopped: (day, q) => `${day}: ${answered(q)}; another question is still pending, so the clock stays stopped.`,
  resumed: (day, cause, from, to, tolled, business) =>
    `${day}: ${RESUME[cause]}. Tolled: ${from} to ${to} (${tolled} ${days(business)} days C < d <= D not counted); counting resumes the day after.`,
  extensionNone: (day, citation) => `${day}: extension notice. The law provides no extension (${cited(citation)}); it changes nothing.`,
  extensionNoneWarning: (day, citation) => `Extension notice on ${day}: the law provides no extension (${cited(citation)}).`,
  extensionLengthUnknown: (day, source, citation) =>
    `${day}: extension notice. How long an extension may be is not known — check ${law(source)} (${cited(citation)}); the response deadline is therefore not known.`,
  extensionFurther: (day, r, citation) => `${day}: a further extension notice extends nothing: ${furtherWhy(r)} (${cited(citation)}).`,
  extensionFurtherWarning: (day, r, citation) => `Further extension notice on ${day} extends nothing (${furtherWhy(r)}, ${cited(citation)}).`,
  extensionLate: (day, due, citation) => `${day}: extension notice given after the deadline of ${due}: it extends nothing (${cited(citation)}; CONVENTIONS.md 13).`,
  extensionLateWarning: (day, due) => `Extension notice on ${day} came after the response deadline (${due}) and extends nothing.`,
  extensionWhileStopped: (day, n, business, citation) =>
    `${day}: extension notice while the clock is stopped: ${n} ${days(business)} days will be added when it resumes (${cited(citation)}).`,
  extensionOnTime: (day, words, citation, counted) => `${day}: extension notice before the deadline (${words}; ${cited(citation)}). ${counted}`,
  determinedOnTime: (day, due) => `${day}: determination made on time (deadline ${due}).`,
  determinedLate: (day, late, business, due) => `${day}: determination made ${late} ${days(business)} days after the deadline of ${due}.`,
  stoppedNoDue: (since, remaining, business) =>
    `The clock has been stopped since ${since} waiting for the requester; ${remaining} ${days(business)} days will remain after the answer, so there is no due date yet.`,
  defaultUsed: (reasons) => `DEFAULT: ${reasons.map((r) => DEFAULT[r]).join('; ')}.`,

  appliesOnly: (lawName, note, received) => `${lawName} applies only to ${note}; this request was received ${received}.`,
  noDate: (why, source) => `No date: ${why}. Check ${law(source)}.`,
  noExpeditedPeriod: () => 'the sources we hold give this jurisdiction no separate decision period for a request for expedited processing',
  noAdministrativeAppeal: (route, courtRoute) => `there is no administrative appeal (${route}); court route: ${courtRoute}`,
  defaultBecause: (noAgency, reason) => `DEFAULT because ${noAgency ? 'no agency was given, so ' : ''}${reason ?? 'no rule is known'}.`,
  agencyInherits: (id, name, parent) => `Agency: ${id} (${name})${parent ? `, a component of ${parent}, whose rule it inherits` : ''}.`,
  agencyNoRule: (id, name) => `Agency: ${id} (${name}); no appeal rule is recorded for it or its parent.`,
  appealExistenceUnknown: (route) => `Whether an administrative appeal exists is not confirmed (${route}).`,
  appealFiledLate: (received, closed) => `The appeal was received ${received}, after the filing window closed (${closed}).`,
  appealDecidedOn: (day) => `The appeal was decided ${day}.`,

  maySueAfterAppealDecision: (decided, route, citation) =>
    `The appeal was decided ${decided}. If it was denied in any part, the requester may go to court from that date (${route}; ${citation}; CONVENTIONS.md 17).`,
  appealDecisionPeriodUnknown: () => 'The appeal decision period is not known, so no date can be given',
  noAppealDecisionBy: (due) => `No appeal decision by its deadline (${due})`,
  noDeterminationBy: (due) => `No determination by the response deadline (${due})`,
  maySueAfterMissedAppeal: (what, from, citation) => `${what}: the requester may go to court from the next day, ${from} (${citation}; CONVENTIONS.md 17).`,
  maySueAfterMissedResponse: (what, from, citation) =>
    `${what}: the requester is treated as having exhausted administrative remedies and may go to court from the next day, ${from} (${citation}; CONVENTIONS.md 17).`,
  suitRightUnknown: (what, source, route) => `${what}; whether that lets the requester go to court is not known — check ${law(source)} (${route}).`,
  maySueNoDate: (noFixed, route, citation, source) =>
    `The response deadline is not a date (${noFixed ?? 'not known'}), so the first day the requester may go to court cannot be computed; court route: ${route} (${cited(citation)}). Check ${law(source)}.`,
  oglesbyWarning: (det, due) =>
    `Determination on ${det} came after the response deadline (${due}) but before any suit: courts in the D.C. Circuit then require an administrative appeal before suing (${OGLESBY_EN}).`,
  oglesbyLine: (det) => `Warning: the determination of ${det} came late but before suit; under ${OGLESBY_EN}.`,
  determinedLateNote: (det) => `A determination was made late, on ${det}.`,
  suitBeforeLateDetermination: (suit, det) => `Suit was filed ${suit}, before the late determination of ${det}.`,

  versionApplied: (chosen, lawName, id, received, covers) =>
    `Rules of ${chosen} (${lawName}) applied instead of ${id}: this request was received ${received}, and ${id} covers ${covers}.`,
};
