import type { DeskSetup } from '../../shared/settings.js';
import type { SyncOptions } from '../../main/core/sync/sync-engine.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { ok, readyDesk } from './desk.js';
import type { TestHeadOffice } from './headoffice.js';

/** Fast but unhurried sync timing for tests: syncs happen when the test asks, or quickly on new events. */
export const quickSync: SyncOptions = { intervalMs: 60_000, debounceMs: 20, backoff: { baseMs: 5, maxMs: 100 } };

/** A ready desk enrolled at `ho` (or at `url`, e.g. through a proxy) with the one-time code head office issued. */
export async function enrolledDesk(ho: TestHeadOffice, over: Partial<DeskSetup> = {}, opts: { sync?: SyncOptions; url?: string } = {}) {
  const d = await readyDesk(over, { sync: { ...quickSync, ...opts.sync } });
  const setup = d.desk.requireSetup();
  const code = await issueEnrollmentCode(ho.db, { storeCode: setup.storeCode, deskCode: setup.deskCode });
  ok(await d.client.enroll({ url: opts.url ?? ho.url, code }));
  return d;
}
