// Writes law/jurisdictions/us-states/*.ts and law/jurisdictions/international/*.ts from the
// reference CSVs (law/reference/) and the hand structure (structure-*.ts). Run from the repo root:
//   npx tsx scripts/law-reference/generate-jurisdictions.ts
// It refuses any number of days that the row's own text does not contain, and any 'none' period
// without the law's words. Review the diff row by row after a re-import.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { JurisdictionRules, PeriodRule } from '../../law/jurisdictions/types';
import type { PeriodSpec, RowSpec } from './structure';
import { US_STATE_STRUCTURE } from './structure-us-states';
import { INTERNATIONAL_STRUCTURE } from './structure-international';
import { toTs } from './to-ts';

type Row = Record<'code' | 'name' | 'response_days' | 'day_kind' | 'response_rule_text' | 'extension' | 'appeal_route' | 'appeal_window' | 'court_route' | 'citation' | 'source_url' | 'confidence', string>;

const ROOT = process.cwd();
/** Cells that mark a fact as unconfirmed (law/reference/README.md, "Markers inside cells"). */
const MARKERS = /\?|UNVERIFIED|text not read|not confirmed/i;
const marked = (...cells: string[]) => cells.some((c) => MARKERS.test(c));

function readRows(file: string): Row[] {
  return parse(readFileSync(join(ROOT, 'law/reference', file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

function checkNumber(row: Row, n: number | null | undefined, what: string): void {
  if (n === null || n === undefined) return;
  const text = Object.values(row).join(' ');
  if (!new RegExp(`(^|[^0-9.])${n}([^0-9]|$)`).test(text)) throw new Error(`row ${row.code}: ${what} = ${n} does not appear in the row's text`);
}

function build(row: Row, spec: RowSpec, family: 'us-state' | 'international', file: string): JurisdictionRules {
  const high = row.confidence === 'high';
  const sources = row.source_url.split(' | ').map((s) => s.trim()).filter(Boolean);
  const source = sources[0];
  const code = row.code;
  const id = family === 'us-state' ? `us-${code.toLowerCase()}` : code.toLowerCase();

  // Response period: the CSV columns decide the number and the day kind, never the structure file.
  const rd = row.response_days, dk = row.day_kind;
  const days = rd === 'none' || rd === '?' ? null : Number(rd);
  if (days !== null && !Number.isInteger(days)) throw new Error(`row ${code}: response_days '${rd}'`);
  const dayKind = dk === 'business' || dk === 'calendar' ? dk : null;
  if (rd === 'none' && !spec.response?.noFixed) throw new Error(`row ${code}: 'none' needs the law's words (response.noFixed)`);
  const responseNotes = [
    spec.response?.note,
    rd === '?' ? "the number of days is not known ('?' in the reference row)" : undefined,
    days !== null && dk === '?' ? "the day kind is not known ('?' in the reference row): no date is computed" : undefined,
  ].filter(Boolean);
  const response: PeriodRule = {
    days, dayKind,
    ...(rd === 'none' ? { noFixedPeriod: spec.response!.noFixed } : {}),
    citation: spec.response?.citation ?? row.citation,
    source,
    verified: high && !marked(rd, dk, row.response_rule_text) && spec.response?.verified !== false && (rd === 'none' || (days !== null && dayKind !== null)),
    ...(responseNotes.length ? { note: responseNotes.join('; ') } : {}),
  };

  const period = (p: PeriodSpec, cells: string[], citation: string, what: string): PeriodRule => {
    checkNumber(row, p.days, what);
    return {
      days: p.days, dayKind: p.dayKind,
      ...(p.noFixed ? { noFixedPeriod: p.noFixed } : {}),
      citation: p.citation ?? citation,
      source,
      verified: high && !marked(...cells) && p.verified !== false && (Boolean(p.noFixed) || (p.days !== null && p.dayKind !== null)),
      ...(p.note ? { note: p.note } : {}),
    };
  };

  const e = spec.ext;
  checkNumber(row, e.days, 'extension days');
  const appealCitation = spec.appeal.citation ?? row.citation;
  const rules: JurisdictionRules = {
    id,
    name: row.name,
    country: family === 'us-state' ? 'US' : code.slice(0, 2).toUpperCase(),
    family,
    language: family === 'us-state' || code === 'CA' || code === 'GB' ? 'en' : code === 'BR' ? 'pt' : 'es',
    calendar: id === 'mx-2015' ? 'mx' : id,
    lawName: spec.lawName,
    citation: row.citation,
    sources,
    confidence: row.confidence as JurisdictionRules['confidence'],
    verified: high && !marked(rd, dk, row.response_rule_text, row.extension, row.appeal_route, row.appeal_window, row.court_route),
    ...(id === 'mx' ? { versionOf: 'mx', appliesTo: { receivedFrom: '2025-03-21', note: 'requests received from 2025-03-21, when the 2025 General Transparency Law took effect (older requests: jurisdiction mx-2015)' } } : {}),
    ...(id === 'mx-2015' ? { versionOf: 'mx', appliesTo: { receivedBefore: '2025-03-21', note: 'requests received before 2025-03-21, when the 2015 law was superseded (newer requests: jurisdiction mx)' } } : {}),
    clockStart: { words: spec.clock, citation: row.citation, source, verified: response.verified },
    response,
    extension: {
      available: e.available, days: e.days ?? null, dayKind: e.dayKind ?? null, notice: e.notice, noticeWords: e.words,
      repeatable: e.repeatable ?? 'unknown', citation: e.citation ?? row.citation, source,
      verified: high && !marked(row.extension) && e.verified !== false && !(e.days != null && e.dayKind == null),
      ...(e.note ? { note: e.note } : {}),
    },
    tolling: {
      clarification: spec.toll?.clarification ?? 'unknown', fee: spec.toll?.fee ?? 'unknown',
      ...(spec.toll?.other ? { other: spec.toll.other } : {}),
      citation: row.citation, source,
      verified: spec.toll ? high && !marked(row.extension, row.response_rule_text) : false,
      note: spec.toll?.note ?? 'the reference row says nothing about tolling: whether clarification or fee questions stop the clock is not known',
    },
    appeal: {
      route: spec.appeal.route, exists: spec.appeal.exists, requiredBeforeCourt: spec.appeal.required,
      filingWindow: period(spec.appeal.window, [row.appeal_window], appealCitation, 'appeal window'),
      filingCountedFrom: spec.appeal.from,
      decisionPeriod: period(spec.appeal.decision, [row.appeal_window, row.appeal_route], appealCitation, 'appeal decision'),
      citation: appealCitation, source,
      verified: high && !marked(row.appeal_route, row.appeal_window),
      ...(spec.appeal.note ? { note: spec.appeal.note } : {}),
    },
    court: {
      route: spec.court.route, suitOnMissedDeadline: spec.court.suit,
      citation: spec.court.citation ?? row.citation, source,
      verified: high && !marked(row.court_route),
      ...(spec.court.note ? { note: spec.court.note } : {}),
    },
    referenceRow: `law/reference/${file}, row ${code} (copied from shared/reference/law/${file})`,
  };
  return rules;
}

function fileText(row: Row, rules: JurisdictionRules, file: string, structureFile: string): string {
  return `// ${rules.name}: rules from law/reference/${file}, row ${row.code} (kept verbatim in \`reference\`).
// Generated by scripts/law-reference/generate-jurisdictions.ts from that row and the hand structure
// in scripts/law-reference/${structureFile}: edit those and re-run, do not edit this file by hand.
import type { JurisdictionRules } from '../types';

/** The reference CSV row, cell for cell, to compare with the structured rules below. */
export const reference = ${toTs(row)} as const;

export const rules: JurisdictionRules = ${toTs(rules)};
`;
}

function generate(file: string, dir: string, structure: Record<string, RowSpec>, family: 'us-state' | 'international', exportName: string, structureFile: string): void {
  const rows = readRows(file);
  const missing = rows.filter((r) => !structure[r.code]).map((r) => r.code);
  const extra = Object.keys(structure).filter((c) => !rows.some((r) => r.code === c));
  if (missing.length || extra.length) throw new Error(`${file}: no structure for [${missing}], structure without row [${extra}]`);
  mkdirSync(join(ROOT, dir), { recursive: true });
  const imports: string[] = [];
  const names: string[] = [];
  for (const row of rows) {
    const rules = build(row, structure[row.code], family, file);
    const base = family === 'us-state' ? row.code.toLowerCase() : rules.id;
    writeFileSync(join(ROOT, dir, `${base}.ts`), fileText(row, rules, file, structureFile));
    const name = base.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) + 'Rules';
    imports.push(`import { rules as ${name} } from './${base}';`);
    names.push(name);
  }
  writeFileSync(
    join(ROOT, dir, 'index.ts'),
    `// Every rule file in this folder, in reference-CSV order. Generated by\n// scripts/law-reference/generate-jurisdictions.ts.\nimport type { JurisdictionRules } from '../types';\n${imports.join('\n')}\n\nexport const ${exportName}: readonly JurisdictionRules[] = [\n${names.map((n) => `  ${n},`).join('\n')}\n];\n`,
  );
  console.log(`${dir}: ${rows.length} rule files`);
}

generate('us-states.csv', 'law/jurisdictions/us-states', US_STATE_STRUCTURE, 'us-state', 'US_STATE_RULES', 'structure-us-states.ts');
generate('international.csv', 'law/jurisdictions/international', INTERNATIONAL_STRUCTURE, 'international', 'INTERNATIONAL_RULES', 'structure-international.ts');
