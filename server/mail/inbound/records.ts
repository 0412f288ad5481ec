// Handing attachments to the records pipeline (issue "Records", server/ingest/README.md). The
// pipeline is optional at run time: until its command exists, attachments stay stored as blobs
// with their metadata (message_attachments) and can be handed over later.
import type { Executor } from '../../db/database';

interface SubmitDocument {
  (trx: Executor, input: { requestId: string | null; messageId?: string; blob: { sha256: string; size: number }; filename: string; mediaType: string }): Promise<{ documentId: string }>;
}
interface AttachToRequest {
  (trx: Executor, input: { messageId: string; requestId: string }): Promise<unknown>;
}

// A variable specifier keeps the type checker from requiring the module before it is written.
const SUBMIT = '../../features/records/commands/submitDocument';
const ATTACH = '../../features/records/commands/attachMessageDocumentsToRequest';

async function load<T>(specifier: string, name: string): Promise<T | null> {
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
    return (mod[name] as T) ?? null;
  } catch {
    return null;
  }
}

export async function recordsPipeline(): Promise<{ submit: SubmitDocument; attach: AttachToRequest | null } | null> {
  const submit = await load<SubmitDocument>(SUBMIT, 'submitDocument');
  if (!submit) return null;
  const attach = (await load<AttachToRequest>(ATTACH, 'attachMessageDocumentsToRequest')) ?? (await load<AttachToRequest>(SUBMIT, 'attachMessageDocumentsToRequest'));
  return { submit, attach };
}
