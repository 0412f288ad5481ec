// Raw messages uploaded through the API or the CLI: accepted like SMTP mail (raw stored first,
// row and job committed together), then processed at once so the caller sees the result. The
// queued job finds the message processed and skips.
import type { AppContext } from '../../context';
import type { MessageSource } from '../../features/correspondence/tables';
import { acceptRawMessage } from './accept';
import { processMessage } from './processMessage';

export async function receiveUpload(
  ctx: AppContext,
  raw: Buffer,
  opts: { source: MessageSource; organisationId: string | null; requestId?: string | null },
): Promise<{ id: string; duplicate: boolean }> {
  const accepted = await acceptRawMessage(ctx, raw, { source: opts.source, organisationId: opts.organisationId });
  if (!accepted.duplicate) await processMessage(ctx, accepted.id, { forceRequestId: opts.requestId ?? null });
  return accepted;
}
