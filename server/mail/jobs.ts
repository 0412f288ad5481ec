// Mail job definitions (handlers live beside the code that does the work, registered in
// server/jobs/handlers.ts). Definitions only, so commands can enqueue without importing handlers.
import { z } from 'zod';
import { defineJob } from '../jobs/define';

/**
 * Parse, understand and match one accepted message (replayable from its raw bytes), or with `more`
 * the other messages accepted in the same group commit too (processed together, decision 0606).
 */
export const processMessageJob = defineJob({
  name: 'mail.process',
  schema: z.object({ messageRowId: z.string().min(1), more: z.array(z.string().min(1)).max(256).optional() }),
  retry: { attempts: 5, backoffMs: 2_000 },
});

/** Deliver one outbox row over SMTP. Retries back off from 30 s to 1 h, 10 attempts. */
export const deliverOutboxJob = defineJob({
  name: 'mail.deliver',
  schema: z.object({ outboxId: z.string().min(1) }),
  retry: { attempts: 10, backoffMs: 30_000, maxBackoffMs: 3_600_000 },
  lockMs: 5 * 60_000,
});

/** Draft (or send) the follow-up for one request at one step of the schedule. */
export const followUpJob = defineJob({
  name: 'mail.follow-up',
  schema: z.object({ requestId: z.string().min(1), step: z.number().int().min(1) }),
  retry: { attempts: 3, backoffMs: 60_000 },
});
