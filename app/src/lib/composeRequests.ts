// Filing one text to several agencies makes one request per agency. Each is first saved as a draft
// (POST /requests, no filed_on), so its letter can be previewed exactly as the server will send it;
// sending then files each draft by e-mail (POST /requests/:id/send). They are handled one after
// another so a failure names its agency, the others are kept, and progress can be shown.
import type { Agency } from '../api/types';

export interface ComposeInput {
  title: string;
  text: string;
  jurisdiction: string;
  fee_waiver: boolean;
  fee_waiver_reason?: string;
  expedited: boolean;
  expedited_reason?: string;
}

export interface Draft { agency: Agency; id?: string; error?: string; sent?: { status: string; warnings: string[] } }

/** The fields a draft carries; a justification is sent only with its request (else null, none). */
export function draftFields(input: ComposeInput) {
  const reason = (asked: boolean, text?: string) => (asked && text?.trim() ? text.trim() : null);
  return {
    title: input.title, text: input.text, fee_waiver: input.fee_waiver, expedited: input.expedited,
    fee_waiver_reason: reason(input.fee_waiver, input.fee_waiver_reason), expedited_reason: reason(input.expedited, input.expedited_reason),
  };
}

export function createBody(input: ComposeInput, agency: Agency) {
  return { ...draftFields(input), jurisdiction: agency.jurisdiction || input.jurisdiction, agency_id: agency.id };
}

export interface DraftApi {
  create: (body: ReturnType<typeof createBody>) => Promise<{ id: string }>;
  update: (id: string, body: ReturnType<typeof draftFields>) => Promise<unknown>;
  send: (id: string) => Promise<{ items: { request_id: string; outbox: { status: string }; warnings: string[] }[] }>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Makes sure every chosen agency has a draft holding the current text: creates the missing ones
 * and updates the others when the text changed since (`changed`). Returns the drafts in agency order.
 */
export async function ensureDrafts(
  input: ComposeInput, agencies: Agency[], existing: Draft[], changed: boolean, api: DraftApi, onProgress: (done: number) => void,
): Promise<Draft[]> {
  const out: Draft[] = [];
  for (const agency of agencies) {
    const prior = existing.find((d) => d.agency.id === agency.id && d.id);
    try {
      if (prior?.id) {
        if (changed) await api.update(prior.id, draftFields(input));
        out.push({ agency, id: prior.id });
      } else {
        out.push({ agency, id: (await api.create(createBody(input, agency))).id });
      }
    } catch (e) {
      out.push({ agency, id: prior?.id, error: message(e) });
    }
    onProgress(out.length);
  }
  return out;
}

export async function sendDrafts(drafts: Draft[], api: DraftApi, onProgress: (done: number) => void): Promise<Draft[]> {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!d.id || d.error) {
      out.push(d);
    } else {
      try {
        const r = await api.send(d.id);
        const first = r.items[0];
        out.push({ ...d, sent: { status: first?.outbox.status ?? 'unknown', warnings: first?.warnings ?? [] } });
      } catch (e) {
        out.push({ ...d, error: message(e) });
      }
    }
    onProgress(out.length);
  }
  return out;
}
