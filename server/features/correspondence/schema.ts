// Input shapes of the correspondence API (zod: validation and OpenAPI in one place).
import { z } from 'zod';
import { isoDate } from '../../validation';
import { EVENT_KINDS } from '../requests/kinds';

export const messageListQuery = z.object({
  request: z.string().min(1).max(64).optional().describe("a request's messages"),
  unmatched: z.enum(['true', 'false']).optional().describe('true: the holding pen (messages not matched to a request)'),
  unread: z.enum(['true', 'false']).optional().describe("without request/unmatched: only mail your organisation has (not) read"),
  kind: z.enum(['reply', 'bounce', 'auto-reply']).optional().describe('without request/unmatched: only this kind of mail'),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const uploadQuery = z.object({
  request: z.string().min(1).max(64).optional().describe('file the message under this request instead of matching it'),
});

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const assignBody = z.object({ request_id: z.string().min(1).max(64) }).strict();

export const acceptBody = z.object({
  date: isoDate.optional(),
  note: z.string().max(20_000).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
}).strict();

export const sendBody = z.object({
  also_to: z.array(z.string().min(1).max(128)).max(100).default([]).describe('more agencies: one new request per agency, same text'),
  language: z.enum(['en', 'es']).optional(),
  to: z.array(z.string().email()).max(20).optional().describe('recipients instead of the agency directory address'),
}).strict();

export const letterBody = z.object({
  kind: z.enum(['initial-request', 'follow-up', 'appeal', 'intent-to-sue', 'thank-you']),
  language: z.enum(['en', 'es']).optional(),
  save: z.boolean().default(false).describe('keep it as an outbox draft (with its PDF)'),
}).strict();

export const letterPdfQuery = z.object({
  kind: z.enum(['initial-request', 'follow-up', 'appeal', 'intent-to-sue', 'thank-you']),
  language: z.enum(['en', 'es']).optional(),
});

export const outboxQuery = z.object({
  request: z.string().min(1).max(64).optional(),
  status: z.enum(['draft', 'queued', 'sending', 'sent', 'failed', 'held']).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const releaseBody = z.object({ to: z.array(z.string().email()).max(20).optional() }).strict();

export const settingsBody = z.object({
  follow_up_first_days: z.number().int().min(0).max(365),
  follow_up_every_days: z.number().int().min(1).max(365),
  follow_up_max: z.number().int().min(0).max(24),
  follow_up_auto_send: z.boolean(),
}).strict();

export const suggestionListQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
