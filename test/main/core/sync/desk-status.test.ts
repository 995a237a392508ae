import { expect, test } from 'vitest';
import pkg from '../../../../package.json' with { type: 'json' };
import { deskStatusHeaders } from '../../../../shared/sync/desk-status.js';
import { storeDetail } from '../../../../headoffice/src/stores-admin/stores.js';
import { complaintInput } from '../../../helpers/cases.js';
import { ok } from '../../../helpers/desk.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';

const files = headOfficeForFile();

test('every sync request says the app version, the desk clock and the events waiting; head office shows them for the desk', async () => {
  // The desk's clock runs 2 minutes ahead of head office's (within what head office accepts).
  const ahead = 120_000;
  const sent: { path: string; headers: Record<string, string>; at: number }[] = [];
  const d = files.keep(await enrolledDesk(files.ho, { storeCode: 'STS01' }, {
    now: () => Date.now() + ahead,
    sync: { fetch: (url, init) => (sent.push({ path: `${init.method} ${new URL(url).pathname}`, headers: init.headers as Record<string, string>, at: Date.now() }), fetch(url, init)) },
  }));
  ok(await d.client.openComplaint(complaintInput()));
  ok(await d.client.openComplaint(complaintInput()));
  sent.length = 0;
  ok(await d.client.syncNow({}));

  const push = sent.find((r) => r.path === 'POST /v1/events')!;
  const pull = sent.find((r) => r.path === 'GET /v1/events')!;
  expect(push.headers[deskStatusHeaders.appVersion]).toBe(pkg.version);
  expect(push.headers[deskStatusHeaders.waiting]).toBe('2');
  // Pushed by then: nothing waits when it pulls.
  expect(pull.headers[deskStatusHeaders.waiting]).toBe('0');
  for (const r of [push, pull]) expect(Math.abs(Number(r.headers[deskStatusHeaders.clock]) - (r.at + ahead))).toBeLessThan(1_000);
  // Every request carries them, the sales and catalogue pulls too.
  expect(sent.every((r) => r.headers[deskStatusHeaders.appVersion] === pkg.version)).toBe(true);

  await expect.poll(async () => (await storeDetail(files.ho.db, 'STS01')).desks).toEqual([expect.objectContaining({
    deviceId: d.desk.deviceId, appVersion: pkg.version, eventsWaiting: 0, lastSyncAt: expect.any(String),
    clockOffsetMs: expect.toSatisfy((ms: number) => Math.abs(ms - ahead) < 2_000),
  })]);
});
