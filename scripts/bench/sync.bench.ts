// Sync: a desk catching up after a week offline (10,000 events) in batches vs one request per
// event, and head office ingesting from 50 desks pushing at once. Head office on PGlite, and also
// on PostgreSQL when DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDesk } from '../../main/core/open-desk.js';
import { nodeSettings } from '../../main/core/settings/settings-store.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { startHeadOffice, type TestHeadOffice } from '../../test/helpers/headoffice.js';
import { complaintOpenings } from '../../test/helpers/events.js';
import { setupFor } from '../../test/helpers/desk.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'sync';
const CATCH_UP = 10_000;
const DESKS = 50;
const BATCHES_PER_DESK = 20;
const EVENTS_PER_BATCH = 50;

/** A desk that recorded `events` while offline (written straight into its log), with a code to enroll at `ho`. */
async function offlineDesk(ho: TestHeadOffice, storeCode: string, events: number, batchEvents?: number) {
  const deskCode = 'A';
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const settings = nodeSettings(dir);
  settings.set('setup', setupFor({ storeCode, deskCode }));
  const services = openDesk({ dataDir: dir, settings, sync: { intervalMs: 3_600_000, batchEvents } });
  const { desk } = services;
  const insert = desk.db.prepare('INSERT INTO events (id, device_id, seq, case_id, type, at, actor, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  desk.db.transaction(() => {
    for (const e of complaintOpenings({ id: desk.deviceId, storeCode, deskCode }, 1, events)) {
      insert.run(e.id, e.deviceId, e.seq, e.caseId, e.type, e.at, e.actor, JSON.stringify(e.payload));
    }
  })();
  return { services, dir, code: await issueEnrollmentCode(ho.db, { storeCode, deskCode }) };
}

/**
 * Seconds for one desk to hand `CATCH_UP` events to head office (enrollment starts the sync). Each
 * run has a store of its own, so neither pulls the other's events.
 */
async function catchUp(ho: TestHeadOffice, storeCode: string, batchEvents?: number) {
  const { services, dir, code } = await offlineDesk(ho, storeCode, CATCH_UP, batchEvents);
  const started = performance.now();
  const status = await services.sync.enroll(ho.url, code);
  const seconds = (performance.now() - started) / 1000;
  services.close();
  rmSync(dir, { recursive: true, force: true });
  if (status.waiting !== 0) throw new Error(`catch-up left ${status.waiting} events waiting: ${status.lastError}`);
  return seconds;
}

/** 50 desks (10 stores) each pushing batches one after another, all at the same time. */
async function ingestUnderLoad(ho: TestHeadOffice) {
  const devices = await Promise.all(Array.from({ length: DESKS }, async (_, i) => {
    const storeCode = `LD${String(i % 10).padStart(2, '0')}`;
    const deskCode = String.fromCharCode(65 + Math.floor(i / 10));
    const id = crypto.randomUUID();
    const code = await issueEnrollmentCode(ho.db, { storeCode, deskCode });
    const res = await fetch(`${ho.url}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceId: id, storeCode, deskCode }) });
    return { id, storeCode, deskCode, token: ((await res.json()) as { token: string }).token };
  }));
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(devices.map(async (d) => {
    for (let b = 0; b < BATCHES_PER_DESK; b++) {
      const events = complaintOpenings(d, 1 + b * EVENTS_PER_BATCH, EVENTS_PER_BATCH);
      const t0 = performance.now();
      const res = await fetch(`${ho.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` }, body: JSON.stringify({ events }) });
      if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: Math.round((DESKS * BATCHES_PER_DESK * EVENTS_PER_BATCH) / seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchOn(label: string, useUrl: boolean): Promise<BenchRow[]> {
  const saved = process.env.DATABASE_URL;
  if (!useUrl) delete process.env.DATABASE_URL;
  const ho = await startHeadOffice({ rateLimit: { max: 1_000_000, timeWindow: 60_000 }, enrollRateLimit: { max: 1_000, timeWindow: 60_000 } });
  if (saved !== undefined) process.env.DATABASE_URL = saved;
  try {
    const batched = await catchUp(ho, 'BATCH');
    const perEvent = await catchUp(ho, 'SINGLE', 1);
    const load = await ingestUnderLoad(ho);
    const ratio = Number((perEvent / batched).toFixed(1));
    return [
      { area: AREA, measure: `catch-up ${CATCH_UP} events, batched (${label})`, value: Number(batched.toFixed(2)), unit: 's', ...(label === 'PGlite' ? { target: '< 5 s', met: batched < 5 } : {}) },
      { area: AREA, measure: `catch-up batched, rate (${label})`, value: Math.round(CATCH_UP / batched), unit: 'events/s' },
      { area: AREA, measure: `catch-up ${CATCH_UP} events, one request per event (${label})`, value: Number(perEvent.toFixed(2)), unit: 's' },
      { area: AREA, measure: `catch-up per-event, rate (${label})`, value: Math.round(CATCH_UP / perEvent), unit: 'events/s' },
      { area: AREA, measure: `batched vs per-event speed-up (${label})`, value: ratio, unit: '×', target: '≥ 20×', met: ratio >= 20 },
      { area: AREA, measure: `ingest, ${DESKS} desks pushing at once (${label})`, value: load.eventsPerSecond, unit: 'events/s' },
      { area: AREA, measure: `ingest p50 latency per ${EVENTS_PER_BATCH}-event push (${label})`, value: load.p50, unit: 'ms' },
      { area: AREA, measure: `ingest p99 latency per ${EVENTS_PER_BATCH}-event push (${label})`, value: load.p99, unit: 'ms' },
    ];
  } finally {
    await ho.close();
  }
}

export async function bench(): Promise<BenchRow[]> {
  const rows = await benchOn('PGlite', false);
  if (process.env.DATABASE_URL) rows.push(...(await benchOn('PostgreSQL', true)));
  return rows;
}
