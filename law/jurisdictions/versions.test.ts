// Dated versions of one law: mx-2015 and mx are both Mexico's; the received date picks the file.
import { describe, expect, it } from 'vitest';
import { getJurisdictionRules, listJurisdictionRules } from './index';
import { isVersionOf, lawOf, versionFor } from './versions';

describe('jurisdiction versions', () => {
  it('links mx-2015 and mx to the law agencies carry (mx), and nothing else to it', () => {
    expect(lawOf('mx-2015')).toBe('mx');
    expect(lawOf('mx')).toBe('mx');
    expect(lawOf('gt')).toBe('gt');
    expect(lawOf('no-such-place')).toBe('no-such-place');
    expect(isVersionOf('mx-2015', 'mx')).toBe(true);
    expect(isVersionOf('mx', 'mx-2015')).toBe(true);
    expect(isVersionOf('gt', 'mx')).toBe(false);
    expect(listJurisdictionRules().filter((r) => r.versionOf === 'mx').map((r) => r.id).sort()).toEqual(['mx', 'mx-2015']);
  });

  it('every versionOf names an existing jurisdiction, and each version says which received dates it governs', () => {
    for (const r of listJurisdictionRules().filter((x) => x.versionOf)) {
      expect(getJurisdictionRules(r.versionOf!), `${r.id}.versionOf`).toBeDefined();
      expect(r.appliesTo, `${r.id} is a version, so it says which received dates it governs`).toBeDefined();
    }
  });

  it('picks mx-2015 for an mx request received before 2025-03-21, and says why', () => {
    const before = versionFor('mx', '2025-03-20');
    expect(before.id).toBe('mx-2015');
    expect(before.reason).toContain('mx-2015');
    expect(before.reason).toContain('2025-03-20');
    expect(before.reason).toContain('2025-03-21');
    expect(versionFor('mx', '2025-03-21')).toEqual({ id: 'mx', reason: null });
    expect(versionFor('mx-2015', '2024-01-10')).toEqual({ id: 'mx-2015', reason: null });
    // the other way round too: a request under the old law received once the new one applies
    expect(versionFor('mx-2015', '2025-06-02').id).toBe('mx');
    // jurisdictions without versions are left alone
    expect(versionFor('us-federal', '2010-01-04')).toEqual({ id: 'us-federal', reason: null });
  });
});
