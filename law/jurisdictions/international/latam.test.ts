// Latin America (Mexico, Central America, South America, Dominican Republic): rule files against
// law/reference/international.csv and hand-checked deadlines through the engine, each naming its source.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type LegalEvent } from '../../index';
import { getJurisdictionRules } from '../index';
import { expectFaithful, readReference } from '../../reference/fidelity';
import { INTERNATIONAL_MODULES, moduleFor } from './international-fidelity';

const LATAM = ['mx', 'mx-2015', 'gt', 'hn', 'sv', 'cr', 'pa', 'co', 'br', 'cl', 'pe', 'ec', 'ar', 'uy', 'do'];
const rows = readReference('international.csv');
const run = (jurisdiction: string, received: string, events: LegalEvent[] = []) => computeDeadlines({ jurisdiction, received, events });
const response = (out: ReturnType<typeof run>) => out.deadlines.find((d) => d.kind === 'response')!;

describe('Latin American rule files (international.csv)', () => {
  it('registers every Latin American id, each on its national calendar (mx-2015 on mx)', () => {
    for (const id of LATAM) {
      const r = getJurisdictionRules(id);
      expect(r?.family, id).toBe('international');
      expect(r?.calendar, id).toBe(id === 'mx-2015' ? 'mx' : id);
      expect(r?.language, id).toBe(id === 'br' ? 'pt' : 'es');
    }
    expect(Object.keys(INTERNATIONAL_MODULES)).toHaveLength(17);
  });

  it('transcribes every row faithfully (reference cells, response number and kind, no number absent from the CSV, verified flag)', () => {
    for (const id of LATAM) {
      const row = rows.find((r) => r.code.toLowerCase() === id)!;
      const mod = moduleFor(id)!;
      expectFaithful(mod.rules, mod.reference, row);
    }
  });

  it('splits Mexico at 2025-03-21: mx-2015 for older requests, mx (2025 law) from that day', () => {
    expect(getJurisdictionRules('mx-2015')!.appliesTo).toMatchObject({ receivedBefore: '2025-03-21' });
    expect(getJurisdictionRules('mx')!.appliesTo).toMatchObject({ receivedFrom: '2025-03-21' });
    expect(run('mx-2015', '2025-04-01').warnings.join(' ')).toMatch(/2025-03-21/);
    expect(run('mx-2015', '2025-01-06').warnings).toEqual([]);
  });

  it('Mexico 2015 law: 20 working days from Mon 2025-01-06 skip Constitution Day (Mon 02-03) -> Tue 2025-02-04 (LGTAIP art. 132; LFT art. 74 calendar)', () => {
    expect(response(run('mx-2015', '2025-01-06'))).toMatchObject({ due: '2025-02-04', basis: 'law' });
  });

  it("Mexico 2025 law: the period is '?': no date, basis unknown, the source to check", () => {
    const r = response(run('mx', '2025-04-01'));
    expect(r).toMatchObject({ due: null, basis: 'unknown', verified: false });
    expect(r.source).toMatch(/^https?:\/\//);
  });

  it('Brazil: 20 calendar days from Tue 2025-02-11 end on Carnival Monday; Carnival Tuesday too, so -> Wed 2025-03-05 (Lei 12.527 art. 11 §1; Lei 9.784 art. 66 §1; https://www.gov.br/acessoainformacao/pt-br/assuntos/pedidos/prazos)', () => {
    expect(response(run('br', '2025-02-11'))).toMatchObject({ due: '2025-03-05', basis: 'law' });
  });

  it('Chile: 20 working days from Mon 2025-09-01 skip Fiestas Patrias (09-18, 09-19) -> Wed 2025-10-01 (Ley 20.285; row CL)', () => {
    expect(response(run('cl', '2025-09-01'))).toMatchObject({ due: '2025-10-01', basis: 'law' });
  });

  it("Honduras: 10 days of unknown kind ('?'): no date, basis unknown, source named", () => {
    const r = response(run('hn', '2025-09-01'));
    expect(r).toMatchObject({ due: null, basis: 'unknown' });
    expect(r.source).toMatch(/^https?:\/\//);
  });

  it("every Latin American row with '?' in its appeal window gives no appeal-filing date", () => {
    for (const id of LATAM) {
      const row = rows.find((r) => r.code.toLowerCase() === id)!;
      if (!row.appeal_window.startsWith('?')) continue;
      const d = run(id, '2024-03-04', [{ kind: 'adverse-determination', date: '2024-03-06' }]).deadlines.find((x) => x.kind === 'appeal-filing');
      expect(d?.due ?? null, id).toBeNull();
      if (d) expect(d.source ?? '', id).toMatch(/^https?:\/\//);
    }
  });
});
