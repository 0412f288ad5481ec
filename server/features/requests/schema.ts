// Input and output shapes of the requests API (zod: validation and OpenAPI in one place).
import { z } from 'zod';
import { isoDate } from '../../validation';
import { EVENT_KINDS } from './kinds';
import { langParam } from './language';

const tag = z.string().trim().min(1).max(64);
/** A justification in the requester's words; empty or blank means none (null). */
const reason = z.string().trim().max(10_000).nullable().transform((s) => (s ? s : null));
const jsonObject = z.record(z.string(), z.unknown()).refine((o) => JSON.stringify(o).length <= 16_384, 'is larger than 16 KB');

export const eventInput = z.object({
  kind: z.enum(EVENT_KINDS),
  date: isoDate,
  note: z.string().max(20_000).default(''),
  data: jsonObject.default({}),
}).strict();
export type EventInput = z.infer<typeof eventInput>;

export const createRequestInput = z.object({
  title: z.string().trim().min(1).max(500),
  text: z.string().max(100_000).default(''),
  jurisdiction: z.string().trim().min(1).max(64).optional().describe('law engine id (us-federal, us-ny, mx…); defaults to the agency\'s'),
  agency_id: z.string().trim().min(1).max(128).nullable().optional(),
  requester: z.object({ name: z.string().trim().max(300).nullable().optional(), email: z.string().trim().email().max(320).nullable().optional() }).strict().optional(),
  fee_waiver: z.boolean().default(false),
  expedited: z.boolean().default(false),
  fee_waiver_reason: reason.optional().describe('why fees should be waived: quoted in the letter\'s fee-waiver paragraph'),
  expedited_reason: reason.optional().describe('why the request is urgent: quoted in the letter\'s expedited-processing paragraph'),
  tags: z.array(tag).max(50).default([]),
  visibility: z.enum(['private', 'organisation', 'public']).default('organisation'),
  notes: z.string().max(100_000).default(''),
  tracking_number: z.string().trim().min(1).max(200).nullable().optional(),
  filed_on: isoDate.optional().describe('the day the request was sent: records a `filed` event and starts the clock'),
  events: z.array(eventInput).max(500).default([]).describe('further timeline events, e.g. when importing an existing request'),
}).strict();
export type CreateRequestInput = z.infer<typeof createRequestInput>;

export const updateRequestInput = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  text: z.string().max(100_000).optional(),
  requester: z.object({ name: z.string().trim().max(300).nullable().optional(), email: z.string().trim().email().max(320).nullable().optional() }).strict().optional(),
  fee_waiver: z.boolean().optional(),
  expedited: z.boolean().optional(),
  fee_waiver_reason: reason.optional(),
  expedited_reason: reason.optional(),
  tags: z.array(tag).max(50).optional(),
  visibility: z.enum(['private', 'organisation', 'public']).optional(),
  notes: z.string().max(100_000).optional(),
  tracking_number: z.string().trim().min(1).max(200).nullable().optional(),
}).strict().refine((o) => Object.keys(o).length > 0, 'send at least one field to change');
export type UpdateRequestInput = z.infer<typeof updateRequestInput>;

const csv = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(inner));

export const listQuery = z.object({
  status: csv(z.string().min(1).max(40)).optional().describe('comma-separated statuses'),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  agency: z.string().min(1).max(128).optional(),
  jurisdiction: z.string().min(1).max(64).optional(),
  tag: z.string().min(1).max(64).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  scope: z.enum(['organisation', 'visible']).default('organisation').describe("'visible' adds other organisations' public requests"),
  cursor: z.string().regex(/^[0-9a-z]{1,64}$/, 'expected next_cursor from the previous page').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25).describe('page size (default 25)'),
  explain: z.enum(['true', 'false']).transform((v) => v === 'true').default(true).describe('false leaves out the explanation lines of each deadline (smaller pages; the detail always explains)'),
  lang: langParam,
}).strict();

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const deadlineSchema = z.object({
  kind: z.string(), due: z.string().nullable(), citation: z.string(), explanation: z.array(z.string()),
  verified: z.boolean().optional(), basis: z.string().optional(), source: z.string().optional(),
});
