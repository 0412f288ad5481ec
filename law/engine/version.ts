/** Bumped whenever a rule, a calendar or the counting changes, so cached deadline sets are recomputed. */
export const ENGINE_VERSION = '2026.11.28-1';
