import { afterEach, describe, expect, it } from 'vitest';
import { setApiLanguage, withLanguage } from './client';

describe('the UI language on explained requests', () => {
  afterEach(() => setApiLanguage(null));

  it('adds lang to the request list, detail, deadlines, events and the ad-hoc preview', () => {
    setApiLanguage('es');
    expect(withLanguage('/api/v1/requests')).toBe('/api/v1/requests?lang=es');
    expect(withLanguage('/api/v1/requests?q=x&cursor=abc')).toBe('/api/v1/requests?q=x&cursor=abc&lang=es');
    expect(withLanguage('/api/v1/requests/01ABC')).toBe('/api/v1/requests/01ABC?lang=es');
    expect(withLanguage('/api/v1/requests/01ABC/deadlines')).toBe('/api/v1/requests/01ABC/deadlines?lang=es');
    expect(withLanguage('/api/v1/requests/01ABC/events')).toBe('/api/v1/requests/01ABC/events?lang=es');
    expect(withLanguage('/api/v1/deadlines?jurisdiction=mx&received=2025-01-02')).toBe('/api/v1/deadlines?jurisdiction=mx&received=2025-01-02&lang=es');
  });

  it('leaves other routes, an explicit lang, and an unset language alone', () => {
    setApiLanguage('es');
    expect(withLanguage('/api/v1/requests/01ABC/letters')).toBe('/api/v1/requests/01ABC/letters');
    expect(withLanguage('/api/v1/requests/01ABC/send')).toBe('/api/v1/requests/01ABC/send');
    expect(withLanguage('/api/v1/dashboard?limit=20')).toBe('/api/v1/dashboard?limit=20');
    expect(withLanguage('/api/v1/requests?lang=en')).toBe('/api/v1/requests?lang=en');
    setApiLanguage(null);
    expect(withLanguage('/api/v1/requests')).toBe('/api/v1/requests');
  });
});
