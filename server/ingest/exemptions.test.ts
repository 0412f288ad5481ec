import { describe, expect, it } from 'vitest';
import { detectBates, detectExemptions, totalExemptions } from './exemptions';

const codes = (t: string) => Object.fromEntries(detectExemptions(t).map((h) => [h.code, h.count]));

describe('exemption markings', () => {
  it('reads the clean forms, with (b)(7) sub-parts', () => {
    expect(codes('Name (b)(6) and (b)(7)(C) withheld; also (b)(5), (b)(7)(E)')).toEqual({ b5: 1, b6: 1, b7C: 1, b7E: 1 });
  });
  it('tolerates OCR noise: spaces, case, bracket shapes, missing brackets', () => {
    expect(codes('(b) (6)  (B)(6)  [b][6]  (b}(6)  b6  (b)(7)(c)  b7c  (b) (7) (C)')).toEqual({ b6: 5, b7C: 3 });
  });
  it('reads a marking glued to a letter before its bracket, not to a digit (a citation)', () => {
    expect(codes('&lt(b)(6)&gt; and &lt;(b)(6) but 5 U.S.C. 552(b)(6) is the statute')).toEqual({ b6: 2 });
  });
  it('does not read hex identifiers or words as markings', () => {
    expect(codes('cn=b1b4b5c39d6b4cf882 abc6085003a5604409c83a2ba13c65d18b9 web6 b66 b10')).toEqual({});
  });
  it('reads Privacy Act (j)/(k) markings and rejects (j)(3)', () => {
    expect(codes('Withheld under (j)(2) and (k)(5), (k) (2); not (j)(3)')).toEqual({ j2: 1, k2: 1, k5: 1 });
  });
  it('totals per page lists', () => {
    expect(totalExemptions([detectExemptions('(b)(6) (b)(6)'), undefined, detectExemptions('(b)(6) (b)(5)')])).toEqual([
      { code: 'b5', label: '(b)(5)', count: 1 },
      { code: 'b6', label: '(b)(6)', count: 3 },
    ]);
  });
  it('finds zero-padded Bates numbers, not dates or ordinary numbers', () => {
    expect(detectBates('Page footer CBP-2019-000123 and DOJ0004567; flight MU5735 on 2022-03-21, 12345')).toEqual(['CBP-2019-000123', 'DOJ0004567']);
  });
});
