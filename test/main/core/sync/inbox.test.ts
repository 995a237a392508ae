// Events from head office that this version of the desk cannot read (a newer desk or head office
// wrote them) are held, not allowed to stop the pull, and read again once the app is updated.
import { afterEach, describe, expect, test } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { builtInReasonCodes, type DeskEvent } from '../../../../shared/domain/events.js';
import { readableEvents } from '../../../../main/core/sync/head-office-client.js';
import type { SyncOptions } from '../../../../main/core/sync/sync-engine.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

/** The version before this one: it knew no notes and only the built-in reason codes (an enum then). */
const olderVersion = readableEvents.refine((e) =>
  e.type !== 'case.noted' && (e.type !== 'return.recorded' || e.payload.lines.every((l) => (builtInReasonCodes as readonly string[]).includes(l.reason))));

type Page = { events: unknown[]; cursor: string; reference?: unknown };

/** A head office whose event pull answers `page` (no sales or catalogue routes); it keeps every pull's query. */
function headOffice(page: () => Page) {
  const pulls: URLSearchParams[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const { pathname, searchParams } = new URL(url);
    const body = init.body ? JSON.parse(gunzipSync(init.body as Uint8Array).toString()) : undefined;
    if (pathname === '/v1/enroll') return Response.json({ deviceId: body.deviceId, storeCode: body.storeCode, deskCode: body.deskCode, token: 't'.repeat(43) });
    if (pathname !== '/v1/events') return Response.json({ error: 'not_found', message: 'no such route' }, { status: 404 });
    if (init.method === 'POST') return Response.json({ ackSeq: body.events.at(-1).seq, rejected: [], serverTime: Date.now() });
    pulls.push(searchParams);
    return Response.json({ reference: null, more: false, serverTime: Date.now(), ...page() });
  }) as typeof globalThis.fetch;
  return { fetch, pulls };
}

/** No sync on a timer: the test syncs when it says so. */
const byHand = (fetch: typeof globalThis.fetch, events?: SyncOptions['events']): SyncOptions => ({ fetch, events, setTimer: () => null, clearTimer: () => {} });

async function enrolledDesk(fetch: typeof globalThis.fetch, events?: SyncOptions['events']) {
  const d = await readyDesk({}, { sync: byHand(fetch, events) });
  desks.push(d);
  ok(await d.client.enroll({ url: 'https://ho.example.com', code: 'K7QM-3XHP-W2ZC' }));
  return d;
}

/** Cases another desk of the store recorded, as head office hands them down: a claim with a note, and a return. */
async function otherDesksEvents() {
  const other = await readyDesk({ deskCode: 'B' });
  desks.push(other);
  const claim = ok(await other.client.openComplaint(complaintInput()));
  ok(await other.client.addNote({ caseId: claim.id, text: 'Customer called back' }));
  const today = new Date().toISOString().slice(0, 10);
  const ret = ok(await other.client.recordReturn({ purchase: receipt(today), lines: [returnLine(500_00)], refundMethod: 'cash' }));
  const events = [...other.desk.log.all()].filter((e) => e.caseId === claim.id || e.caseId === ret.id);
  // Head office's own reason code (free-form now; the older version knew only the built-in ones).
  const renamed = events.map((e) => (e.type === 'return.recorded' ? { ...e, payload: { ...e.payload, lines: e.payload.lines.map((l) => ({ ...l, reason: 'water_damage' })) } } : e));
  return { events: renamed as DeskEvent[], claim, ret };
}

/** The app starts again on the same data, as after an update: with this version's schema. */
async function restart(d: Awaited<ReturnType<typeof readyDesk>>, fetch: typeof globalThis.fetch) {
  d.services.close();
  const again = tempDesk({ dir: d.dir, sync: byHand(fetch) });
  desks.push(again);
  ok(await again.client.signIn({ pin: MANAGER_PIN }));
  return again;
}

const caseNos = async (client: Awaited<ReturnType<typeof readyDesk>>['client']) => ok(await client.listCases({})).items.map((c) => c.caseNo).sort();

describe('events from head office this version cannot read', () => {
  test('are held while the rest of the page applies and the cursor moves; held once however often pulled; applied after the update', async () => {
    const { events, claim, ret } = await otherDesksEvents();
    const ho = headOffice(() => ({ events, cursor: '42' }));
    const d = await enrolledDesk(ho.fetch, olderVersion);

    const status = ok(await d.client.syncStatus({}));
    expect(status).toMatchObject({ heldBack: 2, lastError: null, state: 'idle' });
    expect(await caseNos(d.client)).toEqual([claim.caseNo]);
    expect(ok(await d.client.getCase({ caseId: claim.id })).events.map((e) => e.type)).toEqual(['complaint.opened']);

    ok(await d.client.syncNow({}));
    expect(ho.pulls.at(-1)!.get('after')).toBe('42');
    expect(ok(await d.client.syncStatus({})).heldBack).toBe(2);

    // The update: the app restarts with a version that reads both.
    const updated = await restart(d, ho.fetch);
    expect(ok(await updated.client.syncStatus({})).heldBack).toBe(0);
    expect(await caseNos(updated.client)).toEqual([claim.caseNo, ret.caseNo].sort());
    expect(ok(await updated.client.getCase({ caseId: claim.id })).events.map((e) => e.type)).toEqual(['complaint.opened', 'case.noted']);
    expect(ok(await updated.client.getCase({ caseId: ret.id })).events[0]).toMatchObject({ type: 'return.recorded', payload: { lines: [{ reason: 'water_damage' }] } });
  });

  test('one the update cannot read either stays held; one without an id is held once too; a damaged one does not stop the start', async () => {
    const { events } = await otherDesksEvents();
    const fromLater = { ...events[0]!, type: 'case.photographed', payload: { photos: 3 } };
    // Its keys come in another order on the next pull: still the same event.
    const noId = (pull: number) => (pull % 2 ? { type: 'case.photographed', note: 'no id' } : { note: 'no id', type: 'case.photographed' });
    const ho = headOffice(() => ({ events: [fromLater, noId(ho.pulls.length)], cursor: '7' }));
    const d = await enrolledDesk(ho.fetch);
    ok(await d.client.syncNow({}));
    expect(ok(await d.client.syncStatus({})).heldBack).toBe(2);
    // And one damaged on disk: the start goes on, it stays held with the others.
    d.desk.db.prepare("INSERT INTO held_events (key, body, held_at) VALUES ('damaged', '{\"type\": \"case.no', 0)").run();

    const restarted = await restart(d, ho.fetch);
    expect(ok(await restarted.client.syncStatus({})).heldBack).toBe(3);
  });

  test("reference data this version cannot read does not hold up the page's events, and is asked for again", async () => {
    const { events, claim, ret } = await otherDesksEvents();
    const reference = { version: 5, data: { policyOverrides: {}, reasonCodes: ['defective'], staff: [{ id: 's1', name: 'Eva', role: 'regional_auditor' }] } };
    const ho = headOffice(() => ({ events, cursor: '9', reference }));
    const d = await enrolledDesk(ho.fetch);
    expect(ok(await d.client.syncStatus({}))).toMatchObject({ heldBack: 0, lastError: null, state: 'idle' });
    expect(await caseNos(d.client)).toEqual([claim.caseNo, ret.caseNo].sort());

    ok(await d.client.syncNow({}));
    expect(ho.pulls.at(-1)!.get('after')).toBe('9');
    expect(ho.pulls.at(-1)!.get('refVersion')).toBe('0');
  });

  test("an erasure at the desk takes the customer's contact out of the case's held events too", async () => {
    const { events, claim } = await otherDesksEvents();
    const opening = events.find((e) => e.caseId === claim.id)!;
    const later = { ...opening, id: crypto.randomUUID(), type: 'case.photographed', payload: { customer: { name: 'Jana Nováková', phone: '+420 601 123 456' }, photos: 2 } };
    const ho = headOffice(() => ({ events: [...events, later], cursor: '3' }));
    const d = await enrolledDesk(ho.fetch);
    const heldBody = () => (d.desk.db.prepare('SELECT body FROM held_events').get() as { body: string }).body;
    expect(heldBody()).toContain('Nováková');
    expect(ok(await d.client.eraseCustomerData({ caseIds: [claim.id], approvalPin: MANAGER_PIN }))).toEqual({ erased: 1 });
    expect(JSON.parse(heldBody())).toMatchObject({ id: later.id, type: 'case.photographed', payload: { photos: 2 } });
    expect(heldBody()).not.toContain('Nováková');
    expect(heldBody()).not.toContain('601 123');
  });
});
