// Working-day calendars: which weekdays offices are closed, per jurisdiction. Pure data + rules;
// the engine (law/engine) builds its day index from closures(year). See README.md in this folder.
import type { CalendarDefinition } from './definition';
import { usFederalCalendar } from './us-federal';
import { US_STATE_CALENDARS } from './us-states';
import { INTERNATIONAL_CALENDARS } from './international';

export type { CalendarDefinition, CalendarClosure } from './definition';
export { MIN_YEAR, MAX_YEAR } from './definition';
export { FEDERAL_EXECUTIVE_CLOSURES } from './us-federal';
export { parseClosuresCsv, parseClosuresICal } from './import';

const ALL: CalendarDefinition[] = [usFederalCalendar, ...US_STATE_CALENDARS, ...INTERNATIONAL_CALENDARS];
const byId = new Map<string, CalendarDefinition>();
for (const c of ALL) {
  if (byId.has(c.id)) throw new Error(`law/calendars lists calendar '${c.id}' twice`);
  byId.set(c.id, c);
}

export function getCalendar(id: string): CalendarDefinition | undefined {
  return byId.get(id);
}

export function listCalendars(): CalendarDefinition[] {
  return [...ALL];
}
