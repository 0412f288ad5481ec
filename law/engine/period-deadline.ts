// A deadline that is one period counted from one day (expedited decision, appeal filing, appeal
// decision): N working days, or N calendar days rolled forward, or unknown with the source to check.
import type { Deadline, DeadlineKind } from '../contract';
import type { JurisdictionRules, PeriodRule } from '../jurisdictions/types';
import { countedCalendar, countedWorking, dayZero, dueLine, ruleLine, unknownLine } from './explain';
import type { Messages } from './messages';
import type { WorkingDayIndex } from './working-days';

/** [deadline, due day number or -1]. `noAgencyGiven` explains why a default applies. With
 *  `withSteps` (and `explain`), the deadline carries its counts as `steps`. */
export function periodDeadline(
  kind: DeadlineKind,
  rule: PeriodRule,
  idx: WorkingDayIndex,
  day0: number,
  day0What: string,
  rules: JurisdictionRules,
  explain: boolean,
  m: Messages,
  withSteps = false,
  noAgencyGiven = false,
): [Deadline, number] {
  const source = rule.source ?? rules.sources[0];
  const isDefault = rule.basis === 'default';
  if (rule.days === null || rule.dayKind === null || rule.noFixedPeriod) {
    return [
      {
        kind,
        due: null,
        citation: rule.citation,
        explanation: explain ? [unknownLine(kind, rule, source, m)] : [],
        verified: false,
        basis: rule.noFixedPeriod ? 'law' : 'unknown',
        source,
      },
      -1,
    ];
  }
  let due: number;
  let lines: string[] = [];
  const x = { m, steps: explain && withSteps ? [] : null };
  if (explain) {
    lines = [ruleLine(kind, rule, source, m)];
    if (isDefault && noAgencyGiven) lines.push(m.defaultBecause(true, rule.defaultReason));
    lines.push(dayZero(idx, day0, day0What, m));
  }
  if (rule.dayKind === 'business') {
    due = idx.addWorking(day0, rule.days);
    if (explain) lines.push(countedWorking(idx, day0, rule.days, due, x));
  } else {
    const raw = day0 + rule.days;
    due = rule.rollForward === false ? raw : idx.onOrAfter(raw);
    if (explain) lines.push(countedCalendar(idx, day0, rule.days, raw, due, x));
  }
  if (explain) lines.push(dueLine(due, m));
  return [
    {
      kind,
      due: idx.iso(due),
      citation: rule.citation,
      explanation: lines,
      verified: rule.verified && !isDefault && idx.calendar.verified,
      basis: isDefault ? 'default' : 'law',
      source,
      ...(x.steps ? { steps: x.steps } : {}),
    },
    due,
  ];
}
