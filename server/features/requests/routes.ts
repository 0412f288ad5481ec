// Requests over HTTP (CONTRACTS.md). Thin: validate -> authorize -> one command -> present.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { errors } from '../../errors';
import { todayIso } from '../../ids';
import { authorize } from '../accounts/authorize';
import { actorOrganisationId } from '../accounts/actor';
import { addEvent } from './add-event';
import { agenda } from './agenda';
import { createRequest } from './create-request';
import { listRequestsFor } from './list-requests';
import { explanationLanguage, langQuery } from './language';
import { presentEvent } from './presenter';
import { createRequestInput, eventInput, idParams, listQuery, updateRequestInput } from './schema';
import { showRequest } from './show-request';
import { editRequest } from './update-request';
import { loadRequestForActor } from './access';
import { deriveLenient } from './derive';
import { listEvents } from './repository';

export function routes(app: ZodApp, ctx: AppContext): void {
  const today = () => todayIso('UTC', ctx.clock.now());

  app.get('/api/v1/requests', {
    schema: {
      tags: ['requests'], summary: 'Requests you may see, newest first',
      description: "Members see their organisation's requests (scope=visible adds other organisations' public ones); anonymous callers see public requests.",
      querystring: listQuery,
    },
  }, async (req, reply) => {
    const scope = req.actor.kind === 'anonymous' ? 'visible' : req.query.scope;
    const { lang: _lang, ...query } = req.query;
    const language = explanationLanguage(req, reply);
    return reply.type('application/json; charset=utf-8').send(await listRequestsFor(ctx.db, req.actor, { ...query, scope, today: today(), language }));
  });

  app.post('/api/v1/requests', {
    schema: { tags: ['requests'], summary: 'Create a request (filed_on starts the clock)', body: createRequestInput, querystring: langQuery },
  }, async (req, reply) => {
    if (req.actor.kind === 'anonymous') throw errors.unauthenticated();
    const language = explanationLanguage(req, reply);
    const row = await inTransaction(ctx.db, (trx) => createRequest(trx, req.actor, req.body, today()));
    const detail = await showRequest(ctx, req.actor, row.id, today(), { language, steps: true });
    return reply.code(201).header('location', `/api/v1/requests/${row.id}`).send(detail);
  });

  app.get('/api/v1/requests/:id', {
    schema: { tags: ['requests'], summary: 'One request with its timeline, deadlines (with their counted days as `steps`), communications and documents', params: idParams, querystring: langQuery },
  }, async (req, reply) => showRequest(ctx, req.actor, req.params.id, today(), { language: explanationLanguage(req, reply), steps: true }));

  app.patch('/api/v1/requests/:id', {
    schema: { tags: ['requests'], summary: "Change a request's descriptive fields", params: idParams, body: updateRequestInput, querystring: langQuery },
  }, async (req, reply) => {
    const language = explanationLanguage(req, reply);
    await inTransaction(ctx.db, (trx) => editRequest(trx, req.actor, req.params.id, req.body));
    return showRequest(ctx, req.actor, req.params.id, today(), { language, steps: true });
  });

  app.get('/api/v1/requests/:id/events', {
    schema: { tags: ['requests'], summary: "The request's timeline, in date order", params: idParams },
  }, async (req) => {
    await loadRequestForActor(ctx.db, req.actor, req.params.id, 'read');
    return { items: (await listEvents(ctx.db, req.params.id)).map(presentEvent) };
  });

  app.post('/api/v1/requests/:id/events', {
    schema: { tags: ['requests'], summary: 'Append an event to the timeline (never edited or removed)', params: idParams, body: eventInput, querystring: langQuery },
  }, async (req, reply) => {
    const language = explanationLanguage(req, reply);
    const { event, derived } = await inTransaction(ctx.db, (trx) => addEvent(trx, req.actor, req.params.id, req.body, today()));
    // The stored (English) reading decided the event; the answer is worded in the caller's language.
    const shown = language === 'en' ? derived : deriveLenient(
      await loadRequestForActor(ctx.db, req.actor, req.params.id, 'read'),
      (await listEvents(ctx.db, req.params.id)).map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today(), true, { language },
    );
    return reply.code(201).send({ event: presentEvent(event), status: shown.status, deadlines: shown.set?.deadlines ?? [] });
  });

  app.get('/api/v1/requests/:id/deadlines', {
    schema: { tags: ['requests'], summary: 'The deadline set derived from the timeline today, each deadline explained, with its counted days as `steps`', params: idParams, querystring: langQuery },
  }, async (req, reply) => {
    const language = explanationLanguage(req, reply);
    const row = await loadRequestForActor(ctx.db, req.actor, req.params.id, 'read');
    const events = await listEvents(ctx.db, row.id);
    const d = deriveLenient(row, events.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today(), true, { language, steps: true });
    return {
      jurisdiction: row.jurisdiction, agency: row.agency_id, received: d.received, status: d.status, overdue_working_days: d.overdue_working_days,
      deadlines: d.set?.deadlines ?? [], warnings: d.set?.warnings ?? [], engine_version: d.columns.derived_engine_version,
      ...(d.error ? { engine_error: d.error } : {}),
    };
  });

  app.get('/api/v1/dashboard', {
    schema: {
      tags: ['requests'], summary: 'What needs attention in the current organisation',
      querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(7), limit: z.coerce.number().int().min(1).max(200).default(20) }).strict(),
    },
  }, async (req) => {
    const orgId = actorOrganisationId(req.actor);
    if (req.actor.kind === 'anonymous') throw errors.unauthenticated();
    if (!orgId) throw errors.forbidden('Choose an organisation first.');
    authorize(req.actor, 'organisation:read', { type: 'organisation', organisation_id: orgId });
    return agenda(ctx.db, req.actor, { today: today(), days: req.query.days, limit: req.query.limit, organisationId: orgId });
  });
}
