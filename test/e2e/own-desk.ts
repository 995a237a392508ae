import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { startBrowserHost } from '../../main/browser-host.js';
import type { Locale } from '../../shared/domain/jurisdiction.js';
import type { DeskSetup } from '../../shared/settings.js';

/** A store per desk language, as the counter would be set up there. */
export const stores: Record<Locale, Omit<DeskSetup, 'language' | 'deskCode'>> = {
  en: { storeCode: 'PRG09', storeName: 'Home Appliances Praha', companyId: '12345678', address: 'Na Příkopě 1, Praha', country: 'CZ', currency: 'CZK' },
  cs: { storeCode: 'BRN02', storeName: 'Spotřebiče Brno', companyId: '87654321', address: 'Masarykova 5, Brno', country: 'CZ', currency: 'CZK' },
  bg: { storeCode: 'SOF01', storeName: 'Техника София', companyId: '123456789', address: 'бул. Витоша 10, София', country: 'BG', currency: 'EUR' },
  uk: { storeCode: 'LVIV02', storeName: 'Побутова техніка, Львів', companyId: '12345678', address: 'пл. Ринок, 1, Львів', country: 'UA', currency: 'UAH' },
  ru: { storeCode: 'MSK01', storeName: 'Бытовая техника, Тверская', companyId: '7701234567', address: 'ул. Тверская, 1, Москва', country: 'RU', currency: 'RUB' },
};

export const MANAGER_PIN = '731904';

/**
 * A desk of its own for one spec: the same preview host as `npm run browser` (its renderer, which
 * the Playwright web server has just built), on another port and a fresh data folder, set up in
 * `lang` with its first manager (unless `setUp` is false: then `setUp()` does it later); `call`
 * reaches its API as the page would.
 */
export async function ownDesk(lang: Locale, port: number, opts: { setUp?: boolean } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `desk-e2e-${lang}-`));
  const host = await startBrowserHost({ dataDir, port, rendererDir: resolve('dist/renderer') });
  const call = async <T>(method: string, input: unknown = {}) => {
    const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': host.token }, body: JSON.stringify(input) });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.value as T;
  };
  const setUp = () => call('completeSetup', { setup: { ...stores[lang], deskCode: 'A', language: lang }, manager: { name: 'Manager', pin: MANAGER_PIN } });
  if (opts.setUp !== false) await setUp();
  return {
    url: host.url,
    call,
    setUp,
    close: async () => {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Keyboard only: Tab (Shift+Tab backwards) until `target` has the focus, as a clerk would. */
export async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}
