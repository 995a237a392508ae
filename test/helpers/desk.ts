import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDesk } from '../../main/core/open-desk.js';
import { nodeSettings } from '../../main/core/settings/settings-store.js';
import { createDispatch } from '../../main/core/handlers/dispatch.js';
import type { DeskSetup } from '../../shared/settings.js';
import type { SyncOptions } from '../../main/core/sync/sync-engine.js';
import type { PinCost } from '../../main/core/staff/pin-hash.js';
import type { DeskApi } from '../../shared/api/index.js';

export const setupFor = (over: Partial<DeskSetup> = {}): DeskSetup => ({
  storeCode: 'PRG01', storeName: 'Obchod Praha', companyId: '12345678', address: 'Václavské nám. 1, Praha',
  deskCode: 'A', country: 'CZ', language: 'en', currency: 'CZK', ...over,
});

export const MANAGER_PIN = '999999';

/**
 * A PIN hash that costs ~1 ms instead of ~205: for tests about anything but the hash itself.
 * test/main/core/staff/pin-storage.test.ts checks what a desk opened without it stores.
 */
export const cheapPinCost: PinCost = { N: 1 << 10, r: 8, p: 1 };

type DeskTestOptions = { dir?: string; now?: () => number; sync?: SyncOptions; pinCost?: PinCost };

/** A desk in a fresh temp folder, with the typed API as the UI sees it (errors as values). */
export function tempDesk(opts: DeskTestOptions = {}) {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'desk-'));
  const services = openDesk({ dataDir: dir, settings: nodeSettings(dir), now: opts.now, sync: opts.sync, pinCost: opts.pinCost ?? cheapPinCost });
  const { desk } = services;
  const dispatch = createDispatch(services, () => {});
  const client = new Proxy({} as DeskApi, { get: (_, method: string) => (input: unknown) => dispatch(method, input) });
  return { dir, desk, services, dispatch, client, remove: () => { services.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Unwraps an ok result, failing the test with the error otherwise. */
export function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A desk that is set up (CZ unless told) with a signed-in manager. */
export async function readyDesk(over: Partial<DeskSetup> = {}, opts: DeskTestOptions = {}) {
  const d = tempDesk(opts);
  ok(await d.client.completeSetup({ setup: setupFor(over), manager: { name: 'Jana Nováková', pin: MANAGER_PIN } }));
  return d;
}
