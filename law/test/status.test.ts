// requestStatus: the derived status on a given day.
import { describe, expect, it } from 'vitest';
import { requestStatus, type LegalEvent } from '../index';
import { ev, federal } from './helpers';

const R = '2025-06-13'; // response due Tue 2025-07-15
const status = (events: LegalEvent[], today: string, agency: string | null = null) => requestStatus(federal(R, events, { agency }), events, today);

describe('requestStatus', () => {
  it('awaiting-response until the deadline, then may-sue with overdue working days', () => {
    expect(status([], '2025-07-15')).toEqual({ status: 'awaiting-response', overdueWorkingDays: 0, current: { kind: 'response', due: '2025-07-15' } });
    // Wed 16, Thu 17, Fri 18, Mon 21 July = 4 working days late.
    expect(status([], '2025-07-21')).toMatchObject({ status: 'may-sue', overdueWorkingDays: 4 });
  });

  it('clock-stopped while a clarification is open', () => {
    expect(status([ev('clarification-requested', '2025-06-20')], '2025-08-01').status).toBe('clock-stopped');
  });

  it('appeal window, appeal, appeal overdue, closed, litigation', () => {
    const adverse = [ev('adverse-determination', '2025-07-10')];
    expect(status(adverse, '2025-07-11', 'doj').status).toBe('appeal-window-open');
    expect(status(adverse, '2025-12-01', 'doj').status).toBe('closed');
    const appealed = [...adverse, ev('appeal-received', '2025-09-02')];
    expect(status(appealed, '2025-09-30', 'doj').status).toBe('in-appeal');
    expect(status(appealed, '2025-10-02', 'doj')).toMatchObject({ status: 'appeal-overdue', overdueWorkingDays: 2 });
    expect(status([...appealed, ev('appeal-decided', '2025-10-03')], '2025-10-03', 'doj').status).toBe('closed');
    expect(status([...appealed, ev('suit-filed', '2025-10-06')], '2025-10-06', 'doj').status).toBe('in-litigation');
  });

  it('events after today are not yet counted', () => {
    expect(status([ev('determination', '2025-07-01')], '2025-06-30').status).toBe('awaiting-response');
    expect(status([ev('determination', '2025-07-01')], '2025-07-01').status).toBe('closed');
  });
});
