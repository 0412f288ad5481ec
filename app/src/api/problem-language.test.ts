// Decision 0420: the app asks for problems in the UI's language (which may differ from the
// browser's) and shows the server's detail as the error message, with its stable code.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, get, post, setApiLanguage } from './client';

describe('problems in the UI language', () => {
  afterEach(() => {
    setApiLanguage(null);
    vi.unstubAllGlobals();
  });

  const stubFetch = (status: number, body: unknown) => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, headers: init.headers as Record<string, string> });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
    });
    return calls;
  };

  it('sends Accept-Language with the UI language on every call, reads and writes alike', async () => {
    const calls = stubFetch(200, { ok: true });
    setApiLanguage('es');
    await get('/api/v1/dashboard');
    await post('/api/v1/session', { email: 'a@b.c', password: 'x' });
    expect(calls.map((c) => c.headers['accept-language'])).toEqual(['es', 'es']);
    setApiLanguage('en');
    await get('/api/v1/dashboard');
    expect(calls[2].headers['accept-language']).toBe('en');
  });

  it('turns a Spanish problem into an error whose message is its Spanish detail, code kept', async () => {
    stubFetch(401, { type: 'https://acceso.dev/problems/invalid-credentials', title: 'No autenticado', status: 401, code: 'invalid-credentials', detail: 'El correo electrónico o la contraseña no son correctos.' });
    setApiLanguage('es');
    const e = await post('/api/v1/session', {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).message).toBe('El correo electrónico o la contraseña no son correctos.');
    expect((e as ApiError).code).toBe('invalid-credentials');
  });
});
