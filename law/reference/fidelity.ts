// Test helper (imported only by *.test.ts; it reads files, so the engine must never import it):
// checks that rule files say what their reference CSV row says and nothing more.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import type { JurisdictionRules, PeriodRule } from '../jurisdictions/types';

export type ReferenceRow = Record<string, string>;

export function readReference(file: 'us-states.csv' | 'international.csv'): ReferenceRow[] {
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as ReferenceRow[];
}

/** Every numbered period of a rule file, with a label. */
export function periodsOf(r: JurisdictionRules): [string, PeriodRule | { days: number | null; dayKind: unknown }][] {
  return [
    ['response', r.response],
    ['extension', r.extension],
    ['appeal filing window', r.appeal.filingWindow],
    ['appeal decision', r.appeal.decisionPeriod],
    ...(r.expedited ? ([['expedited', r.expedited]] as [string, PeriodRule][]) : []),
  ];
}

/** The rule file agrees with its CSV row: same reference cells, same response number and day kind,
 *  and no number of days that the row's text does not contain. */
export function expectFaithful(rules: JurisdictionRules, reference: Record<string, string>, row: ReferenceRow): void {
  expect(reference, `${rules.id}: reference block`).toEqual(row);
  const rd = row.response_days;
  expect(rules.response.days, `${rules.id} response days`).toBe(rd === 'none' || rd === '?' ? null : Number(rd));
  expect(rules.response.dayKind, `${rules.id} day kind`).toBe(row.day_kind === 'business' || row.day_kind === 'calendar' ? row.day_kind : null);
  if (rd === 'none') expect(rules.response.noFixedPeriod, `${rules.id} words for 'none'`).toBeTruthy();
  const text = Object.values(row).join(' ');
  for (const [what, p] of periodsOf(rules)) {
    if (p.days === null) continue;
    expect(new RegExp(`(^|[^0-9.])${p.days}([^0-9]|$)`).test(text), `${rules.id} ${what} = ${p.days} is not in the CSV row`).toBe(true);
  }
  expect(rules.sources).toEqual(row.source_url.split(' | ').map((s) => s.trim()));
  expect(rules.confidence).toBe(row.confidence);
  expect(rules.citation).toBe(row.citation);
  const marked = /\?|UNVERIFIED|text not read|not confirmed/i;
  const used = [row.response_days, row.day_kind, row.response_rule_text, row.extension, row.appeal_route, row.appeal_window, row.court_route];
  expect(rules.verified, `${rules.id} verified`).toBe(row.confidence === 'high' && !used.some((c) => marked.test(c)));
}
