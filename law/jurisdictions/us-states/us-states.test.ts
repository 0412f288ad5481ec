// The 50 states + DC: rule files against law/reference/us-states.csv, and hand-checked deadlines
// through the engine (each case names its source).
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type LegalEvent } from '../../index';
import { getJurisdictionRules } from '../index';
import { expectFaithful, readReference } from '../../reference/fidelity';
import { US_STATE_RULES } from './index';

const rows = readReference('us-states.csv');
const modules = import.meta.glob<{ rules: import('../types').JurisdictionRules; reference: Record<string, string> }>('./[a-z][a-z].ts', { eager: true });
const POSTAL = ['al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy'];

const run = (jurisdiction: string, received: string, events: LegalEvent[] = []) => computeDeadlines({ jurisdiction, received, events });
const deadline = (out: ReturnType<typeof run>, kind: string) => out.deadlines.find((d) => d.kind === kind);

describe('US state rule files (us-states.csv)', () => {
  it('has one registered rule file per state and DC, id us-<postal code>, on its own calendar', () => {
    expect(US_STATE_RULES).toHaveLength(51);
    for (const code of POSTAL) {
      const r = getJurisdictionRules(`us-${code}`);
      expect(r?.family, code).toBe('us-state');
      expect(r?.calendar).toBe(`us-${code}`);
    }
  });

  it('transcribes every row faithfully (reference cells, response number and kind, no number absent from the CSV, verified flag)', () => {
    expect(Object.keys(modules)).toHaveLength(51);
    for (const row of rows) {
      const mod = modules[`./${row.code.toLowerCase()}.ts`];
      expect(mod, row.code).toBeDefined();
      expectFaithful(mod.rules, mod.reference, row);
    }
  });

  it('New York: 5 business days from Wed 2025-02-05 skip Lincoln’s Birthday -> Thu 2025-02-13 (N.Y. Pub. Off. Law § 89(3)(a); https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act)', () => {
    const r = deadline(run('us-ny', '2025-02-05'), 'response')!;
    expect(r).toMatchObject({ due: '2025-02-13', basis: 'law' });
    expect(r.explanation.join('\n')).toMatch(/Lincoln/);
  });

  it('Pennsylvania: 5 business days from Mon 2025-03-03 (03-10) plus a timely 30-calendar-day extension -> 2025-04-09; appeal window 15 business days (65 P.S. §§ 67.901, 67.902, 67.1101)', () => {
    const out = run('us-pa', '2025-03-03', [{ kind: 'unusual-circumstances', date: '2025-03-05' }]);
    expect(deadline(out, 'response')!.due).toBe('2025-04-09');
    // Adverse determination Mon 2025-03-10: 15 business days = Mon 2025-03-31 (no Pennsylvania closure between).
    const appeal = deadline(run('us-pa', '2025-03-03', [{ kind: 'adverse-determination', date: '2025-03-10' }]), 'appeal-filing')!;
    expect(appeal).toMatchObject({ due: '2025-03-31', basis: 'law' });
  });

  it('California: 10 calendar days from Fri 2025-03-21 end on César Chávez Day (Mon 03-31) and roll to Tue 2025-04-01 (Cal. Gov. Code § 7922.535; CONVENTIONS.md 5)', () => {
    expect(deadline(run('us-ca', '2025-03-21'), 'response')).toMatchObject({ due: '2025-04-01', basis: 'law' });
  });

  it("Arizona: 'promptly' is no fixed period: no date, basis law, the law's words shown", () => {
    const r = deadline(run('us-az', '2025-03-21'), 'response')!;
    expect(r).toMatchObject({ due: null, basis: 'law' });
    expect(r.explanation.join(' ')).toMatch(/promptly/);
  });

  it("rows with '?' in the response (Minnesota) or its day kind (Maryland) answer basis 'unknown' with the source to check", () => {
    for (const id of ['us-mn', 'us-md']) {
      const r = deadline(run(id, '2025-03-21'), 'response')!;
      expect(r, id).toMatchObject({ due: null, basis: 'unknown', verified: false });
      expect(r.source, id).toMatch(/^https?:\/\//);
    }
  });

  it("Ohio has no administrative appeal (Court of Claims instead): the appeal-filing line says so instead of a date", () => {
    const d = deadline(run('us-oh', '2025-03-03', [{ kind: 'adverse-determination', date: '2025-03-05' }]), 'appeal-filing');
    expect(d?.due).toBeNull();
    expect(d?.explanation.join(' ')).toMatch(/no administrative appeal/);
  });

  it("rows with '?' as appeal window answer the appeal-filing deadline as unknown, naming the source", () => {
    const withAppeal = rows.filter((r) => r.appeal_window.startsWith('?') && getJurisdictionRules(`us-${r.code.toLowerCase()}`)!.appeal.exists !== false);
    expect(withAppeal.length).toBeGreaterThan(10);
    for (const row of withAppeal) {
      const id = `us-${row.code.toLowerCase()}`;
      const d = deadline(run(id, '2025-03-03', [{ kind: 'adverse-determination', date: '2025-03-05' }]), 'appeal-filing');
      if (!d) continue; // no deadline at all is also "not computed" (e.g. an appeal whose existence is unconfirmed)
      expect(d.due, id).toBeNull();
      expect(d.basis, id).not.toBe('law');
      expect(d.source ?? d.explanation.join(' '), id).toMatch(/https?:\/\//);
    }
  });
});
