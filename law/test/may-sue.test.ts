// When the requester may go to court (CONVENTIONS.md 17) and the Oglesby warning.
import { describe, expect, it } from 'vitest';
import { deadline, due, ev, federal } from './helpers';

const R = '2025-06-13'; // response due Tue 2025-07-15

describe('may-sue (constructive exhaustion)', () => {
  it('with no determination by the deadline: from the next day', () => {
    const set = federal(R);
    expect(due(set, 'may-sue')).toBe('2025-07-16');
    expect(deadline(set, 'may-sue')!.citation).toBe('5 U.S.C. § 552(a)(6)(C)(i)');
    expect(set.warnings).toEqual([]);
  });

  it('a determination on time: no may-sue date (the requester must appeal an adverse one)', () => {
    const set = federal(R, [ev('adverse-determination', '2025-07-15')]);
    expect(deadline(set, 'may-sue')).toBeUndefined();
    expect(deadline(set, 'appeal-filing')).toBeDefined();
  });

  it('Oglesby: an adverse determination after the deadline but before suit gives a warning', () => {
    const set = federal(R, [ev('adverse-determination', '2025-07-21')]);
    expect(set.warnings.join('\n')).toMatch(/Oglesby v\. U\.S\. Dep.t of the Army, 920 F\.2d 57 \(D\.C\. Cir\. 1990\)/);
    expect(set.warnings.join('\n')).toContain('Mon 2025-07-21');
    expect(deadline(set, 'may-sue')!.verified).toBe(false);
  });

  it('no Oglesby warning when suit was filed before the late determination', () => {
    const set = federal(R, [ev('suit-filed', '2025-07-17'), ev('adverse-determination', '2025-07-21')]);
    expect(set.warnings).toEqual([]);
    expect(deadline(set, 'may-sue')!.explanation.join('\n')).toMatch(/Suit was filed Thu 2025-07-17, before the late determination/);
  });

  it('appeal received and not decided in time: from the day after the appeal deadline', () => {
    const set = federal(R, [ev('adverse-determination', '2025-07-10'), ev('appeal-received', '2025-09-02')], { agency: 'dhs' });
    expect(due(set, 'appeal-decision')).toBe('2025-09-30');
    expect(due(set, 'may-sue')).toBe('2025-10-01');
  });

  it('appeal decided: from the decision date', () => {
    const set = federal(R, [ev('adverse-determination', '2025-07-10'), ev('appeal-received', '2025-09-02'), ev('appeal-decided', '2025-09-12')]);
    expect(due(set, 'may-sue')).toBe('2025-09-12');
  });

  it('appeal-decided without appeal-received is refused', () => {
    expect(() => federal(R, [ev('appeal-decided', '2025-09-12')])).toThrow(/no earlier appeal-received/);
  });
});
