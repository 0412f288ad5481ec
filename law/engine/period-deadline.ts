// A deadline that is one period counted from one day (expedited decision, appeal filing, appeal
// decision): N working days, or N calendar days rolled forward, or unknown with the source to check.
import type { Deadline, DeadlineKind } from '../contract';
import type { JurisdictionRules, PeriodRule } from '../jurisdictions/types';
import { countedCalendar, countedWorking, dayZero, dueLine, ruleLine, unknownLine } from './explain';
import type { WorkingDayIndex } from './working-days';

const WHAT: Record<DeadlineKind, string> = {
  response: 'response',
  'expedited-decision': 'decision on expedited processing',
  'appeal-filing': 'appeal filing window',
  'appeal-decision': 'appeal decision',
  'may-sue': 'court',
};

/** [deadline, due day number or -1]. `prefix` explains why a default applies ("no agency was given, so "). */
export function periodDeadline(
  kind: DeadlineKind,
  rule: PeriodRule,
  idx: WorkingDayIndex,
  day0: number,
  day0What: string,
  rules: JurisdictionRules,
  explain: boolean,
  prefix = '',
): [Deadline, number] {
  const source = rule.source ?? rules.sources[0];
  const isDefault = rule.basis === 'default';
  if (rule.days === null || rule.dayKind === null || rule.noFixedPeriod) {
    return [
      {
        kind,
        due: null,
        citation: rule.citation,
        explanation: explain ? [unknownLine(WHAT[kind], rule, source)] : [],
        verified: false,
        basis: rule.noFixedPeriod ? 'law' : 'unknown',
        source,
      },
      -1,
    ];
  }
  let due: number;
  let lines: string[] = [];
  if (explain) {
    lines = [ruleLine(WHAT[kind], rule, source)];
    if (isDefault && prefix) lines.push(`DEFAULT because ${prefix}${rule.defaultReason ?? 'no rule is known'}.`);
    lines.push(dayZero(idx, day0, day0What));
  }
  if (rule.dayKind === 'business') {
    due = idx.addWorking(day0, rule.days);
    if (explain) lines.push(countedWorking(idx, day0, rule.days, due));
  } else {
    const raw = day0 + rule.days;
    due = rule.rollForward === false ? raw : idx.onOrAfter(raw);
    if (explain) lines.push(countedCalendar(idx, day0, rule.days, raw, due, rule));
  }
  if (explain) lines.push(dueLine(due));
  return [
    {
      kind,
      due: idx.iso(due),
      citation: rule.citation,
      explanation: lines,
      verified: rule.verified && !isDefault && idx.calendar.verified,
      basis: isDefault ? 'default' : 'law',
      source,
    },
    due,
  ];
}
