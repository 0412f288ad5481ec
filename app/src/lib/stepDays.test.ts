// The calendar drawn from the engine's structured steps (detail views): counted, skipped and
// tolled days as the engine counted them, checked against the engine itself, not hand-made data.
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../law/index';
import { countedDays, stepDays } from './countedDays';
import type { Deadline } from '../api/types';

const engine = (events: { kind: string; date: string }[], language: 'en' | 'es' = 'en') =>
  computeDeadlines({ jurisdiction: 'us-federal', received: '2025-06-13', events: events as never, options: { steps: true, language } }).deadlines;
const response = (ds: Deadline[]) => ds.find((d) => d.kind === 'response')!;

describe('calendar from deadline.steps', () => {
  it('20 working days: every day of the span counted or skipped as the engine says, due day numbered 20', () => {
    const d = response(engine([]));
    const r = countedDays(d, null)!;
    expect(r.derived).toBe(false);
    expect(r.dayKind).toBe('business');
    expect(r.marks[0]).toEqual({ date: '2025-06-13', state: 'start' });
    expect(r.marks.find((m) => m.state === 'due')).toMatchObject({ date: d.due, n: 20 });
    expect(r.marks.filter((m) => m.state === 'counted' || m.state === 'due')).toHaveLength(20);
    const skipped = r.marks.filter((m) => m.state === 'skipped');
    expect(skipped.length).toBe(d.steps![0].skipped.length);
    expect(r.marks.find((m) => m.date === '2025-07-04')).toMatchObject({ state: 'skipped', reason: 'Independence Day' });
    expect(r.marks.find((m) => m.date === '2025-06-14')).toMatchObject({ state: 'skipped', reason: 'weekend' });
  });

  it('a stopped clock: the tolled span is drawn, the first count\'s tail is replaced, numbering runs on', () => {
    const d = response(engine([{ kind: 'clarification-requested', date: '2025-06-20' }, { kind: 'clarification-answered', date: '2025-06-25' }]));
    expect(d.steps!.map((s) => s.kind)).toEqual(['working', 'tolled', 'working']);
    const r = stepDays(d.steps!, d.due)!;
    const tolled = r.marks.filter((m) => m.state === 'tolled').map((m) => m.date);
    expect(tolled).toEqual(['2025-06-21', '2025-06-22', '2025-06-23', '2025-06-24', '2025-06-25']);
    expect(r.marks.find((m) => m.date === '2025-06-23')!.reason).toMatch(/clock stopped/);
    // one mark per date: the superseded first count is gone
    expect(new Set(r.marks.map((m) => m.date)).size).toBe(r.marks.length);
    // 4 working days before the stop (19 June is a holiday), then 16 more: day 20 is the due day
    expect(r.marks.filter((m) => m.state === 'counted' && m.date <= '2025-06-20').map((m) => m.n)).toEqual([1, 2, 3, 4]);
    expect(r.marks.find((m) => m.state === 'due')).toMatchObject({ date: d.due, n: 20 });
  });

  it('Spanish steps give the same days; skipped names keep their reasons', () => {
    const ev = [{ kind: 'clarification-requested', date: '2025-06-20' }, { kind: 'clarification-answered', date: '2025-06-25' }];
    const en = countedDays(response(engine(ev)), null)!;
    const es = countedDays(response(engine(ev, 'es')), null)!;
    expect(es.marks.map((m) => [m.date, m.state, m.n])).toEqual(en.marks.map((m) => [m.date, m.state, m.n]));
    expect(es.marks.find((m) => m.date === '2025-06-14')!.reason).toBe('weekend');
  });

  it('without steps (list pages, older servers) the explanation parser still draws, and says so', () => {
    const d = response(computeDeadlines({ jurisdiction: 'us-federal', received: '2025-06-13', events: [] }).deadlines);
    expect(d.steps).toBeUndefined();
    const r = countedDays(d, '2025-06-13')!;
    expect(r.derived).toBe(true);
    expect(r.marks.find((m) => m.state === 'due')).toMatchObject({ date: d.due, n: 20 });
  });
});
