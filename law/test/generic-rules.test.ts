// The engine over any rule file: unknown numbers stay unknown ("not known — check <source>"),
// 'promptly' gives no date, calendar-day periods roll forward, and unconfirmed rules are flagged.
// The rule files here are synthetic (built from the federal file) so the arithmetic is checkable
// by hand on the federal calendar; state and country files go through exactly this code.
import { describe, expect, it } from 'vitest';
import { computeWithRules } from '../engine/compute';
import { usFederalRules } from '../jurisdictions/us-federal';
import type { JurisdictionRules } from '../jurisdictions/types';
import type { LegalEvent } from '../contract';
import { deadline } from './helpers';

const SRC = 'https://example.org/statute';
function rules(patch: Partial<JurisdictionRules>): JurisdictionRules {
  return {
    ...usFederalRules,
    id: 'test',
    family: 'us-state',
    sources: [SRC],
    agencyOverrides: undefined,
    ...patch,
  };
}
const run = (r: JurisdictionRules, events: LegalEvent[] = [], received = '2025-06-13') =>
  computeWithRules(r, { jurisdiction: r.id, received, events }, true);

describe('generic rule files', () => {
  it("a '?' response period: due null, basis unknown, 'not known — check <source>'", () => {
    const set = run(rules({ response: { days: null, dayKind: null, citation: 'Test Code § 1', source: SRC, verified: false } }));
    const d = deadline(set, 'response')!;
    expect(d).toMatchObject({ due: null, basis: 'unknown', verified: false });
    expect(d.explanation.join('\n')).toContain(`not known — check ${SRC}`);
    expect(deadline(set, 'may-sue')).toMatchObject({ due: null, basis: 'unknown' });
  });

  it("a known number with a '?' day kind is still unknown (Honduras-like '10 days, kind ?')", () => {
    const d = deadline(run(rules({ response: { days: 10, dayKind: null, citation: 'x', verified: false } })), 'response')!;
    expect(d.due).toBeNull();
    expect(d.basis).toBe('unknown');
  });

  it("'promptly': no date, basis law, the law's words in the explanation", () => {
    const d = deadline(run(rules({ response: { days: null, dayKind: null, noFixedPeriod: "'promptly'", citation: 'A.R.S. § 39-121.01(E)', verified: true } })), 'response')!;
    expect(d).toMatchObject({ due: null, basis: 'law' });
    expect(d.explanation[0]).toMatch(/sets no number of days for the response: 'promptly'/);
  });

  it('calendar days roll forward to a working day (10 calendar days from Fri 2025-06-13 = Mon 06-23)', () => {
    const r = rules({ response: { days: 10, dayKind: 'calendar', citation: 'x', verified: true } });
    expect(deadline(run(r), 'response')!.due).toBe('2025-06-23');
    // 2025-06-29 is a Sunday: 16 calendar days roll to Mon 06-30.
    expect(deadline(run(rules({ response: { days: 16, dayKind: 'calendar', citation: 'x', verified: true } })), 'response')!.due).toBe('2025-06-30');
  });

  it('unless the rule says not to roll forward', () => {
    const r = rules({ response: { days: 16, dayKind: 'calendar', rollForward: false, citation: 'x', verified: true } });
    expect(deadline(run(r), 'response')!.due).toBe('2025-06-29');
  });

  it('calendar-day tolling counts calendar days C < d <= D', () => {
    const r = rules({ response: { days: 10, dayKind: 'calendar', citation: 'x', verified: true } });
    const set = run(r, [{ kind: 'clarification-requested', date: '2025-06-16' }, { kind: 'clarification-answered', date: '2025-06-19' }]);
    // 10 - 3 = 7 days remained at Mon 06-16; resume after Thu 06-19: 06-19 + 7 = Thu 06-26.
    expect(deadline(set, 'response')!.due).toBe('2025-06-26');
  });

  it('tolling not known: the date does not stop, labelled default and unverified', () => {
    const r = rules({ tolling: { clarification: 'unknown', fee: 'unknown', citation: '', verified: false } });
    const d = deadline(run(r, [{ kind: 'clarification-requested', date: '2025-06-16' }, { kind: 'clarification-answered', date: '2025-06-19' }]), 'response')!;
    expect(d).toMatchObject({ due: '2025-07-15', basis: 'default', verified: false });
    expect(d.explanation.join('\n')).toMatch(/Whether this stops the clock is not known — check/);
  });

  it('an extension of unknown length makes the response deadline unknown', () => {
    const r = rules({ extension: { available: true, days: null, dayKind: null, notice: 'unknown', noticeWords: '?', repeatable: 'unknown', citation: '', verified: false } });
    const d = deadline(run(r, [{ kind: 'unusual-circumstances', date: '2025-06-16' }]), 'response')!;
    expect(d).toMatchObject({ due: null, basis: 'unknown' });
  });

  it('repeatable extensions add up (Alabama-like increments)', () => {
    const r = rules({ extension: { ...usFederalRules.extension, days: 15, repeatable: true } });
    const d = deadline(run(r, [{ kind: 'unusual-circumstances', date: '2025-06-16' }, { kind: 'unusual-circumstances', date: '2025-07-01' }]), 'response')!;
    // 2025-07-15 + 15 WD = 2025-08-05; + 15 WD = 2025-08-26.
    expect(d.due).toBe('2025-08-26');
  });

  it('no administrative appeal: appeal-filing has no date and says so', () => {
    const r = rules({ appeal: { ...usFederalRules.appeal, exists: false, route: 'none (no administrative appeal)' } });
    const d = deadline(run(r, [{ kind: 'adverse-determination', date: '2025-07-01' }]), 'appeal-filing')!;
    expect(d.due).toBeNull();
    expect(d.explanation[0]).toMatch(/no administrative appeal/);
  });

  it("an appeal window '?': due null with the source", () => {
    const r = rules({ appeal: { ...usFederalRules.appeal, filingWindow: { days: null, dayKind: null, citation: '', source: SRC, verified: false } } });
    const d = deadline(run(r, [{ kind: 'adverse-determination', date: '2025-07-01' }]), 'appeal-filing')!;
    expect(d).toMatchObject({ due: null, basis: 'unknown' });
    expect(d.explanation[0]).toContain(`check ${SRC}`);
  });

  it('court on a missed deadline not known: may-sue has no date, basis unknown', () => {
    const r = rules({ court: { ...usFederalRules.court, suitOnMissedDeadline: 'unknown' } });
    expect(deadline(run(r), 'may-sue')).toMatchObject({ due: null, basis: 'unknown', verified: false });
  });

  it('no court on a missed deadline: no may-sue deadline', () => {
    const r = rules({ court: { ...usFederalRules.court, suitOnMissedDeadline: false } });
    expect(deadline(run(r), 'may-sue')).toBeUndefined();
  });

  it('an unverified response rule makes the deadline unverified', () => {
    const r = rules({ response: { ...usFederalRules.response, verified: false } });
    expect(deadline(run(r), 'response')!.verified).toBe(false);
  });
});
