import { describe, expect, it } from 'vitest';
import { LawInputError } from '../contract';
import { parseClosuresCsv, parseClosuresICal } from './index';

const ics = (events: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', events, 'END:VCALENDAR', ''].join('\r\n');
const allDay = (uid: string, start: string, end: string | null, summary: string, extra = '') =>
  ['BEGIN:VEVENT', `UID:${uid}`, `DTSTART;VALUE=DATE:${start}`, ...(end ? [`DTEND;VALUE=DATE:${end}`] : []), `SUMMARY:${summary}`, ...(extra ? [extra] : []), 'END:VEVENT'].join('\r\n');

describe('parseClosuresCsv', () => {
  it('reads date,name rows into sorted custom closures, joining names on the same day and dropping weekends', () => {
    const days = parseClosuresCsv('date,name\n2025-04-17,Jueves Santo\n2025-04-16,"Cierre, oficina"\n2025-04-19,Sábado\n2025-04-17,Asueto\n');
    expect(days).toEqual([
      { date: '2025-04-16', name: 'Cierre, oficina', kind: 'custom' },
      { date: '2025-04-17', name: 'Jueves Santo / Asueto', kind: 'custom' },
    ]);
  });

  it('accepts extra columns and a byte-order mark', () => {
    expect(parseClosuresCsv('\uFEFFname,date,note\nX,2025-01-02,y\n')).toEqual([{ date: '2025-01-02', name: 'X', kind: 'custom' }]);
  });

  it('names the line of a bad date, a missing name, a missing header, an unclosed quote', () => {
    const err = (t: string) => { try { parseClosuresCsv(t); } catch (e) { return e as LawInputError; } throw new Error('no error'); };
    expect(err('date,name\n2025-01-02,A\n2025-02-30,B\n')).toMatchObject({ code: 'invalid-calendar-file', message: expect.stringMatching(/line 3.*2025-02-30/) });
    expect(err('date,name\n2025-01-02,\n').message).toMatch(/line 2.*no name/);
    expect(err('when,what\n2025-01-02,A\n').message).toMatch(/header/);
    expect(err('date,name\n"2025-01-02,A\n').message).toMatch(/CSV/);
    expect(err('').message).toMatch(/empty/);
  });
});

describe('parseClosuresICal', () => {
  it('expands multi-day all-day events (DTEND exclusive) and yearly recurrences', () => {
    const days = parseClosuresICal(ics([
      allDay('a', '20250101', '20250103', 'Vacaciones'),
      allDay('b', '20250505', null, 'Aniversario', 'RRULE:FREQ=YEARLY;COUNT=3'),
    ].join('\r\n')));
    expect(days).toEqual([
      { date: '2025-01-01', name: 'Vacaciones', kind: 'custom' },
      { date: '2025-01-02', name: 'Vacaciones', kind: 'custom' },
      { date: '2025-05-05', name: 'Aniversario', kind: 'custom' },
      { date: '2026-05-05', name: 'Aniversario', kind: 'custom' },
      // 2027-05-05 is a Wednesday
      { date: '2027-05-05', name: 'Aniversario', kind: 'custom' },
    ]);
  });

  it('refuses timed events, broken files and runaway recurrences with invalid-calendar-file', () => {
    const timed = ics(['BEGIN:VEVENT', 'UID:t', 'DTSTART:20250101T090000Z', 'SUMMARY:Junta', 'END:VEVENT'].join('\r\n'));
    expect(() => parseClosuresICal(timed)).toThrow(/Junta.*time of day/);
    expect(() => parseClosuresICal('BEGIN:VCALENDAR\nfoo\n')).toThrow(LawInputError);
    expect(() => parseClosuresICal(ics(allDay('d', '20250101', null, 'Diario', 'RRULE:FREQ=DAILY')))).toThrow(/more than/);
    try { parseClosuresICal('not a calendar'); } catch (e) { expect((e as LawInputError).code).toBe('invalid-calendar-file'); }
  });
});
