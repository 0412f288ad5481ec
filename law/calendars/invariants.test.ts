// Properties every calendar keeps, whatever its source: sorted weekdays of the asked year, each once.
import { describe, expect, it } from 'vitest';
import { listCalendars } from './index';

describe('every calendar', () => {
  it('lists only weekdays of the asked year, sorted, each once, with a name and kind (2019-2031)', () => {
    for (const cal of listCalendars()) {
      for (let y = 2019; y <= 2031; y++) {
        const days = cal.closures(y);
        const ds = days.map((d) => d.date);
        expect([...new Set(ds)].sort(), `${cal.id} ${y}`).toEqual(ds);
        for (const d of days) {
          expect(d.date.slice(0, 4), `${cal.id} ${d.date}`).toBe(String(y));
          const w = new Date(`${d.date}T00:00:00Z`).getUTCDay();
          expect(w !== 0 && w !== 6, `${cal.id} lists weekend ${d.date}`).toBe(true);
          expect(d.name.length).toBeGreaterThan(0);
          expect(['holiday', 'executive-closure']).toContain(d.kind);
        }
      }
    }
  });

  it('has between 5 and 20 closure days a year (catches a broken rule or library change)', () => {
    for (const cal of listCalendars()) {
      const n = cal.closures(2025).length;
      expect(n, cal.id).toBeGreaterThanOrEqual(5);
      expect(n, cal.id).toBeLessThanOrEqual(20);
    }
  });

  it('says what it is based on', () => {
    for (const cal of listCalendars()) expect(cal.source.length, cal.id).toBeGreaterThan(20);
  });
});
