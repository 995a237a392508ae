/**
 * The web app's one door to head office: JSON over fetch, the session cookie sent by the browser,
 * the session's CSRF token on every change. Errors come back as values with head office's code.
 */
export type ApiError = { code: string; message: string; fields?: string[] };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

let csrfToken = '';
/** Set from the sign-in answer or `GET /api/session`; sent as `x-csrf-token` with every change. */
export const setCsrfToken = (token: string) => (csrfToken = token);

/** Called when head office says the session is over, so the app shows the sign-in again. */
let onSignedOut = () => {};
export const whenSignedOut = (fn: () => void) => (onSignedOut = fn);

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, error: { code: 'network', message: '' } };
  }
  if (res.ok) return { ok: true, value: (await res.json().catch(() => null)) as T };
  return { ok: false, error: await refusal(res, path) };
}

/** Head office's refusal as a value (its code, else `other`); a session found over shows the sign-in. */
export async function refusal(res: Response, path: string): Promise<ApiError> {
  const json = (await res.json().catch(() => null)) as { error?: string; message?: string; fields?: string[] } | null;
  const error = { code: json?.error ?? 'other', message: json?.message ?? '', fields: json?.fields };
  if (error.code === 'signed_out' && path !== '/api/session') onSignedOut();
  return error;
}

/** A query string of the filters that are set. */
export const query = (filters: Record<string, string | undefined>) => {
  const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
  return params.size ? `?${params}` : '';
};
