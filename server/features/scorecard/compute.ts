// The scorecard's figures from the rows (pure, so the rules are tested without a database).
// Days are calendar days between the ISO dates; a median of an even count is the mean of the two
// middle values, rounded to one decimal. "Overdue" means the determination came after the
// response deadline, or has not come and the deadline has passed (as of `today`).
import type { ScorecardRow } from './repository';

const DAY_MS = 86_400_000;
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const m = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return Math.round(m * 10) / 10;
}

export function computeScorecard(rows: ScorecardRow[], today: string) {
  // An event recorded before the filing date (a data-entry slip) says nothing about speed: left out.
  const toFirst = rows.filter((r) => r.first_response_on && r.first_response_on >= r.filed_on).map((r) => daysBetween(r.filed_on, r.first_response_on!));
  const toDone = rows.filter((r) => r.completed_on && r.completed_on >= r.filed_on).map((r) => daysBetween(r.filed_on, r.completed_on!));
  const withDeadline = rows.filter((r) => r.response_due);
  const late = withDeadline.filter((r) => (r.completed_on ?? today) > r.response_due!);
  return {
    requests: rows.length,
    median_days_to_first_response: median(toFirst),
    responded: toFirst.length,
    median_days_to_completion: median(toDone),
    completed: toDone.length,
    share_overdue: withDeadline.length ? Math.round((late.length / withDeadline.length) * 1000) / 1000 : null,
    overdue: late.length,
    with_deadline: withDeadline.length,
  };
}
