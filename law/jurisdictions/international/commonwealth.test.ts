// Canada (federal) and the United Kingdom: rule files against law/reference/international.csv and
// hand-checked deadlines through the engine, each naming its source.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type LegalEvent } from '../../index';
import { getJurisdictionRules } from '../index';
import { expectFaithful, readReference } from '../../reference/fidelity';
import { moduleFor } from './international-fidelity';

const rows = readReference('international.csv');
const run = (jurisdiction: string, received: string, events: LegalEvent[] = []) => computeDeadlines({ jurisdiction, received, events });
const find = (out: ReturnType<typeof run>, kind: string) => out.deadlines.find((d) => d.kind === kind);

describe('Commonwealth rule files (Canada, United Kingdom)', () => {
  it('registers ca and gb in English on their own calendars, and transcribes their rows faithfully', () => {
    for (const id of ['ca', 'gb']) {
      const r = getJurisdictionRules(id)!;
      expect(r).toMatchObject({ family: 'international', language: 'en', calendar: id, country: id.toUpperCase() });
      const mod = moduleFor(id)!;
      expectFaithful(mod.rules, mod.reference, rows.find((row) => row.code.toLowerCase() === id)!);
    }
  });

  it('UK: 20 working days from Mon 2025-04-14 skip Good Friday, Easter Monday and the Early May bank holiday -> Thu 2025-05-15 (FOIA 2000 s. 10(1), (6); https://www.gov.uk/bank-holidays)', () => {
    const r = find(run('gb', '2025-04-14'), 'response')!;
    expect(r).toMatchObject({ due: '2025-05-15', basis: 'law' });
    expect(r.explanation.join(' ')).toMatch(/Good Friday/);
  });

  it('UK: internal review asked within 40 working days of a refusal on Thu 2025-05-01 -> Mon 2025-06-30 (s. 45 Code of Practice)', () => {
    const d = find(run('gb', '2025-04-14', [{ kind: 'adverse-determination', date: '2025-05-01' }]), 'appeal-filing')!;
    expect(d).toMatchObject({ due: '2025-06-30', basis: 'law' });
  });

  it('Canada: 30 calendar days from Sun 2025-06-01 end on Canada Day (Tue 07-01) and roll to Wed 2025-07-02 (Access to Information Act s. 7; Interpretation Act s. 26)', () => {
    expect(find(run('ca', '2025-06-01'), 'response')).toMatchObject({ due: '2025-07-02', basis: 'law' });
  });

  it('Canada: a deemed refusal goes to the Information Commissioner, not to court (s. 41): no may-sue date', () => {
    expect(find(run('ca', '2025-06-01'), 'may-sue')).toBeUndefined();
    expect(getJurisdictionRules('ca')!.court.suitOnMissedDeadline).toBe(false);
  });

  it("Canada's complaint window (60 days, day kind not stated) and the UK's ICO window ('?') give no date", () => {
    const ca = find(run('ca', '2025-06-01', [{ kind: 'adverse-determination', date: '2025-06-20' }]), 'appeal-filing')!;
    expect(ca).toMatchObject({ due: null, basis: 'unknown' });
    expect(ca.source).toMatch(/^https?:\/\//);
  });
});
