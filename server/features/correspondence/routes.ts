// Correspondence over HTTP (CONTRACTS.md: GET/POST /api/v1/messages). Thin: validate ->
// authorize -> one command -> present.
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/app';
import { inTransaction } from '../../db/transaction';
import { errors } from '../../errors';
import { todayIso } from '../../ids';
import { actorOrganisationId } from '../accounts/actor';
import { authorize, can } from '../accounts/authorize';
import { loadRequestForActor, viewerOf } from '../requests/access';
import { mailBlobs } from '../../mail/blobs';
import { receiveUpload } from '../../mail/inbound/receiveUpload';
import { replayMessage } from '../../mail/inbound/replay';
import { actorLabel, type Actor } from '../accounts/actor';
import { assignMessage } from './commands/assign-message';
import { acceptSuggestion, dismissSuggestion } from './commands/decide-suggestion';
import { draftLetter } from './commands/draft-letter';
import { markMessageRead, readerOrganisation } from './commands/mark-read';
import { listMailbox, listOpenSuggestions, readMarksOf } from './inbox-repository';
import { mayManageMessage, mayReadMessage, mayReadUnowned } from './commands/message-access';
import { releaseDraft } from './commands/release-outbox';
import { saveCorrespondenceSettings } from './commands/save-settings';
import { sendRequest, type MailDeps } from './commands/send-request';
import { findOutbox, listOutbox } from './outbox-repository';
import { presentMailbox, presentMessageDetail, presentMessages, presentOpenSuggestion, presentOutbox, presentReadState, presentSuggestion } from './presenter';
import { findMessage, findSuggestion, listMessages, messageRawInRow, settingsOf } from './repository';
import { acceptBody, assignBody, idParams, letterBody, letterPdfQuery, messageListQuery, outboxQuery, releaseBody, sendBody, settingsBody, suggestionListQuery, uploadQuery } from './schema';

const RAW_TYPES = ['message/rfc822', 'application/octet-stream', 'text/plain'];

export function routes(app: ZodApp, ctx: AppContext): void {
  const today = () => todayIso('UTC', ctx.clock.now());
  const deps = (): MailDeps => ({ secret: ctx.env.secret, mailDomain: ctx.env.mailDomain, smtpUrl: ctx.env.smtpUrl, blobs: mailBlobs(ctx) });

  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: ctx.env.limits.messageBytes }, (_req, body, done) => done(null, body));

  /** The reader's organisation when they keep read marks (members), else null (read state unknown). */
  const readerOrg = (actor: Actor) => {
    const org = actorOrganisationId(actor);
    return org && can(actor, 'organisation:read', { type: 'organisation', organisation_id: org }) ? org : null;
  };
  const withReadState = async <T extends { id: string }>(actor: Actor, items: T[]) => {
    const org = readerOrg(actor);
    const marks = org ? await readMarksOf(ctx.db, org, items.map((m) => m.id)) : [];
    return items.map((m) => ({ ...m, ...presentReadState(marks.find((r) => r.message_id === m.id), !!org) }));
  };

  app.get('/api/v1/messages', {
    schema: {
      tags: ['mail'], querystring: messageListQuery,
      summary: "A request's messages (?request=), the holding pen (?unmatched=true), or all mail of your organisation (no filter; ?unread=, ?kind=), newest first",
    },
  }, async (req) => {
    const q = req.query;
    if (q.request) {
      await loadRequestForActor(ctx.db, req.actor, q.request, 'read');
      const rows = await listMessages(ctx.db, { requestId: q.request, before: q.cursor, limit: q.limit });
      return { items: await withReadState(req.actor, await presentMessages(ctx.db, rows)), next_cursor: rows.length === q.limit ? rows[rows.length - 1].id : null };
    }
    if (q.unmatched === 'true') {
      if (req.actor.kind === 'anonymous') throw errors.unauthenticated();
      const org = actorOrganisationId(req.actor);
      if (org) authorize(req.actor, 'organisation:read', { type: 'organisation', organisation_id: org });
      const rows = await listMessages(ctx.db, { unmatched: { organisationId: org, includeUnowned: mayReadUnowned(req.actor) }, before: q.cursor, limit: q.limit });
      return { items: await withReadState(req.actor, await presentMessages(ctx.db, rows)), next_cursor: rows.length === q.limit ? rows[rows.length - 1].id : null };
    }
    // All mail: the organisation's mailbox (matched mail of requests the reader may see there, and its holding pen).
    const org = readerOrganisation(req.actor);
    const rows = await listMailbox(ctx.db, {
      viewer: viewerOf(req.actor), organisationId: org, includeUnowned: mayReadUnowned(req.actor),
      unread: q.unread === undefined ? undefined : q.unread === 'true', kind: q.kind, before: q.cursor, limit: q.limit,
    });
    return { items: await presentMailbox(ctx.db, rows), next_cursor: rows.length === q.limit ? rows[rows.length - 1].id : null };
  });

  for (const read of [true, false]) {
    app.post(`/api/v1/messages/:id/${read ? 'read' : 'unread'}`, {
      schema: { tags: ['mail'], summary: read ? 'Mark a message read for your organisation' : 'Mark a message unread again for your organisation', params: idParams },
    }, async (req) => {
      const r = await inTransaction(ctx.db, (trx) => markMessageRead(trx, req.actor, req.params.id, read));
      return { id: r.message.id, ...presentReadState(r.mark, true), changed: r.changed };
    });
  }

  app.get('/api/v1/suggested-events', {
    schema: { tags: ['mail'], summary: "Suggested events waiting for a decision on your organisation's requests you may see, newest first", querystring: suggestionListQuery },
  }, async (req) => {
    const org = readerOrganisation(req.actor);
    const rows = await listOpenSuggestions(ctx.db, { viewer: viewerOf(req.actor), organisationId: org, before: req.query.cursor, limit: req.query.limit });
    const canDecide = can(req.actor, 'request:create', { type: 'organisation', organisation_id: org });
    return { items: rows.map((r) => presentOpenSuggestion(r, canDecide)), next_cursor: rows.length === req.query.limit ? rows[rows.length - 1].id : null };
  });

  app.post('/api/v1/messages', {
    schema: {
      tags: ['mail'], summary: 'Ingest a raw RFC 822 message (body: the .eml bytes; Content-Type message/rfc822)',
      querystring: uploadQuery,
    },
  }, async (req, reply) => {
    if (req.actor.kind === 'anonymous') throw errors.unauthenticated();
    const raw = req.body;
    if (!Buffer.isBuffer(raw) || raw.length === 0) {
      throw errors.badRequest('empty-message', `Send the raw message as the body with Content-Type ${RAW_TYPES[0]}.`);
    }
    const org = req.query.request ? (await loadRequestForActor(ctx.db, req.actor, req.query.request, 'write')).organisation_id : actorOrganisationId(req.actor);
    if (!org) throw errors.badRequest('no-organisation', 'Choose the organisation the message belongs to.');
    authorize(req.actor, 'request:create', { type: 'organisation', organisation_id: org });
    const { id, duplicate } = await receiveUpload(ctx, raw, { source: 'upload', organisationId: org, requestId: req.query.request ?? null });
    const row = (await findMessage(ctx.db, id))!;
    return reply.code(duplicate ? 200 : 201).header('location', `/api/v1/messages/${id}`).send({ ...(await presentMessageDetail(ctx.db, row)), duplicate });
  });

  app.get('/api/v1/messages/:id', {
    schema: { tags: ['mail'], summary: 'One message: text, sanitised HTML, what could not be read, extracted facts', params: idParams },
  }, async (req) => {
    const m = await findMessage(ctx.db, req.params.id);
    if (!m) throw errors.notFound('Message', req.params.id);
    await mayReadMessage(ctx.db, req.actor, m);
    return presentMessageDetail(ctx.db, m);
  });

  app.get('/api/v1/messages/:id/raw', {
    schema: { tags: ['mail'], summary: 'The raw message as received (for replay or forensics)', params: idParams },
  }, async (req, reply) => {
    const m = await findMessage(ctx.db, req.params.id);
    if (!m) throw errors.notFound('Message', req.params.id);
    await mayReadMessage(ctx.db, req.actor, m);
    const raw = (await messageRawInRow(ctx.db, m.id)) ?? (await mailBlobs(ctx).get(m.raw_sha256));
    return reply.type('message/rfc822').header('content-disposition', `attachment; filename="${m.id}.eml"`).send(raw);
  });

  app.post('/api/v1/messages/:id/assign', {
    schema: { tags: ['mail'], summary: 'Assign a message from the holding pen to a request', params: idParams, body: assignBody },
  }, async (req) => {
    const m = await inTransaction(ctx.db, (trx) => assignMessage(trx, req.actor, req.params.id, req.body.request_id));
    return presentMessageDetail(ctx.db, m);
  });

  app.post('/api/v1/messages/:id/replay', {
    schema: { tags: ['mail'], summary: 'Read a stored message again from its raw form; an unmatched one is matched again', params: idParams },
  }, async (req) => {
    const m = await findMessage(ctx.db, req.params.id);
    if (!m) throw errors.notFound('Message', req.params.id);
    await mayManageMessage(ctx.db, req.actor, m);
    const result = await replayMessage(ctx, m.id, actorLabel(req.actor));
    return { ...result, message: await presentMessageDetail(ctx.db, (await findMessage(ctx.db, m.id))!) };
  });

  app.post('/api/v1/suggestions/:id/accept', {
    schema: { tags: ['mail'], summary: 'Confirm a suggested event: it is added to the timeline', params: idParams, body: acceptBody },
  }, async (req) => {
    await inTransaction(ctx.db, (trx) => acceptSuggestion(trx, req.actor, req.params.id, req.body, today()));
    return presentSuggestion((await findSuggestion(ctx.db, req.params.id))!);
  });

  app.post('/api/v1/suggestions/:id/dismiss', {
    schema: { tags: ['mail'], summary: 'Dismiss a suggested event', params: idParams },
  }, async (req) => {
    await inTransaction(ctx.db, (trx) => dismissSuggestion(trx, req.actor, req.params.id));
    return presentSuggestion((await findSuggestion(ctx.db, req.params.id))!);
  });

  app.post('/api/v1/requests/:id/send', {
    schema: { tags: ['mail'], summary: 'Send (file) the request by e-mail, to its agency and optionally more agencies', params: idParams, body: sendBody },
  }, async (req, reply) => {
    const sent = await inTransaction(ctx.db, (trx) => sendRequest(trx, deps(), req.actor, { requestId: req.params.id, alsoTo: req.body.also_to, language: req.body.language, to: req.body.to }, today()));
    return reply.code(201).send({ items: sent.map((s) => ({ request_id: s.requestId, outbox: presentOutbox(s.outbox), warnings: s.warnings })) });
  });

  app.post('/api/v1/requests/:id/letters', {
    schema: { tags: ['mail'], summary: 'Write a letter from the timeline (follow-up, appeal, intent to sue, thank-you); save=true keeps a draft', params: idParams, body: letterBody },
  }, async (req) => {
    const r = await inTransaction(ctx.db, (trx) => draftLetter(trx, deps(), req.actor, { requestId: req.params.id, ...req.body }, today()));
    return { letter: r.letter, text: r.text, replaced_characters: r.replacedCharacters, outbox: r.outbox ? presentOutbox(r.outbox) : null };
  });

  app.get('/api/v1/requests/:id/letter.pdf', {
    schema: { tags: ['mail'], summary: 'A printable PDF letter (for postal mail, fax or portals)', params: idParams, querystring: letterPdfQuery },
  }, async (req, reply) => {
    const r = await inTransaction(ctx.db, (trx) => draftLetter(trx, deps(), req.actor, { requestId: req.params.id, kind: req.query.kind, language: req.query.language, save: false }, today()));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${req.query.kind}.pdf"`).send(Buffer.from(r.pdf));
  });

  app.get('/api/v1/outbox', {
    schema: { tags: ['mail'], summary: "Outbound mail: drafts, queued, held (no SMTP configured), sent, failed", querystring: outboxQuery },
  }, async (req) => {
    const q = req.query;
    if (q.request) await loadRequestForActor(ctx.db, req.actor, q.request, 'read');
    const org = actorOrganisationId(req.actor);
    if (!q.request) {
      if (!org) throw errors.validation([{ field: 'request', message: 'give ?request=<id> (or act in an organisation)', expected: 'a request id' }]);
      authorize(req.actor, 'organisation:read', { type: 'organisation', organisation_id: org });
    }
    const rows = await listOutbox(ctx.db, { requestId: q.request, organisationId: q.request ? undefined : org!, status: q.status ? [q.status] : undefined, before: q.cursor, limit: q.limit });
    return { items: rows.map(presentOutbox), next_cursor: rows.length === q.limit ? rows[rows.length - 1].id : null };
  });

  app.post('/api/v1/outbox/:id/send', {
    schema: { tags: ['mail'], summary: 'Send a drafted letter', params: idParams, body: releaseBody },
  }, async (req) => presentOutbox(await inTransaction(ctx.db, (trx) => releaseDraft(trx, req.actor, req.params.id, !!ctx.env.smtpUrl, req.body.to))));

  app.get('/api/v1/outbox/:id', {
    schema: { tags: ['mail'], summary: 'One outbound message', params: idParams },
  }, async (req) => {
    const o = await findOutbox(ctx.db, req.params.id);
    if (!o) throw errors.notFound('Outbox message', req.params.id);
    await loadRequestForActor(ctx.db, req.actor, o.request_id, 'read');
    return presentOutbox(o);
  });

  app.get('/api/v1/correspondence/settings', {
    schema: { tags: ['mail'], summary: "The organisation's follow-up schedule" },
  }, async (req) => {
    const org = actorOrganisationId(req.actor);
    if (!org) throw errors.unauthenticated();
    authorize(req.actor, 'organisation:read', { type: 'organisation', organisation_id: org });
    const s = await settingsOf(ctx.db, org);
    return { ...s, follow_up_auto_send: !!s.follow_up_auto_send };
  });

  app.put('/api/v1/correspondence/settings', {
    schema: { tags: ['mail'], summary: 'Set the follow-up schedule (owners)', body: settingsBody },
  }, async (req) => {
    const s = await inTransaction(ctx.db, (trx) => saveCorrespondenceSettings(trx, req.actor, req.body));
    return { ...s, follow_up_auto_send: !!s.follow_up_auto_send };
  });
}
