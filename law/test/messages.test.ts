// The message catalogues: the same keys in every language, and a Spanish explanation that carries
// no English template sentence. The English fragments are taken from the English catalogue itself
// (each function called with sentinel facts, split on the sentinels), so a new English sentence is
// checked without this file listing it.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, listJurisdictions, type DeadlineSet, type LegalEvent } from '../index';
import { en } from '../engine/messages/en';
import { es } from '../engine/messages/es';
import type { Messages } from '../engine/messages/types';

const S = '\u0001';
const N = 7777;
const rule = (isDefault: boolean, business: boolean) => ({ days: N, business, citation: S, source: S, note: S, isDefault, defaultReason: S, verified: false });
const kinds = ['response', 'expedited-decision', 'appeal-filing', 'appeal-decision', 'may-sue'] as const;
const qs = ['clarification', 'fee'] as const;
const bools = [true, false];

/** Every catalogue function with arguments covering each of its variants (facts are sentinels). */
const CALLS: { [K in keyof Messages]: Messages[K] extends (...a: infer A) => string ? A[] : null } = {
  language: null,
  day: [],
  weekdayName: [],
  tolledDayName: [['clarification'], ['fee'], ['determination']],
  closureEntry: [[S, S, 'holiday'], [S, S, 'executive-closure'], [S, S, 'custom']],
  skipped: [[N, [S, S], [S]], [N, [], []]],
  countedWorking: (['', 'remaining', 'more'] as const).map((l) => [N, l, S, S, S]),
  countedCalendar: (['', 'remaining', 'more'] as const).flatMap((l) => [
    [N, l, S, S, { kind: 'working' }], [N, l, S, S, { kind: 'no-roll' }], [N, l, S, S, { kind: 'rolled', to: S, skipped: S }],
  ] as const).map((a) => [...a]),
  dayZero: [[S, S, null], [S, S, { closureName: S, first: S }], [S, S, { closureName: null, first: S }]],
  rule: kinds.flatMap((k) => [[k, rule(true, true)], [k, rule(false, false)]] as const).map((a) => [...a]),
  due: [[S, S]],
  noFixedPeriod: kinds.map((k) => [k, S, S, S]),
  unknownPeriod: kinds.flatMap((k) => [[k, S, S, S], [k, '', undefined, undefined]] as const).map((a) => [...a]),
  day0Received: [[S]],
  day0Expedited: [[]],
  day0AdverseDetermination: [[S]],
  day0AppealReceived: [[]],
  calendarNotVerified: [[S, S]],
  afterDetermination: (['clarification-requested', 'fee-notice', 'extension-notice'] as const).map((e) => [S, e, S]),
  questionTollUnknown: qs.map((q) => [S, q, S, S]),
  questionNoTolling: qs.map((q) => [S, q, S]),
  secondQuestion: qs.map((q) => [S, q, S]),
  secondQuestionWarning: qs.map((q) => [S, q, S]),
  questionWhileStopped: qs.map((q) => [S, q]),
  questionAfterDeadline: qs.map((q) => [S, q, S]),
  questionStops: qs.flatMap((q) => bools.map((b) => [S, q, S, N, b] as const)).map((a) => [...a]),
  answerNotTolled: qs.map((q) => [S, q]),
  answerStillStopped: qs.map((q) => [S, q]),
  resumed: (['clarification-answered', 'fees-resolved', 'determination-while-stopped'] as const).flatMap((c) => bools.map((b) => [S, c, S, S, N, b] as const)).map((a) => [...a]),
  extensionNone: [[S, S]],
  extensionNoneWarning: [[S, S]],
  extensionLengthUnknown: [[S, S, S], [S, undefined, '']],
  extensionFurther: [[S, false, S], [S, 'unknown', S]],
  extensionFurtherWarning: [[S, false, S], [S, 'unknown', S]],
  extensionLate: [[S, S, S]],
  extensionLateWarning: [[S, S]],
  extensionWhileStopped: bools.map((b) => [S, N, b, S]),
  extensionOnTime: [[S, S, S, S]],
  determinedOnTime: [[S, S]],
  determinedLate: bools.map((b) => [S, N, b, S]),
  stoppedNoDue: bools.map((b) => [S, N, b]),
  defaultUsed: [[['toll-unknown-clarification', 'toll-unknown-fee', 'late-extension-validity-unknown']]],
  appliesOnly: [[S, S, S]],
  noDate: [[S, S], [S, undefined]],
  noExpeditedPeriod: [[]],
  noAdministrativeAppeal: [[S, S]],
  defaultBecause: [[true, S], [false, undefined]],
  agencyInherits: [[S, S, S], [S, S, null]],
  agencyNoRule: [[S, S]],
  appealExistenceUnknown: [[S]],
  appealFiledLate: [[S, S]],
  appealDecidedOn: [[S]],
  maySueAfterAppealDecision: [[S, S, S]],
  appealDecisionPeriodUnknown: [[]],
  noAppealDecisionBy: [[S]],
  noDeterminationBy: [[S]],
  maySueAfterMissedAppeal: [[S, S, S]],
  maySueAfterMissedResponse: [[S, S, S]],
  suitRightUnknown: [[S, S, S], [S, undefined, S]],
  maySueNoDate: [[S, S, S, S], [undefined, S, '', undefined]],
  oglesbyWarning: [[S, S]],
  oglesbyLine: [[S]],
  determinedLateNote: [[S]],
  suitBeforeLateDetermination: [[S, S]],
  versionApplied: [[S, S, S, S, S]],
} as never;

/** The fixed wording of a catalogue: its outputs split at the facts, keeping pieces with words. */
function templateFragments(m: Messages): Set<string> {
  const out = new Set<string>();
  for (const [key, calls] of Object.entries(CALLS) as [keyof Messages, unknown[][] | null][]) {
    if (!calls) continue;
    for (const args of calls) {
      const text = (m[key] as (...a: unknown[]) => string)(...args);
      for (const piece of text.split(new RegExp(`${S}|${N}`))) {
        const words = piece.replace(/CONVENTIONS\.md \d+/g, ' ').match(/[A-Za-zÀ-ÿ]{3,}/g) ?? [];
        // Two words or more: single words ("Due", "day") are too short to call a sentence.
        if (words.length >= 2) out.add(piece.trim().replace(/^[^A-Za-zÀ-ÿ]+|[^A-Za-zÀ-ÿ]+$/g, ''));
      }
    }
  }
  return out;
}

const ev = (kind: LegalEvent['kind'], date: string): LegalEvent => ({ kind, date });
const HISTORIES: LegalEvent[][] = [
  [],
  [ev('clarification-requested', '2025-06-20'), ev('clarification-answered', '2025-06-25'), ev('unusual-circumstances', '2025-07-01'), ev('adverse-determination', '2025-07-25'), ev('appeal-received', '2025-09-02')],
  [ev('clarification-requested', '2025-06-20'), ev('clarification-answered', '2025-06-25'), ev('clarification-requested', '2025-06-30'), ev('clarification-answered', '2025-07-02'), ev('unusual-circumstances', '2025-07-03'), ev('unusual-circumstances', '2025-07-08')],
  [ev('unusual-circumstances', '2025-08-20'), ev('adverse-determination', '2025-09-20'), ev('appeal-received', '2025-10-01'), ev('appeal-decided', '2025-11-01')],
  [ev('fee-notice', '2025-06-16'), ev('clarification-requested', '2025-06-17'), ev('fee-resolved', '2025-06-20'), ev('expedited-requested', '2025-06-21')],
  [ev('clarification-requested', '2025-06-20')],
  [ev('adverse-determination', '2025-09-20'), ev('suit-filed', '2025-10-01')],
  [ev('appeal-received', '2025-07-01')],
];

function sets(language: 'en' | 'es'): DeadlineSet[] {
  const out: DeadlineSet[] = [];
  for (const j of listJurisdictions()) {
    for (const agency of j.id === 'us-federal' ? [null, 'cbp', 'doj'] : [null]) {
      for (const events of HISTORIES) out.push(computeDeadlines({ jurisdiction: j.id, agency, received: '2025-06-13', events, options: { language } }));
    }
  }
  return out;
}

/** Explanation lines and warnings with the rule files' own words («…», quoted as recorded) removed. */
const ourText = (all: DeadlineSet[]) => all.flatMap((s) => [...s.warnings, ...s.deadlines.flatMap((d) => d.explanation)]).map((l) => l.replace(/«[^»]*»/g, '«»'));

describe('message catalogues', () => {
  it('English and Spanish have exactly the same keys, every one a function but the language tag', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(CALLS).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof Messages)[]) {
      expect(typeof es[k], k).toBe(typeof en[k]);
    }
    expect([en.language, es.language]).toEqual(['en', 'es']);
  });

  it('no Spanish explanation line or warning contains an English template sentence', () => {
    const fragments = [...templateFragments(en)].filter((f) => !templateFragments(es).has(f));
    expect(fragments.length).toBeGreaterThan(80);
    const english = ourText(sets('en')).join('\n');
    const spanish = ourText(sets('es'));
    // The detector is live: the English output is full of these fragments.
    expect(fragments.filter((f) => english.includes(f)).length).toBeGreaterThan(40);
    const leaks = spanish.flatMap((line) => fragments.filter((f) => line.includes(f)).map((f) => `${f}  <-  ${line}`));
    expect(leaks).toEqual([]);
    expect(spanish.length).toBeGreaterThan(1000);
  });

  it('facts pass through unchanged: the same ISO dates, citations and holiday names in both languages', () => {
    const e = sets('en');
    const s = sets('es');
    for (let i = 0; i < e.length; i++) {
      for (let k = 0; k < e[i].deadlines.length; k++) {
        const a = e[i].deadlines[k], b = s[i].deadlines[k];
        expect({ ...b, explanation: [] }).toEqual({ ...a, explanation: [] });
        expect(b.explanation.length).toBe(a.explanation.length);
        const dates = (l: string[]) => l.join(' ').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
        expect(dates(b.explanation)).toEqual(dates(a.explanation));
      }
      expect(s[i].warnings.length).toBe(e[i].warnings.length);
    }
  });
});
