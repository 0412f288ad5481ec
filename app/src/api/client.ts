// The one way the app talks to the server: same-origin fetch with the session cookie, the CSRF
// token on every mutation, and RFC 9457 problem+json turned into an ApiError with its stable code.

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Uploads a file as the raw body with upload progress (fetch has none), the CSRF token attached.
 * Resolves with the parsed JSON answer; rejects with an ApiError carrying the problem's code.
 */
export function uploadWithProgress<T>(path: string, file: Blob, onProgress: (sent: number, total: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (explanationLanguage) xhr.setRequestHeader('accept-language', explanationLanguage);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The upload could not reach the server.'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(toApiError(xhr.status, data));
    };
    xhr.send(file);
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let explanationLanguage: string | null = null;
/** The UI's language, sent as `lang` on the requests whose answers carry deadline explanations. */
export function setApiLanguage(lang: string | null): void {
  explanationLanguage = lang;
}

// Request list, detail (and its create/edit answers), its deadlines, new events, the ad-hoc preview.
const EXPLAINED = /^\/api\/v1\/(?:requests(?:\/[^/?#]+(?:\/(?:deadlines|events))?)?|deadlines)(?:[?#]|$)/;

/** `path` with `lang=<UI language>` when its answer is explained and it names no language itself. */
export function withLanguage(path: string): string {
  if (!explanationLanguage || !EXPLAINED.test(path) || /[?&]lang=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(explanationLanguage)}`;
}

export async function api<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // Problems (errors) come back worded in the UI's language, which may differ from the browser's (decision 0420).
  if (explanationLanguage) headers['accept-language'] = explanationLanguage;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(withLanguage(path), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) throw toApiError(res.status, data);
  return data as T;
}

export function toApiError(status: number, data: unknown): ApiError {
  if (data && typeof data === 'object') {
    const p = data as { code?: string; title?: string; detail?: string; message?: string };
    return new ApiError(status, p.code ?? `http-${status}`, p.detail ?? p.title ?? p.message ?? `HTTP ${status}`, data);
  }
  return new ApiError(status, `http-${status}`, typeof data === 'string' && data ? data.slice(0, 300) : `HTTP ${status}`);
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, undefined, signal);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const patchJson = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** Builds a query string from defined values only. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
