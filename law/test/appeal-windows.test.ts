// Appeal filing windows per agency (us-federal.md section 2, CONVENTIONS.md 15) and the appeal
// decision period (CONVENTIONS.md 16). Components inherit their parent department's rule.
import { describe, expect, it } from 'vitest';
import { federalAgencyRules, LawInputError } from '../index';
import { deadline, ev, federal } from './helpers';
import { naiveAddCalendar, naiveAddWorking } from './naive-count';

const R = '2025-06-13';
const A = '2025-08-20'; // adverse determination, Wednesday
const withAdverse = (agency: string | null) => federal(R, [ev('adverse-determination', A)], { agency });

describe('appeal filing window', () => {
  it.each(['dhs', 'cbp', 'ice', 'uscis', 'uscg', 'fletc', 'fema', 'tsa', 'usss', 'obim', 'dhs-office-of-the-inspector-general'])('%s: 90 working days, 6 C.F.R. § 5.8(a)(1)', (agency) => {
    const d = deadline(withAdverse(agency), 'appeal-filing')!;
    expect(d.due).toBe(naiveAddWorking(A, 90));
    expect(d.citation).toBe('6 C.F.R. § 5.8(a)(1)');
    expect(d.basis).toBe('law');
    expect(d.verified).toBe(true);
  });

  it.each(['doi', 'bia', 'usbr'])('%s: 90 workdays, 43 C.F.R. § 2.58', (agency) => {
    const d = deadline(withAdverse(agency), 'appeal-filing')!;
    expect(d.due).toBe(naiveAddWorking(A, 90));
    expect(d.citation).toBe('43 C.F.R. § 2.58');
  });

  it.each(['doj', 'atf', 'dea', 'bop'])('%s: 90 calendar days, 28 C.F.R. § 16.8, not verified (medium confidence)', (agency) => {
    const d = deadline(withAdverse(agency), 'appeal-filing')!;
    expect(d.due).toBe('2025-11-18'); // 2025-08-20 + 90 days, a Tuesday
    expect(d.due).toBe(naiveAddCalendar(A, 90));
    expect(d.citation).toBe('28 C.F.R. § 16.8');
    expect(d.verified).toBe(false);
    expect(d.basis).toBe('law');
  });

  it('a calendar-day window ending on a weekend rolls forward (DOJ, determination Sunday 2025-08-24 -> Sat 11-22 -> Mon 11-24)', () => {
    const d = deadline(federal(R, [ev('adverse-determination', '2025-08-24')], { agency: 'doj' }), 'appeal-filing')!;
    expect(d.due).toBe('2025-11-24');
    expect(d.explanation.join('\n')).toContain('rolled forward to Mon 2025-11-24');
  });

  it('an agency without a known rule gets the 90-calendar-day statutory floor, labelled default with the reason', () => {
    const d = deadline(withAdverse('nasa'), 'appeal-filing')!;
    expect(d.due).toBe('2025-11-18');
    expect(d.basis).toBe('default');
    expect(d.verified).toBe(false);
    expect(d.explanation.join('\n')).toMatch(/DEFAULT used: no appeal rule is recorded for this agency/);
  });

  it('no agency given: the default, saying why', () => {
    const d = deadline(withAdverse(null), 'appeal-filing')!;
    expect(d.basis).toBe('default');
    expect(d.explanation.join('\n')).toMatch(/DEFAULT because no agency was given/);
  });

  it('component inheritance is explained', () => {
    expect(deadline(withAdverse('cbp'), 'appeal-filing')!.explanation[0]).toMatch(/cbp .*a component of dhs, whose rule it inherits/);
    expect(federalAgencyRules('ICE').rulesFrom).toBe('dhs');
    expect(federalAgencyRules('nasa').rulesFrom).toBeNull();
  });

  it('unknown agency ids are refused with a clear error', () => {
    expect(() => withAdverse('not-an-agency')).toThrow(LawInputError);
    try {
      withAdverse('not-an-agency');
    } catch (e) {
      expect((e as LawInputError).code).toBe('unknown-agency');
      expect((e as Error).message).toMatch(/unknown federal agency 'not-an-agency'/);
    }
  });

  it('warns when the appeal arrives after the window', () => {
    const set = federal(R, [ev('adverse-determination', A), ev('appeal-received', '2025-12-01')], { agency: 'doj' });
    expect(set.warnings.join('\n')).toMatch(/after the filing window closed \(Tue 2025-11-18\)/);
  });
});

describe('appeal decision', () => {
  it('20 working days after the appeal is received (2025-09-02 -> 2025-09-30)', () => {
    const set = federal(R, [ev('adverse-determination', A), ev('appeal-received', '2025-09-02')], { agency: 'cbp' });
    const d = deadline(set, 'appeal-decision')!;
    expect(d.due).toBe(naiveAddWorking('2025-09-02', 20));
    expect(d.due).toBe('2025-09-30');
    expect(d.citation).toBe('5 U.S.C. § 552(a)(6)(A)(ii)');
  });
});
