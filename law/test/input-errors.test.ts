// Bad input gets a LawInputError with a stable code and a message naming the problem.
import { describe, expect, it } from 'vitest';
import { calendarClosures, computeDeadlines, getJurisdiction, LawInputError, type DeadlineInput } from '../index';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LawInputError);
    return `${(e as LawInputError).code}: ${(e as Error).message}`;
  }
  throw new Error('expected a LawInputError');
}

const base: DeadlineInput = { jurisdiction: 'us-federal', received: '2025-06-13', events: [] };

describe('input errors', () => {
  it('unknown jurisdiction', () => {
    expect(codeOf(() => computeDeadlines({ ...base, jurisdiction: 'us-zz' }))).toMatch(/^unknown-jurisdiction: unknown jurisdiction 'us-zz'/);
    expect(codeOf(() => getJurisdiction('atlantis'))).toMatch(/^unknown-jurisdiction/);
  });
  it('unknown agency', () => {
    expect(codeOf(() => computeDeadlines({ ...base, agency: 'xyz' }))).toMatch(/^unknown-agency: unknown federal agency 'xyz'/);
  });
  it.each(['2025-02-30', '2025-2-3', '2025-13-01', '2023-02-29', '25-06-13', '2025-06-13T00:00', ''])('malformed received date %j', (d) => {
    expect(codeOf(() => computeDeadlines({ ...base, received: d }))).toMatch(/^invalid-date: received date .* is not a real calendar date/);
  });
  it('leap day 2024-02-29 is accepted', () => {
    expect(() => computeDeadlines({ ...base, received: '2024-02-29' })).not.toThrow();
  });
  it('years outside the engine range', () => {
    expect(codeOf(() => computeDeadlines({ ...base, received: '1960-01-04' }))).toMatch(/^year-out-of-range/);
    expect(codeOf(() => calendarClosures('us-federal', 3000))).toMatch(/^year-out-of-range/);
  });
  it('malformed event date', () => {
    expect(codeOf(() => computeDeadlines({ ...base, events: [{ kind: 'fee-notice', date: '2025-06-31' }] }))).toMatch(/^invalid-date: date of event 1 \(fee-notice\) '2025-06-31'/);
  });
  it('unknown event kind', () => {
    expect(codeOf(() => computeDeadlines({ ...base, events: [{ kind: 'denied' as never, date: '2025-06-20' }] }))).toMatch(/^invalid-event: event 1: unknown kind 'denied'/);
  });
  it('event before receipt', () => {
    expect(codeOf(() => computeDeadlines({ ...base, events: [{ kind: 'fee-notice', date: '2025-06-12' }] }))).toMatch(/^event-before-receipt: event 1 \(fee-notice on 2025-06-12\) is before the request was received \(2025-06-13\)/);
  });
  it('events out of order', () => {
    const events = [{ kind: 'fee-notice', date: '2025-06-20' }, { kind: 'fee-resolved', date: '2025-06-19' }] as DeadlineInput['events'];
    expect(codeOf(() => computeDeadlines({ ...base, events }))).toMatch(/^events-out-of-order: event 2 \(fee-resolved on 2025-06-19\) is dated before event 1/);
  });
  it('answer without question', () => {
    expect(codeOf(() => computeDeadlines({ ...base, events: [{ kind: 'clarification-answered', date: '2025-06-20' }] }))).toMatch(/^invalid-event: .*no earlier open clarification-requested/);
  });
  it('unknown calendar', () => {
    expect(codeOf(() => calendarClosures('nowhere', 2025))).toMatch(/^unknown-calendar/);
  });
  it('bad extra closures', () => {
    expect(codeOf(() => computeDeadlines({ ...base, options: { extraClosures: [{ date: '2025-02-30', name: 'x' }] } }))).toMatch(/^invalid-date/);
  });
  it('events that are not a list', () => {
    expect(codeOf(() => computeDeadlines({ ...base, events: 'fee-notice' as never }))).toMatch(/^invalid-event/);
  });
});
