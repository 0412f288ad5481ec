// Explanations in Spanish (options.language 'es') and the counted days as data (options.steps).
// Dates are those of the hand-checked English cases (README example; us-federal.md holidays;
// Mexican holidays of Ley Federal del Trabajo art. 74); the wording is the Spanish catalogue's.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, computeDeadlinesMany, LawInputError, listJurisdictions, type DeadlineSet, type DeadlineStep } from '../index';
import { deadline, ev } from './helpers';

const example = (options: object = {}) =>
  computeDeadlines({
    jurisdiction: 'us-federal', agency: 'cbp', received: '2025-06-13',
    events: [
      ev('clarification-requested', '2025-06-20'), ev('clarification-answered', '2025-06-25'),
      ev('unusual-circumstances', '2025-07-01'), ev('adverse-determination', '2025-07-25'), ev('appeal-received', '2025-09-02'),
    ],
    options,
  });

describe('Spanish explanations', () => {
  it('federal request with tolling and an extension: the response lines, day by day', () => {
    const es = example({ language: 'es' });
    const en = example();
    const r = deadline(es, 'response')!;
    expect(r.due).toBe('2025-08-01');
    expect(r.due).toBe(deadline(en, 'response')!.due);
    expect(r.explanation.slice(2)).toEqual([
      'Se computaron 20 días hábiles: del lun 2025-06-16 (día 1) al mar 2025-07-15 (día 20); se excluyeron 10 días de fin de semana y 2 días inhábiles: jue 2025-06-19 Juneteenth National Independence Day; vie 2025-07-04 Independence Day.',
      'vie 2025-06-20: requerimiento de aclaración al solicitante; el plazo se suspende a partir del día siguiente (5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)). Quedan 16 días hábiles.',
      'mié 2025-06-25: aclaración respondida. Suspensión del plazo: del sáb 2025-06-21 al mié 2025-06-25 (3 días hábiles C < d <= D no computados); el cómputo se reanuda al día siguiente.',
      'Se computaron 16 días hábiles restantes: del jue 2025-06-26 (día 1) al vie 2025-07-18 (día 16); se excluyeron 6 días de fin de semana y 1 día inhábil: vie 2025-07-04 Independence Day.',
      'mar 2025-07-01: aviso de prórroga antes del vencimiento («written notice of the unusual circumstances and the expected determination date, sent before the deadline»; 5 U.S.C. § 552(a)(6)(B)(i)). Se computaron 10 días hábiles adicionales: del lun 2025-07-21 (día 1) al vie 2025-08-01 (día 10); se excluyeron 4 días de fin de semana y ningún día inhábil.',
      'vie 2025-07-25: resolución emitida en tiempo (vencimiento: vie 2025-08-01).',
      'Vencimiento: vie 2025-08-01, al término de ese día; incumplido a partir del sáb 2025-08-02 (CONVENTIONS.md 4).',
    ]);
    expect(r.explanation[0]).toMatch(/^Regla: plazo de respuesta: 20 días hábiles \(5 U\.S\.C\. § 552\(a\)\(6\)\(A\)\(i\); fuente: https:/);
    const filing = deadline(es, 'appeal-filing')!;
    expect(filing.explanation[0]).toBe('Organismo: cbp (U.S. Customs & Border Protection), dependencia de dhs, cuya regla hereda.');
    expect(filing.due).toBe('2025-12-04');
    expect(deadline(es, 'may-sue')!.explanation).toEqual([
      'Sin resolución del recurso al vencer su plazo (mar 2025-09-30): el silencio de la autoridad permite al solicitante demandar ante un tribunal a partir del día siguiente, mié 2025-10-01 (5 U.S.C. § 552(a)(6)(C)(i); CONVENTIONS.md 17).',
    ]);
    // English stays the default wording.
    expect(deadline(en, 'response')!.explanation[2]).toMatch(/^Counted 20 working days: Mon 2025-06-16 \(day 1\)/);
  });

  it('a late extension notice and a late determination: warnings and may-sue in Spanish, Oglesby explained', () => {
    const set = computeDeadlines({
      jurisdiction: 'us-federal', received: '2025-06-13',
      events: [ev('unusual-circumstances', '2025-07-20'), ev('adverse-determination', '2025-08-20')],
      options: { language: 'es' },
    });
    expect(set.warnings[0]).toBe('El aviso de prórroga del dom 2025-07-20 llegó después del vencimiento del plazo de respuesta (mar 2025-07-15) y no lo prorroga.');
    expect(set.warnings[1]).toMatch(/^La resolución del mié 2025-08-20 se emitió después del vencimiento del plazo de respuesta \(mar 2025-07-15\) pero antes de cualquier demanda: .*Oglesby v\. U\.S\. Dep’t of the Army, 920 F\.2d 57 \(D\.C\. Cir\. 1990\)/);
    const sue = deadline(set, 'may-sue')!;
    expect(sue.due).toBe('2025-07-16');
    expect(sue.explanation[0]).toContain('puede demandar ante un tribunal a partir del día siguiente, mié 2025-07-16');
    expect(sue.explanation[0]).toContain('agotamiento implícito');
    const filing = deadline(set, 'appeal-filing')!;
    expect(filing.basis).toBe('default');
    expect(filing.explanation[1]).toMatch(/^REGLA SUPLETORIA porque no se indicó ningún organismo/);
    expect(filing.explanation[3]).toBe('Se computaron 90 días naturales a partir del mié 2025-08-20: el día 90 es el mar 2025-11-18, día hábil.');
  });

  it('Mexico (LGTAIP 2015): 20 días hábiles over Navidad and Año Nuevo, and an unknown toll as a criterio supletorio', () => {
    const set = computeDeadlines({
      jurisdiction: 'mx-2015', received: '2024-12-13',
      events: [ev('clarification-requested', '2024-12-18'), ev('clarification-answered', '2025-01-06')],
      options: { language: 'es' },
    });
    const r = deadline(set, 'response')!;
    // Fri 2024-12-13 + 20 working days, skipping 2024-12-25 and 2025-01-01 (LFT art. 74): Tue 2025-01-14.
    expect(r.due).toBe('2025-01-14');
    expect(r.explanation).toContain(
      'Se computaron 20 días hábiles: del lun 2024-12-16 (día 1) al mar 2025-01-14 (día 20); se excluyeron 10 días de fin de semana y 2 días inhábiles: mié 2024-12-25 Navidad; mié 2025-01-01 Año Nuevo.',
    );
    expect(r.explanation).toContain('lun 2025-01-06: aclaración respondida (esa consulta no había suspendido el plazo).');
    expect(r.explanation).toContain('CRITERIO SUPLETORIO: no se sabe si un requerimiento de aclaración suspende el plazo.');
    expect(r.basis).toBe('default');
  });

  it('Mexico: the extension of unknown day kind makes the deadline unknown, said in Spanish', () => {
    const set = computeDeadlines({ jurisdiction: 'mx-2015', received: '2024-12-13', events: [ev('unusual-circumstances', '2025-01-08')], options: { language: 'es' } });
    const r = deadline(set, 'response')!;
    expect(r.due).toBeNull();
    expect(r.explanation.at(-1)).toMatch(/^mié 2025-01-08: aviso de prórroga\. No se sabe cuánto puede durar la prórroga; consulte https:/);
  });

  it('an unsupported language is refused with a clear error, not answered in English', () => {
    expect(() => computeDeadlines({ jurisdiction: 'us-federal', received: '2025-06-13', events: [], options: { language: 'fr' as 'es' } })).toThrow(LawInputError);
    try {
      computeDeadlines({ jurisdiction: 'us-federal', received: '2025-06-13', events: [], options: { language: 'fr' as 'es' } });
    } catch (e) {
      expect((e as LawInputError).code).toBe('invalid-option');
      expect((e as Error).message).toContain("'fr'");
    }
  });
});

describe('steps: the counted and skipped days as data', () => {
  it('the federal example: three counts and one tolled span, holidays named as the calendar gives them', () => {
    const steps = deadline(example({ steps: true }), 'response')!.steps!;
    expect(steps.map((s) => [s.kind, s.from, s.to, s.counted])).toEqual([
      ['working', '2025-06-13', '2025-07-15', 20],
      ['tolled', '2025-06-20', '2025-06-25', 0],
      ['working', '2025-06-25', '2025-07-18', 16],
      ['working', '2025-07-18', '2025-08-01', 10],
    ]);
    expect(steps[0].skipped.filter((d) => d.why === 'holiday')).toEqual([
      { date: '2025-06-19', name: 'Juneteenth National Independence Day', why: 'holiday' },
      { date: '2025-07-04', name: 'Independence Day', why: 'holiday' },
    ]);
    expect(steps[1].skipped.map((d) => [d.date, d.why])).toEqual([
      ['2025-06-21', 'weekend'], ['2025-06-22', 'weekend'], ['2025-06-23', 'tolled'], ['2025-06-24', 'tolled'], ['2025-06-25', 'tolled'],
    ]);
    const es = deadline(example({ steps: true, language: 'es' }), 'response')!.steps!;
    expect(es[0].skipped[0]).toEqual({ date: '2025-06-14', name: 'sábado', why: 'weekend' });
    expect(es[1].skipped[2].name).toBe('plazo suspendido: en espera del solicitante (requerimiento de aclaración al solicitante)');
  });

  const span = (s: DeadlineStep) => (Date.parse(s.to) - Date.parse(s.from)) / 86400000;

  it('every working step accounts for each day of (from, to]: counted + skipped, and ends on its due date', () => {
    const sets: DeadlineSet[] = [];
    for (const j of listJurisdictions()) {
      for (const received of ['2025-06-13', '2024-12-21']) {
        sets.push(computeDeadlines({
          jurisdiction: j.id, received,
          events: [ev('clarification-requested', '2025-06-20'), ev('clarification-answered', '2025-07-03'), ev('unusual-circumstances', '2025-07-07'), ev('adverse-determination', '2025-07-25'), ev('appeal-received', '2025-08-01')],
          options: { steps: true },
        }));
      }
    }
    let checked = 0;
    for (const set of sets) {
      for (const d of set.deadlines) {
        if (!d.steps) continue;
        for (const s of d.steps) {
          const dates = s.skipped.map((x) => x.date);
          expect(new Set(dates).size).toBe(dates.length);
          for (const x of dates) expect(x > s.from && x <= s.to).toBe(true);
          if (s.kind === 'working') expect(s.counted + s.skipped.length).toBe(span(s));
          if (s.kind === 'tolled') expect(s.skipped.length).toBe(span(s));
          checked++;
        }
        if (d.due && d.steps.length && d.kind !== 'response') expect(d.steps.at(-1)!.to).toBe(d.due);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('steps only when asked for, and never without explanations', () => {
    expect(deadline(example(), 'response')!.steps).toBeUndefined();
    const [bulk] = computeDeadlinesMany([{ jurisdiction: 'us-federal', received: '2025-06-13', events: [], options: { steps: true } }]);
    expect(bulk.deadlines[0].steps).toBeUndefined();
    expect(bulk.deadlines[0].explanation).toEqual([]);
  });
});
