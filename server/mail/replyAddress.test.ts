import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { matchReplyAddress, replyAddress, replyToken, verifyReplyAddress } from './replyAddress';

const SECRET = 'test-secret-0123456789';
const DOMAIN = 'acceso.localhost';

describe('reply address', () => {
  const id = newId(Date.UTC(2026, 0, 5));
  const address = replyAddress(id, SECRET, DOMAIN);
  const token = replyToken(id, SECRET);
  const local = address.split('@')[0];
  // The id's random part and the token can hold two equal neighbours; swapping those is no typo.
  const swapFirstDifferingPair = (text: string, from: number) => {
    let i = from;
    while (text[i] === text[i + 1]) i++;
    return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  };

  it('has the contract shape r-<id>-<8 hex>@domain and verifies', () => {
    expect(address).toMatch(/^r-[0-9a-z]{26}-[0-9a-f]{8}@acceso\.localhost$/);
    expect(verifyReplyAddress(address, SECRET, DOMAIN)).toBe(id);
    expect(matchReplyAddress(address, SECRET, DOMAIN)).toEqual([{ requestId: id, method: 'exact', correction: null }]);
  });

  it('rejects another secret, another domain and a forged token', () => {
    expect(verifyReplyAddress(address, 'other-secret', DOMAIN)).toBeNull();
    expect(verifyReplyAddress(address.replace(DOMAIN, 'example.org'), SECRET, DOMAIN)).toBeNull();
    const forged = `r-${id}-${token === '00000000' ? '11111111' : '00000000'}@${DOMAIN}`;
    expect(verifyReplyAddress(forged, SECRET, DOMAIN)).toBeNull();
    expect(matchReplyAddress(forged, SECRET, DOMAIN)).toEqual([]);
  });

  const typo = (name: string, mutated: string) =>
    it(`tolerates ${name}`, () => {
      const found = matchReplyAddress(`${mutated}@${DOMAIN}`, SECRET, DOMAIN);
      expect(found.map((f) => f.requestId)).toEqual([id]);
      expect(found[0].method).toBe('tolerant');
      expect(found[0].correction).toBeTruthy();
    });
  typo('upper case', local.toUpperCase());
  typo('a missing r-', local.slice(2));
  typo('a dropped token character', local.slice(0, -1));
  typo('a doubled token character', local + local.slice(-1));
  typo('two swapped token characters', swapFirstDifferingPair(local, local.length - token.length));
  typo('a dropped id character', `r-${id.slice(0, 10)}${id.slice(11)}-${token}`);
  typo('a doubled id character', `r-${id.slice(0, 10)}${id[10]}${id.slice(10)}-${token}`);
  typo('two swapped id characters', `r-${swapFirstDifferingPair(id, 4)}-${token}`);
  typo('sub-addressing tags', `${local}+agency`);

  it('does not tolerate two slips at once or a wrong domain', () => {
    expect(matchReplyAddress(`r-${id.slice(0, 10)}${id.slice(11)}-${token.slice(0, -1)}@${DOMAIN}`, SECRET, DOMAIN)).toEqual([]);
    expect(matchReplyAddress(`${local.toUpperCase()}@other.example`, SECRET, DOMAIN)).toEqual([]);
    expect(matchReplyAddress(`foia@${DOMAIN}`, SECRET, DOMAIN)).toEqual([]);
  });
});
