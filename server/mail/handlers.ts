// The mail feature's job handlers and sweeps, registered in server/jobs/handlers.ts (one line).
import type { RegisteredJob, Sweep } from '../jobs/define';
import { processMessageHandler } from './inbound/processMessage';
import { deliverOutboxHandler } from './outbound/deliver';
import { followUpHandler, followUpSweep } from './outbound/followUps';
import { releaseHeldSweep } from './outbound/releaseHeld';
import { recoverReceivedSweep } from './inbound/recoverSweep';

export const mailJobHandlers: RegisteredJob[] = [processMessageHandler, deliverOutboxHandler, followUpHandler];
export const mailSweeps: Sweep[] = [followUpSweep, releaseHeldSweep, recoverReceivedSweep];
