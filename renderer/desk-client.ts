import { apiMethods, type DeskApi } from '../shared/api/index.js';
import type { Result } from '../shared/result.js';

type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ json(): Promise<unknown> }>;

/**
 * The same typed API over HTTP, for the browser preview: `POST <base>api/<method>` with the token the
 * host put into index.html. A failure to reach the host becomes an error value, never a throw.
 */
export function httpDesk(opts: { token: string; base?: string; fetch?: Fetch; failure: (detail: string) => string }): DeskApi {
  const send = opts.fetch ?? ((url, init) => fetch(url, init));
  const base = opts.base ?? '/';
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const res = await send(`${base}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-desk-token': opts.token },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await res.json()) as Result<unknown>;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return { ok: false, error: { code: 'internal', message: opts.failure('bad answer') } };
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: opts.failure(e instanceof Error ? e.message : String(e)) } };
    }
  };
  return Object.fromEntries(apiMethods.map((m) => [m, (input: unknown) => call(m, input)])) as DeskApi;
}

/** window.desk in Electron; otherwise the HTTP client with the token from the page. */
export function createDeskClient(failure: (detail: string) => string): DeskApi {
  if (window.desk) return window.desk;
  const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')?.content ?? '';
  return httpDesk({ token, failure });
}
