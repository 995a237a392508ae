import { apiMethods, type DeskApi } from '../shared/api/index.js';
import type { ErrorCode, Result } from '../shared/result.js';
import { createDeskClient } from './desk-client.js';
import { uiI18n } from './i18n.js';

const sessionLostCodes: ErrorCode[] = ['not_signed_in', 'not_set_up'];
const sessionLost = new Set<() => void>();

/** Called when an answer shows the session is gone (the desk restarted, someone signed out elsewhere). */
export function onSessionLost(listener: () => void) {
  sessionLost.add(listener);
  return () => void sessionLost.delete(listener);
}

// What the browser says ("Failed to fetch") is no help at the counter; the message says what to do.
const client = createDeskClient(() => uiI18n.t('ui:app.unreachable'));

/** The desk's API as this window reaches it (Electron IPC or the browser host). */
export const desk = Object.fromEntries(
  apiMethods.map((m) => [m, async (input: unknown) => {
    const res = await (client[m] as (i: unknown) => Promise<Result<unknown>>)(input);
    if (!res.ok && sessionLostCodes.includes(res.error.code)) for (const l of sessionLost) l();
    return res;
  }]),
) as DeskApi;
