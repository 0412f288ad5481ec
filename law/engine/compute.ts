// computeDeadlines: one request's events -> its deadline set. One code path for both the explained
// form (single requests) and the fast bulk form (explain: false): only the text differs.
import { LawInputError, type Deadline, type DeadlineInput, type DeadlineSet } from '../contract';
import { federalAgencyRules, type FederalAgencyRules } from '../agencies';
import { getJurisdictionRules } from '../jurisdictions';
import type { JurisdictionRules } from '../jurisdictions/types';
import { workingDayIndex } from './calendar-registry';
import { parseIso, tryParseIso } from './day-number';
import { messagesFor, type Messages } from './messages';
import {
  EV_ADVERSE, EV_APPEAL_DECIDED, EV_APPEAL_RECEIVED, EV_CLAR_ANS, EV_CLAR_REQ, EV_DETERMINATION, EV_EXPEDITED,
  EV_FEE_NOTICE, EV_FEE_RESOLVED, EV_SUIT, EV_UNUSUAL, parseEvents,
} from './events';
import { periodDeadline } from './period-deadline';
import { maySueDeadline } from './may-sue';
import { ResponseClock } from './response-clock';
import { ENGINE_VERSION } from './version';

export interface ComputeManyOptions {
  /** Build explanation lines (default false for bulk: the dates, citations and flags are identical). */
  explain?: boolean;
}


function rulesOf(id: unknown): JurisdictionRules {
  const rules = typeof id === 'string' ? getJurisdictionRules(id) : undefined;
  if (!rules) {
    throw new LawInputError('unknown-jurisdiction', `unknown jurisdiction '${String(id)}': see 'acceso law jurisdictions' for the ids (us-federal, us-ny, mx, gb, ...)`);
  }
  return rules;
}

/** The deadlines of one request, each explained line by line. */
export function computeDeadlines(input: DeadlineInput): DeadlineSet {
  return compute(input, true);
}

/** Many requests at once (bulk recompute). Without `explain`, explanation arrays are empty. */
export function computeDeadlinesMany(inputs: readonly DeadlineInput[], options: ComputeManyOptions = {}): DeadlineSet[] {
  const explain = options.explain === true;
  const out = new Array<DeadlineSet>(inputs.length);
  for (let i = 0; i < inputs.length; i++) out[i] = compute(inputs[i], explain);
  return out;
}

export function compute(input: DeadlineInput, explain: boolean): DeadlineSet {
  if (!input || typeof input !== 'object') throw new LawInputError('invalid-event', 'deadline input must be an object {jurisdiction, received, events}');
  return computeWithRules(rulesOf(input.jurisdiction), input, explain);
}

/** The engine over any rule file (the registry's, or one under test). */
export function computeWithRules(rules: JurisdictionRules, input: DeadlineInput, explain: boolean): DeadlineSet {
  const agencyId = input.agency ?? null;
  let agency: FederalAgencyRules | null = null;
  if (agencyId !== null && rules.family === 'us-federal') agency = federalAgencyRules(agencyId);
  const received = parseIso(input.received, 'received date');
  const ev = parseEvents(input.events, received, input.received);
  const idx = workingDayIndex(rules.calendar, input.options);
  const warnings: string[] = [];
  const source = rules.response.source ?? rules.sources[0];
  const m = messagesFor(input.options?.language);
  const withSteps = explain && input.options?.steps === true;

  if (rules.appliesTo) {
    const from = rules.appliesTo.receivedFrom ? tryParseIso(rules.appliesTo.receivedFrom) : -Infinity;
    const before = rules.appliesTo.receivedBefore ? tryParseIso(rules.appliesTo.receivedBefore) : Infinity;
    if (received < from || received >= before) warnings.push(m.appliesOnly(rules.name, rules.appliesTo.note, input.received));
  }

  const responseSteps = withSteps ? [] : null;
  const clock = new ResponseClock(rules, idx, received, explain ? [] : null, warnings, source, { m, steps: responseSteps });
  let expeditedAt = -1, adverseAt = -1, appealReceivedAt = -1, appealDecidedAt = -1, suitAt = -1;
  for (let i = 0; i < ev.n; i++) {
    const d = ev.days[i];
    switch (ev.codes[i]) {
      case EV_CLAR_REQ: clock.question(d, false); break;
      case EV_FEE_NOTICE: clock.question(d, true); break;
      case EV_CLAR_ANS:
      case EV_FEE_RESOLVED: {
        const fee = ev.codes[i] === EV_FEE_RESOLVED;
        if (!clock.answer(d, fee)) {
          throw new LawInputError('invalid-event', `event ${i + 1} (${fee ? 'fee-resolved' : 'clarification-answered'} on ${input.events[i].date}) has no earlier open ${fee ? 'fee-notice' : 'clarification-requested'}`);
        }
        break;
      }
      case EV_UNUSUAL: clock.extension(d); break;
      case EV_EXPEDITED: if (expeditedAt < 0) expeditedAt = d; break;
      case EV_ADVERSE: clock.determination(d); adverseAt = d; break;
      case EV_DETERMINATION: clock.determination(d); break;
      case EV_APPEAL_RECEIVED: appealReceivedAt = d; appealDecidedAt = -1; break;
      case EV_APPEAL_DECIDED:
        if (appealReceivedAt < 0) {
          throw new LawInputError('invalid-event', `event ${i + 1} (appeal-decided on ${input.events[i].date}) has no earlier appeal-received`);
        }
        appealDecidedAt = d;
        break;
      case EV_SUIT: if (suitAt < 0) suitAt = d; break;
    }
  }
  const responseDue = clock.finish();
  const deadlines: Deadline[] = [
    {
      kind: 'response',
      due: responseDue >= 0 ? idx.iso(responseDue) : null,
      citation: rules.response.citation,
      explanation: clock.lines ?? [],
      verified: clock.verified,
      basis: clock.basis,
      source,
      ...(responseSteps ? { steps: responseSteps } : {}),
    },
  ];

  if (expeditedAt >= 0) {
    deadlines.push(
      rules.expedited
        ? periodDeadline('expedited-decision', rules.expedited, idx, expeditedAt, m.day0Expedited(), rules, explain, m, withSteps)[0]
        : noRule('expedited-decision', rules, explain, m, m.noExpeditedPeriod()),
    );
  }

  let appealFilingDue = -1;
  if (adverseAt >= 0) {
    const window = agency ? agency.appealFilingWindow : rules.appeal.filingWindow;
    const countedFrom = agency ? agency.appealFilingCountedFrom : rules.appeal.filingCountedFrom;
    let dl: Deadline;
    if (rules.appeal.exists === false) {
      dl = noRule('appeal-filing', rules, explain, m, m.noAdministrativeAppeal(rules.appeal.route, rules.court.route));
      dl.basis = 'law';
      dl.verified = rules.appeal.verified;
    } else {
      const noAgencyGiven = rules.family === 'us-federal' && !agency && window.basis === 'default';
      let due: number;
      [dl, due] = periodDeadline('appeal-filing', window, idx, adverseAt, m.day0AdverseDetermination(countedFrom), rules, explain, m, withSteps, noAgencyGiven);
      appealFilingDue = due;
      if (agency && explain) {
        dl.explanation.unshift(
          agency.rulesFrom
            ? m.agencyInherits(agency.agency.id, agency.agency.name, agency.rulesFrom !== agency.agency.id ? agency.rulesFrom : null)
            : m.agencyNoRule(agency.agency.id, agency.agency.name),
        );
      }
      if (rules.appeal.exists === 'unknown') {
        dl.verified = false;
        if (explain) dl.explanation.push(m.appealExistenceUnknown(rules.appeal.route));
      }
    }
    deadlines.push(dl);
    if (appealReceivedAt > adverseAt && appealFilingDue >= 0 && appealReceivedAt > appealFilingDue) {
      warnings.push(m.appealFiledLate(m.day(appealReceivedAt), m.day(appealFilingDue)));
    }
  }

  let appealDecisionDue = -1;
  if (appealReceivedAt >= 0) {
    const [dl, due] = periodDeadline('appeal-decision', rules.appeal.decisionPeriod, idx, appealReceivedAt, m.day0AppealReceived(), rules, explain, m, withSteps);
    appealDecisionDue = due;
    if (appealDecidedAt >= 0 && explain) dl.explanation.push(m.appealDecidedOn(m.day(appealDecidedAt)));
    deadlines.push(dl);
  }

  const sue = maySueDeadline(
    { rules, idx, responseDue, responseKnown: clock.known && clock.basis !== 'unknown', paused: clock.paused, determinedAt: clock.determinedAt, adverseAt, appealReceivedAt, appealDecidedAt, appealDecisionDue, suitAt, explain, m },
    warnings,
  );
  if (sue) deadlines.push(sue);

  return {
    jurisdiction: rules.id,
    agency: agency ? agency.agency.id : agencyId,
    received: input.received,
    deadlines,
    warnings,
    engine_version: ENGINE_VERSION,
  };
}

function noRule(kind: Deadline['kind'], rules: JurisdictionRules, explain: boolean, m: Messages, why: string): Deadline {
  return {
    kind,
    due: null,
    citation: rules.citation,
    explanation: explain ? [m.noDate(why, rules.sources[0])] : [],
    verified: false,
    basis: 'unknown',
    source: rules.sources[0],
  };
}
