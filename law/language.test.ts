// Choosing the explanation language (?lang=, --lang, Accept-Language) and the dated-version notice.
import { describe, expect, it } from 'vitest';
import { LawInputError, pickLanguage, versionForLanguage } from './index';
import { versionFor } from './jurisdictions/versions';

describe('pickLanguage', () => {
  it('an explicit choice wins over the header, regional tags included', () => {
    expect(pickLanguage({ explicit: 'es', acceptLanguage: 'en-US' })).toBe('es');
    expect(pickLanguage({ explicit: 'es-MX' })).toBe('es');
    expect(pickLanguage({ explicit: 'EN', acceptLanguage: 'es' })).toBe('en');
  });

  it('an explicit unsupported language is an error, not a silent English answer', () => {
    expect(() => pickLanguage({ explicit: 'fr' })).toThrow(LawInputError);
    expect(() => pickLanguage({ explicit: 'xx-YY', acceptLanguage: 'es' })).toThrow(/'xx-YY' is not supported/);
  });

  it('Accept-Language: the best-weighted language we write; q=0 excluded; default English', () => {
    expect(pickLanguage({ acceptLanguage: 'es-419,es;q=0.9,en;q=0.8' })).toBe('es');
    expect(pickLanguage({ acceptLanguage: 'pt-BR, es;q=0.7, en;q=0.8' })).toBe('en');
    expect(pickLanguage({ acceptLanguage: 'fr-CA, es-AR;q=0.5' })).toBe('es');
    expect(pickLanguage({ acceptLanguage: 'es;q=0, en;q=0.1' })).toBe('en');
    expect(pickLanguage({ acceptLanguage: 'es;q=0' })).toBe('en');
    expect(pickLanguage({ acceptLanguage: ['de', 'es-MX;q=0.3'] })).toBe('es');
    expect(pickLanguage({ acceptLanguage: '*' })).toBe('en');
    expect(pickLanguage({})).toBe('en');
    expect(pickLanguage({ explicit: '', acceptLanguage: 'es' })).toBe('es');
  });
});

describe('versionForLanguage', () => {
  it('English is exactly versionFor; Spanish names the same rule file and facts', () => {
    const v = versionFor('mx', '2024-12-13');
    expect(v.id).toBe('mx-2015');
    expect(versionForLanguage('mx', '2024-12-13', 'en')).toEqual(v);
    const es = versionForLanguage('mx', '2024-12-13', 'es');
    expect(es.id).toBe('mx-2015');
    expect(es.reason).toMatch(/^Se aplican las reglas de mx-2015 \(.*\) en lugar de mx: esta solicitud se recibió el 2024-12-13, y mx rige para «/);
    expect(versionForLanguage('mx', '2025-06-01', 'es')).toEqual({ id: 'mx', reason: null });
  });
});
