// zod schemas of the agency API: what PATCH accepts and what GET returns.
import { z } from 'zod';

const person = z.object({ name: z.string().trim().max(300).nullable(), phones: z.array(z.string().trim().min(1).max(60)).max(20) }).strict();
const address = z
  .object({
    lines: z.array(z.string().trim().min(1).max(300)).max(10),
    street: z.string().trim().max(300).nullable(),
    city: z.string().trim().max(200).nullable(),
    region: z.string().trim().max(200).nullable(),
    postal_code: z.string().trim().max(40).nullable(),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code in capitals, e.g. MX').nullable(),
  })
  .strict();

export const contactsSchema = z
  .object({
    office: z.string().trim().max(300).nullable(),
    emails: z.array(z.string().trim().max(320)).max(20),
    phones: z.array(z.string().trim().min(1).max(60)).max(20),
    fax: z.string().trim().max(60).nullable(),
    address: address.nullable(),
    website: z.string().trim().max(2000).nullable(),
    request_form: z.string().trim().max(2000).nullable(),
    foia_officer: person.nullable(),
    public_liaison: person.nullable(),
    service_center: person.nullable(),
    other_contacts: z.array(person.extend({ role: z.string().trim().min(1).max(300) })).max(50),
    reading_rooms: z.array(z.object({ title: z.string().trim().min(1).max(300), url: z.string().trim().max(2000) }).strict()).max(50),
    notes: z.string().max(5000).nullable(),
  })
  .strict();

/** PATCH /api/v1/agencies/:id: only the fields sent change; each becomes an edited field. */
export const agencyPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(300).optional(),
    abbreviation: z.string().trim().min(1).max(40).nullable().optional(),
    parent_id: z.string().trim().min(1).max(80).nullable().optional(),
    description: z.string().max(5000).nullable().optional(),
    contacts: contactsSchema.partial().optional(),
  })
  .strict();
export type AgencyPatch = z.infer<typeof agencyPatchSchema>;

const agencySummary = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  jurisdiction: z.string(),
  parent_id: z.string().nullable(),
  example: z.boolean(),
  source: z.string(),
  source_date: z.string(),
});

export const agencyListSchema = z.object({ items: z.array(agencySummary), next_cursor: z.string().nullable() });

export const agencyDetailSchema = agencySummary.extend({
  description: z.string().nullable(),
  contacts: contactsSchema,
  request_time_stats: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]))).nullable(),
  edited_fields: z.array(z.string()),
  updated_at: z.string(),
  parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  components: z.array(agencySummary),
});

export const agencyListQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    jurisdiction: z.string().trim().max(40).optional(),
    parent: z.string().trim().max(80).optional(),
    top_level: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(400).optional(),
  })
  .strict();

const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const importReportSchema = z.object({
  source: z.string(),
  dry_run: z.boolean(),
  written: z.boolean(),
  counts: z.object({ added: z.number(), changed: z.number(), unchanged: z.number(), rejected: z.number(), kept_edits: z.number() }),
  added: z.array(z.object({ line: z.number().nullable(), where: z.string(), id: z.string(), name: z.string() })),
  changed: z.array(z.object({ line: z.number().nullable(), where: z.string(), id: z.string(), name: z.string(), changes: z.array(fieldChange) })),
  unchanged: z.array(z.string()),
  kept_edits: z.array(z.object({ id: z.string(), name: z.string(), fields: z.array(fieldChange) })),
  rejected: z.array(z.object({ line: z.number().nullable(), where: z.string(), id: z.string().nullable(), reason: z.string() })),
});
