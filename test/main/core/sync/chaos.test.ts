import { afterAll, beforeAll, expect, test } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { startHeadOffice, type TestHeadOffice } from '../../../helpers/headoffice.js';
import { startChaosProxy } from '../../../helpers/chaos-proxy.js';
import { seededRandom } from '../../../helpers/random.js';
import { enrolledDesk } from '../../../helpers/sync-desk.js';
import type { CaseState } from '../../../../shared/domain/case-state.js';

const totalCases = 2000;
let ho: TestHeadOffice;
let proxy: Awaited<ReturnType<typeof startChaosProxy>>;
beforeAll(async () => {
  ho = await startHeadOffice();
  proxy = await startChaosProxy({ target: ho.url, seed: 20261124, lifetimeMs: 150_000, rates: { drop: 0.12, cut: 0.12, delay: 0.15, error500: 0.1, error429: 0.06 } });
});
afterAll(async () => {
  await proxy.close();
  await ho.close();
});

/** Enrollment goes through the storm too; a lost answer is simply asked again. */
const enrollThroughProxy = (storeCode: string, deskCode: string, seed: number) =>
  enrolledDesk(ho, { storeCode, deskCode }, { url: proxy.url, attempts: 20, sync: { random: seededRandom(seed), batchEvents: 40 } });

test('2,000 cases on 3 desks of 2 stores through a failing network: head office holds every event once and everyone agrees', { timeout: 120_000 }, async () => {
  const desks = [await enrollThroughProxy('PRG01', 'A', 1), await enrollThroughProxy('PRG01', 'B', 2), await enrollThroughProxy('BRN01', 'A', 3)];
  const recorded = desks.map(() => new Set<string>());
  const track = (i: number, s: CaseState) => recorded[i]!.add(s.id);

  for (let n = 0; n < totalCases; n++) {
    const i = n % desks.length;
    const { client } = desks[i]!;
    if (n % 4 === 3) {
      track(i, ok(await client.recordReturn({ purchase: receipt('2026-11-01'), refundMethod: 'card', lines: [returnLine(19900)] })));
    } else {
      const c = ok(await client.openComplaint(complaintInput({ description: `Case ${n}` })));
      track(i, c);
      if (n % 5 === 0) ok(await client.addNote({ caseId: c.id, text: 'Customer called' }));
      if (n % 10 === 0) {
        ok(await client.handDocument({ caseId: c.id, document: 'filing', how: 'declined' }));
        ok(await client.resolveComplaint({ caseId: c.id, outcome: 'accepted', method: 'repair' }));
      }
    }
    // Let the sync engines, the proxy and head office run between bursts of recording.
    if (n % 10 === 9) await new Promise((r) => setTimeout(r, 1));
  }

  proxy.heal();
  // Sync round after round until two rounds in a row find nothing waiting (the second brings the
  // last pushes of one desk to the other desk of its store).
  let clean = 0;
  for (let round = 0; round < 50 && clean < 2; round++) {
    const statuses = [];
    for (const d of desks) statuses.push(ok(await d.client.syncNow({})));
    clean = statuses.every((s) => s.waiting === 0 && s.state === 'idle') ? clean + 1 : 0;
  }
  expect(clean).toBe(2);

  // Every fault kind happened.
  expect(Object.values(proxy.stats).every((n) => n > 0)).toBe(true);

  // Head office holds every event of every desk exactly once.
  const held = await ho.db.query<{ id: string; device_id: string }>('SELECT id::text AS id, device_id FROM events');
  expect(new Set(held.map((e) => e.id)).size).toBe(held.length);
  let ownTotal = 0;
  for (const [i, d] of desks.entries()) {
    const own = (d.desk.db.prepare('SELECT id FROM events WHERE device_id = ?').all(d.desk.deviceId) as { id: string }[]).map((r) => r.id).sort();
    ownTotal += own.length;
    expect(held.filter((e) => e.device_id === d.desk.deviceId).map((e) => e.id).sort()).toEqual(own);
    // Nothing lost on the desk: every case it recorded is there, nothing waits, nothing was rejected.
    const cases = new Set((d.desk.db.prepare('SELECT id FROM cases').all() as { id: string }[]).map((r) => r.id));
    expect([...recorded[i]!].every((id) => cases.has(id))).toBe(true);
    expect(ok(await d.client.syncStatus({}))).toMatchObject({ waiting: 0, rejected: [] });
  }
  expect(held.length).toBe(ownTotal);
  expect(recorded.reduce((sum, r) => sum + r.size, 0)).toBe(totalCases);

  // Every desk's state equals head office's fold of its store.
  for (const d of desks) {
    const store = d.desk.requireSetup().storeCode;
    const atDesk = (d.desk.db.prepare('SELECT id, state FROM cases ORDER BY id').all() as { id: string; state: string }[]).map((r) => JSON.parse(r.state) as CaseState);
    const atHo = (await ho.db.query<{ state: CaseState }>('SELECT state FROM cases WHERE store_code = $1 ORDER BY id', [store])).map((r) => r.state);
    expect(atDesk.length).toBe(store === 'PRG01' ? recorded[0]!.size + recorded[1]!.size : recorded[2]!.size);
    expect(atDesk).toEqual(atHo);
  }
  for (const d of desks) d.remove();
});
