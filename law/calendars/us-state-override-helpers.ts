// Shared pieces of the state calendar corrections (us-state-overrides-a-m.ts, us-state-overrides-n-w.ts).
import type { IsoDate } from '../contract';
import { addDays, MON, nthWeekday, THU } from './dates';
import type { LibraryCalendarSpec } from './library';

export const LIBRARY_SOURCE = 'date-holidays 3.37.0 (data/countries/US.yaml), public holidays of the state';

export type StateOverride = Partial<Omit<LibraryCalendarSpec, 'id' | 'country' | 'regions'>>;

/** A commemoration the library files as 'public'; state offices stay open (no statute closes them). */
export const SUSAN_B_ANTHONY = { name: /^Susan B\. Anthony Day/, reason: 'commemorative day; state offices are not closed' };

/** The Friday after the fourth Thursday of November. */
export const dayAfterThanksgiving = (y: number): IsoDate => addDays(nthWeekday(y, 11, THU, 4), 1);
/** The Tuesday after the first Monday of November (general election day). */
export const electionDay = (y: number): IsoDate => addDays(nthWeekday(y, 11, MON, 1), 1);
