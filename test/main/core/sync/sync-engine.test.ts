import { afterEach, describe, expect, test } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import type { SyncOptions } from '../../../../main/core/sync/sync-engine.js';
import type { DeskEvent } from '../../../../shared/domain/events.js';
import { testSale } from '../../../helpers/sales.js';

/** Timers the test fires by hand: the delays the engine asked for are the figures under test. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  return {
    pending,
    setTimer: (fn: () => void, ms: number) => (pending.set(next, { fn, ms }), next++),
    clearTimer: (t: unknown) => void pending.delete(t as number),
    delays: () => [...pending.values()].map((t) => t.ms),
    /** Fires the one pending timer and lets the run it starts finish. */
    async fire() {
      const [id, t] = [...pending.entries()][0]!;
      pending.delete(id);
      t.fn();
      await new Promise((r) => setTimeout(r, 20));
    },
  };
}

const unzip = (init: RequestInit) => JSON.parse(gunzipSync(init.body as Uint8Array).toString());

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-down';
/** The desk's wall clock, and how head office's differs and how long a request takes, both set by the test. */
type Clocks = { ms: number; headOfficeAheadMs: number; roundTripMs: number };

/** A head office that answers what the test says, with its clock's time; it records every push. */
function fakeHeadOffice(answer: (path: string) => Answer, clocks: Clocks) {
  const pushed: DeskEvent[][] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    clocks.ms += clocks.roundTripMs / 2;
    const serverTime = clocks.ms + clocks.headOfficeAheadMs;
    clocks.ms += clocks.roundTripMs / 2;
    const path = new URL(url).pathname;
    if (path === '/v1/enroll') {
      const req = unzip(init);
      return Response.json({ deviceId: req.deviceId, storeCode: req.storeCode, deskCode: req.deskCode, token: 't'.repeat(43) });
    }
    const a = answer(path);
    if (a === 'network-down') throw new TypeError('fetch failed');
    if (init.method === 'POST' && a.status === 200) {
      const body = unzip(init) as { events: DeskEvent[] };
      pushed.push(body.events);
      return Response.json({ ackSeq: body.events.at(-1)!.seq, rejected: [], serverTime });
    }
    if (a.status === 200) return Response.json({ ...(a.body as object), serverTime });
    return Response.json(a.body ?? { error: 'x', message: `answered ${a.status}` }, { status: a.status, headers: a.headers });
  }) as typeof globalThis.fetch;
  return { fetch, pushed };
}

/** Nothing new on any pull: events, the catalogue, the store's sales. */
const emptyPages: Record<string, object> = {
  '/v1/events': { events: [], cursor: '0', more: false, reference: null },
  '/v1/catalogue': { items: [], cursor: '0', more: false },
  '/v1/sales': { sales: [], cursor: '0', more: false, days: 30 },
};
const emptyPull = (path: string): Answer => ({ status: 200, body: emptyPages[path] });
const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

async function deskWith(answer: (path: string) => Answer, extra: SyncOptions = {}) {
  const timers = manualTimers();
  const clock: Clocks = { ms: Date.parse('2026-11-24T10:00:00'), headOfficeAheadMs: 0, roundTripMs: 0 };
  const ho = fakeHeadOffice(answer, clock);
  const d = await readyDesk({}, { now: () => clock.ms, sync: { fetch: ho.fetch, setTimer: timers.setTimer, clearTimer: timers.clearTimer, random: () => 0.5, debounceMs: 2000, intervalMs: 60_000, backoff: { baseMs: 1000, maxMs: 60_000 }, ...extra } });
  desks.push(d);
  return { ...d, timers, ho, clock };
}

describe('sync engine', () => {
  test('backs off exponentially with jitter while head office is unreachable, capped, then recovers', async () => {
    let down = true;
    const d = await deskWith((path) => (down ? 'network-down' : emptyPull(path)));
    ok(await d.client.openComplaint(complaintInput()));
    const status = ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    // Said as what happened and what to do, never as the system's "fetch failed".
    expect(status).toMatchObject({ enrolled: true, state: 'offline', online: false, waiting: 1, lastError: expect.stringMatching(/^Head office cannot be reached at https:\/\/ho\.test\. Check the address/) });
    const delays = [...d.timers.delays()];
    for (let i = 0; i < 8; i++) {
      await d.timers.fire();
      delays.push(...d.timers.delays());
    }
    // random() = 0.5 gives three quarters of 1 s, 2 s, 4 s, ... up to the 60 s cap.
    expect(delays).toEqual([750, 1500, 3000, 6000, 12000, 24000, 45000, 45000, 45000]);
    down = false;
    await d.timers.fire();
    expect(ok(await d.client.syncStatus({}))).toMatchObject({ state: 'idle', online: true, waiting: 0, lastError: null });
    expect(d.timers.delays()).toEqual([60_000]); // back on the regular timer
    expect(d.ho.pushed.flat()).toHaveLength(1);
  });

  test("honours head office's Retry-After and says head office is busy, not offline", async () => {
    const d = await deskWith(() => ({ status: 429, headers: { 'retry-after': '30' } }));
    const status = ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    expect(status).toMatchObject({ state: 'error', online: true });
    expect(d.timers.delays()).toEqual([30_000]);
  });

  test('a burst of new events goes in one push after the debounce; a steady stream does not postpone it', async () => {
    const d = await deskWith(emptyPull);
    ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    const first = d.clock.ms;
    for (let i = 0; i < 3; i++) {
      ok(await d.client.openComplaint(complaintInput()));
      d.clock.ms += 900; // the next event comes before the debounce is over
    }
    expect(d.timers.pending.size).toBe(1);
    expect(ok(await d.client.syncStatus({})).nextAttemptAt).toBe(first + 2000);
    await d.timers.fire();
    expect(d.ho.pushed.at(-1)!.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  test('a head office from before sales and the catalogue (404 there) still syncs the cases', async () => {
    const d = await deskWith((path) => (path === '/v1/events' ? emptyPull(path) : { status: 404, body: { error: 'not_found', message: 'Route not found' } }));
    ok(await d.client.openComplaint(complaintInput()));
    const status = ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    expect(status).toMatchObject({ state: 'idle', waiting: 0, lastError: null });
    expect(ok(await d.client.salesStatus({}))).toEqual({ sales: 0, saleLines: 0, products: 0, oldestSale: null, days: null, unreadable: 0 });
  });

  test('a revoked token shows as unauthorized and keeps the events waiting', async () => {
    const d = await deskWith(() => ({ status: 401, body: { error: 'unauthorized', message: 'This device token is not valid; enroll the desk again.' } }));
    ok(await d.client.openComplaint(complaintInput()));
    const status = ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    expect(status).toMatchObject({ state: 'unauthorized', waiting: 1, lastError: 'This device token is not valid; enroll the desk again.' });
  });

  test("measures how far the desk's clock is off head office's, halfway through each request's round trip", async () => {
    const d = await deskWith(emptyPull);
    expect(ok(await d.client.syncStatus({})).clockOffsetMs).toBeNull();
    d.clock.headOfficeAheadMs = 3 * 60_000;
    d.clock.roundTripMs = 10_000;
    ok(await d.client.openComplaint(complaintInput()));
    expect(ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' })).clockOffsetMs).toBe(3 * 60_000);
    d.clock.headOfficeAheadMs = -4 * 60_000;
    expect(ok(await d.client.syncNow({})).clockOffsetMs).toBe(-4 * 60_000);
  });

  test('pushes in seq order in batches of the configured size', async () => {
    const d = await deskWith(emptyPull, { batchEvents: 2 });
    for (let i = 0; i < 5; i++) ok(await d.client.openComplaint(complaintInput()));
    ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    expect(d.ho.pushed.map((b) => b.map((e) => e.seq))).toEqual([[1, 2], [3, 4], [5]]);
  });

  test("another store's sales in head office's answers are not kept or offered: pulled or looked up", async () => {
    const soldAt = '2026-11-23T10:00:00+01:00';
    const mine = testSale({ id: 'MINE-1', soldAt, receiptNo: 'T1/000001', lines: [{ id: '1', quantity: 1, unitPrice: 100_00 }] });
    const theirs = testSale({ id: 'THEIRS-1', soldAt, store: 'BRN01', receiptNo: 'T1/000001', lines: [{ id: '1', quantity: 1, unitPrice: 100_00 }] });
    const d = await deskWith((path) => (path === '/v1/sales' ? { status: 200, body: { sales: [mine, theirs], cursor: '2', more: false, days: 30 } }
      : path === '/v1/sales/lookup' ? { status: 200, body: { sales: [theirs] } } : emptyPull(path)));
    ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    expect(ok(await d.client.salesStatus({}))).toMatchObject({ sales: 1 });
    expect(ok(await d.client.findSale({ receipt: 'T1/000001' })).map((v) => v.sale.id)).toEqual(['MINE-1']);
    expect(await d.client.findSale({ receipt: 'T9/000009' })).toMatchObject({ ok: false, error: { code: 'sale_not_found' } });
    expect(ok(await d.client.salesStatus({}))).toMatchObject({ sales: 1 });
  });

  test('a page that says more but does not move its cursor ends the pull instead of asking again forever', async () => {
    let asked = 0;
    const d = await deskWith((path) => {
      if (path !== '/v1/sales') return emptyPull(path);
      asked += 1;
      return asked > 50 ? 'network-down' : { status: 200, body: { sales: [], cursor: '0', more: true, days: 30 } };
    });
    ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }));
    expect(asked).toBe(1);
  });

  test('an answer beyond what any page can hold (an endless or bomb-like body) is cut off and said, not read to the end', async () => {
    let sent = 0;
    const endless = () => new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1 << 20;
        controller.enqueue(new Uint8Array(1 << 20).fill(32));
      },
    });
    const ho = fakeHeadOffice(emptyPull, { ms: Date.parse('2026-11-24T10:00:00'), headOfficeAheadMs: 0, roundTripMs: 0 });
    const d = await deskWith(emptyPull, { fetch: async (url, init) => (new URL(url).pathname === '/v1/catalogue' ? new Response(endless()) : ho.fetch(url, init)) });
    expect(ok(await d.client.enroll({ url: 'https://ho.test', code: 'ABCD-EFGH-JKLM' }))).toMatchObject({ state: 'error', lastError: expect.stringContaining('too large') });
    expect(sent).toBeLessThan(300 << 20);
  });
});

