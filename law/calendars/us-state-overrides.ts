// Corrections to date-holidays for the state calendars, by state (the two halves keep files short).
import { STATE_OVERRIDES_A_M } from './us-state-overrides-a-m';
import { STATE_OVERRIDES_N_W } from './us-state-overrides-n-w';
import type { StateOverride } from './us-state-override-helpers';

export { LIBRARY_SOURCE, type StateOverride } from './us-state-override-helpers';

export const STATE_OVERRIDES: Record<string, StateOverride> = { ...STATE_OVERRIDES_A_M, ...STATE_OVERRIDES_N_W };
