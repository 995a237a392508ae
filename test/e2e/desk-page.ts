import type { Page } from '@playwright/test';
import type { ApiMethod } from '../../shared/api/index.js';
import type { Session } from '../../shared/api/cases.js';

/** The manager of the Ukrainian desk every spec shares (counter.spec.ts sets it up through the UI). */
export const MANAGER_PIN = '864213';

/** Calls the desk's HTTP API from the page, with the page's token, for what the UI is not under test for. */
export function pageApi<T>(page: Page, method: ApiMethod, input: unknown) {
  return page.evaluate(async ([m, i]) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')!.content;
    const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify(i) });
    return (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  }, [method, input] as const);
}

/** The shared desk (or the one at `url`), set up by whichever spec runs first, with its manager signed in. */
export async function signedInDesk(page: Page, url = '/'): Promise<Session> {
  await page.goto(url);
  const session = (await pageApi<Session>(page, 'getSession', {})).value!;
  if (!session.setup) {
    await pageApi(page, 'completeSetup', {
      setup: { storeCode: 'KYIV01', storeName: 'Побутова техніка, Хрещатик', companyId: '12345678', address: 'вул. Хрещатик, 1, Київ', deskCode: 'A', country: 'UA', language: 'uk', currency: 'UAH' },
      manager: { name: 'Олена Коваль', pin: MANAGER_PIN },
    });
  } else if (!session.staff) await pageApi(page, 'signIn', { pin: MANAGER_PIN });
  return (await pageApi<Session>(page, 'getSession', {})).value!;
}

/**
 * A keyboard-wedge barcode scanner, as the desk hears it: the code and Enter, each key stamped 5 ms
 * after the one before. page.keyboard.type(code, { delay: 5 }) stamps each key when it arrives, and
 * on a busy 2-core machine Playwright's round trips (it waits for each key's rendering) put 20–80 ms
 * between them, more than any scanner. So the keys go in through CDP with the times a scanner's
 * would carry: the page still gets real, trusted keystrokes that type into the focused field.
 */
export async function scan(page: Page, code: string) {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const keys: Array<{ key: string; text: string; code?: string; windowsVirtualKeyCode?: number }> =
    [...[...code].map((ch) => ({ key: ch, text: ch })), { key: 'Enter', code: 'Enter', text: '\r', windowsVirtualKeyCode: 13 }];
  for (const [i, { text, ...key }] of keys.entries()) {
    const timestamp = start + i * 0.005;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text, ...key, timestamp });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, timestamp });
  }
  await cdp.detach();
}
