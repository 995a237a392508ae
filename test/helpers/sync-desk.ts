import type { DeskSetup } from '../../shared/settings.js';
import type { SyncOptions } from '../../main/core/sync/sync-engine.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { ok, readyDesk } from './desk.js';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startHeadOffice, type TestHeadOffice } from './headoffice.js';

/** Fast but unhurried sync timing for tests: syncs happen when the test asks, or quickly on new events. */
export const quickSync: SyncOptions = { intervalMs: 60_000, debounceMs: 20, backoff: { baseMs: 5, maxMs: 100 } };

/**
 * A ready desk enrolled at `ho` (or at `url`, e.g. through a proxy) with the one-time code head office
 * issued. Up to `attempts` tries: a lost answer is asked again by the same device with the same code.
 */
export async function enrolledDesk(ho: TestHeadOffice, over: Partial<DeskSetup> = {}, opts: { sync?: SyncOptions; url?: string; attempts?: number; now?: () => number } = {}) {
  const d = await readyDesk(over, { sync: { ...quickSync, ...opts.sync }, now: opts.now });
  const setup = d.desk.requireSetup();
  const code = await issueEnrollmentCode(ho.db, { storeCode: setup.storeCode, deskCode: setup.deskCode });
  for (let attempt = 1; ; attempt++) {
    const enrolled = await d.client.enroll({ url: opts.url ?? ho.url, code });
    if (enrolled.ok || attempt >= (opts.attempts ?? 1)) {
      ok(enrolled);
      return d;
    }
  }
}

/**
 * One head office for the test file (started before, stopped after) and the desks a test keeps,
 * removed after each test. Read `ho` inside tests, once it has started.
 */
export function headOfficeForFile() {
  const ctx = { ho: null as unknown as TestHeadOffice, keep: <T extends { remove(): void }>(d: T) => (desks.push(d), d) };
  const desks: { remove(): void }[] = [];
  beforeAll(async () => {
    ctx.ho = await startHeadOffice();
  });
  afterAll(() => ctx.ho.close());
  afterEach(() => desks.splice(0).forEach((d) => d.remove()));
  return ctx;
}
