// Filing one text to several agencies makes one request per agency, created one after another so
// a failure names the agency it happened at and the ones already created are kept.
import type { Agency } from '../api/types';

export interface ComposeInput {
  title: string;
  text: string;
  jurisdiction: string;
  fee_waiver: boolean;
  fee_waiver_reason?: string;
  expedited: boolean;
  expedited_reason?: string;
  send: boolean;
}

export interface ComposeResult { agency: Agency; id?: string; error?: string }

/**
 * The POST /api/v1/requests body (server/features/requests/schema.ts, strict). Sending records a
 * `filed` event today (the clock starts); a draft has no filed_on. The API has no fields yet for
 * the fee-waiver and expedition justifications, so they go into the request's notes, labelled.
 */
export function requestBody(input: ComposeInput, agency: Agency, today: string) {
  const notes = [
    input.fee_waiver && input.fee_waiver_reason?.trim() ? `Fee waiver justification:\n${input.fee_waiver_reason.trim()}` : '',
    input.expedited && input.expedited_reason?.trim() ? `Expedited processing justification:\n${input.expedited_reason.trim()}` : '',
  ].filter(Boolean).join('\n\n');
  return {
    title: input.title,
    text: input.text,
    jurisdiction: agency.jurisdiction || input.jurisdiction,
    agency_id: agency.id,
    fee_waiver: input.fee_waiver,
    expedited: input.expedited,
    ...(notes ? { notes } : {}),
    ...(input.send ? { filed_on: today } : {}),
  };
}

export async function createForAgencies(
  input: ComposeInput,
  agencies: Agency[],
  today: string,
  create: (body: ReturnType<typeof requestBody>) => Promise<{ id: string }>,
  onProgress: (done: number) => void,
): Promise<ComposeResult[]> {
  const results: ComposeResult[] = [];
  for (const agency of agencies) {
    try {
      const r = await create(requestBody(input, agency, today));
      results.push({ agency, id: r.id });
    } catch (e) {
      results.push({ agency, error: e instanceof Error ? e.message : String(e) });
    }
    onProgress(results.length);
  }
  return results;
}
