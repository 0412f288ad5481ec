// The agency scorecard from our own requests over HTTP. Anyone may ask (anonymous callers see
// public requests only); the figures cover exactly the requests the caller may read.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { errors } from '../../errors';
import { todayIso } from '../../ids';
import { findAgency } from '../agencies/repository';
import { viewerOf } from '../requests/access';
import { computeScorecard } from './compute';
import { COMPLETION_KINDS, RESPONSE_KINDS, scorecardExemptions, scorecardRequests } from './repository';

const params = z.object({ id: z.string().min(1).max(128) });

export function routes(app: ZodApp, ctx: AppContext): void {
  app.get('/api/v1/agencies/:id/scorecard', {
    schema: {
      tags: ['agencies'], params,
      summary: 'How this agency answered our requests you may read: median days to first response and to completion, share overdue, exemptions cited',
    },
  }, async (req) => {
    const agency = await findAgency(ctx.db, req.params.id);
    if (!agency) throw errors.notFound('Agency', req.params.id);
    const today = todayIso('UTC', ctx.clock.now());
    const viewer = viewerOf(req.actor);
    const figures = computeScorecard(await scorecardRequests(ctx.db, agency.id, viewer), today);
    const exemptions = await scorecardExemptions(ctx.db, agency.id, viewer);
    return {
      agency_id: agency.id,
      as_of: today,
      scope: req.actor.kind === 'anonymous' ? 'public requests' : 'public requests and the requests of your organisation you may read',
      ...figures,
      exemptions: exemptions.map((e) => ({ exemption: e.code, count: e.count, documents: e.documents })),
      method: [
        'Requests to this agency (not its components) that were filed.',
        'Days are calendar days from the filing date.',
        `First response: the earliest of ${RESPONSE_KINDS.join(', ')} on the timeline.`,
        `Completion: the earliest ${COMPLETION_KINDS.join(' or ')}.`,
        'Overdue: decided after the response deadline, or undecided with the deadline passed.',
        'Exemptions: markings found on the pages of records received for these requests.',
      ],
    };
  });
}
