import { describe, expect, it } from 'vitest';
import { createBody, ensureDrafts, sendDrafts, type DraftApi } from './composeRequests';
import type { Agency } from '../api/types';

const cbp: Agency = { id: 'cbp', name: 'U.S. Customs and Border Protection', abbreviation: 'CBP', jurisdiction: 'us-federal', parent_id: 'dhs' };
const ice: Agency = { id: 'ice', name: 'U.S. Immigration and Customs Enforcement', abbreviation: 'ICE', jurisdiction: 'us-federal', parent_id: 'dhs' };
const input = { title: 'Biometric agreements', text: 'All agreements…', jurisdiction: 'us-federal', fee_waiver: true, fee_waiver_reason: 'Public interest.', expedited: false };

function fakeApi(failOn?: string) {
  const calls: string[] = [];
  let n = 0;
  const api: DraftApi = {
    create: async (b) => {
      calls.push(`create ${b.agency_id}`);
      if (b.agency_id === failOn) throw new Error('agency has no e-mail address');
      return { id: `r${++n}` };
    },
    update: async (id) => { calls.push(`update ${id}`); },
    send: async (id) => {
      calls.push(`send ${id}`);
      return { items: [{ request_id: id, outbox: { status: 'held' }, warnings: [] }] };
    },
  };
  return { api, calls };
}

describe('filing to several agencies', () => {
  it('makes one draft per agency with the agency and its jurisdiction, and the justifications as fields', async () => {
    expect(createBody(input, cbp)).toEqual({
      title: 'Biometric agreements', text: 'All agreements…', fee_waiver: true, expedited: false,
      fee_waiver_reason: 'Public interest.', expedited_reason: null, jurisdiction: 'us-federal', agency_id: 'cbp',
    });
    // a reason typed and then un-asked for is not sent
    expect(createBody({ ...input, fee_waiver: false, expedited: true, expedited_reason: '  ' }, cbp)).toMatchObject({ fee_waiver_reason: null, expedited_reason: null });
    const { api, calls } = fakeApi();
    const progress: number[] = [];
    const drafts = await ensureDrafts(input, [cbp, ice], [], false, api, (d) => progress.push(d));
    expect(drafts.map((d) => [d.agency.id, d.id])).toEqual([['cbp', 'r1'], ['ice', 'r2']]);
    expect(calls).toEqual(['create cbp', 'create ice']);
    expect(progress).toEqual([1, 2]);
  });

  it('reuses drafts, updating them only when the text changed, and creates drafts for added agencies', async () => {
    const { api, calls } = fakeApi();
    const first = await ensureDrafts(input, [cbp], [], false, api, () => {});
    await ensureDrafts(input, [cbp, ice], first, true, api, () => {});
    expect(calls).toEqual(['create cbp', 'update r1', 'create ice']);
  });

  it('keeps going past a failure, names the agency, and sends only the drafts that exist', async () => {
    const { api, calls } = fakeApi('cbp');
    const drafts = await ensureDrafts(input, [cbp, ice], [], false, api, () => {});
    expect(drafts[0]).toMatchObject({ agency: { id: 'cbp' }, error: 'agency has no e-mail address' });
    const sent = await sendDrafts(drafts, api, () => {});
    expect(calls).toEqual(['create cbp', 'create ice', 'send r1']);
    expect(sent[1].sent).toEqual({ status: 'held', warnings: [] });
    expect(sent[0].sent).toBeUndefined();
  });
});
