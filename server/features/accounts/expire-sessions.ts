// Expired sessions are already refused at sign-in time (findSession checks expires_at); this sweep
// only removes their rows so the table does not grow without end.
import { defineSweep } from '../../jobs/define';
import { deleteExpiredSessions } from './repository';

export const expireSessionsSweep = defineSweep({
  name: 'accounts.expire-sessions',
  everyMs: 60 * 60_000,
  run: async (ctx) => deleteExpiredSessions(ctx.db, ctx.clock.now().toISOString()),
});
