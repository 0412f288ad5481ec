// The jobs API's shapes (OpenAPI comes from these).
import { z } from 'zod';
import { WATCHED_KINDS } from './kinds';

export const jobIdParams = z.object({ id: z.string().min(1).max(64) });

export const jobListQuery = z.object({
  kind: z.enum(WATCHED_KINDS).optional().describe('only jobs of this kind'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}).strict();

const itemError = z.object({ item: z.string(), message: z.string() });

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string().describe(`${WATCHED_KINDS.join(', ')}`),
  status: z.enum(['queued', 'running', 'done', 'skipped', 'failed']).describe('running until every item is done; a job that fanned out work (re-ingest) runs until its children are done'),
  created_at: z.string(),
  updated_at: z.string(),
  created_by: z.string().nullable(),
  attempts: z.number().int(),
  progress: z.object({
    done: z.number().int(),
    total: z.number().int().nullable().describe('null while not yet known'),
    phase: z.string().describe('import: loading, checking, writing; re-ingest: selecting, queueing, reading; export: selecting, packing, storing'),
    message: z.string().nullable(),
  }).nullable(),
  errors: z.array(itemError).describe('items that could not be done (first 50)'),
  error_count: z.number().int(),
  outcomes: z.record(z.string(), z.number().int()).nullable().describe('finished children by outcome (e.g. ready, failed)'),
  error: z.string().nullable().describe('why the job failed, or why the last attempt failed when it will be tried again'),
  result: z.record(z.string(), z.unknown()).nullable(),
  download: z.object({
    url: z.string(), filename: z.string(), size: z.number().int(), content_type: z.string(), expires_at: z.string(), restricted: z.boolean(),
  }).nullable(),
});

export const jobListSchema = z.object({ items: z.array(jobSchema) });

/** 202 answer of every route that starts long work. */
export const jobStartedSchema = z.object({ job: jobSchema, location: z.string() });
