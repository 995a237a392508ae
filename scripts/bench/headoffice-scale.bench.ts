// Head office at a chain's scale: 1,000 desks in 500 stores, 10,000,000 events, 3,000,000 cases
// (generated in the database, see headoffice-scale-data.ts), then every dashboard query, the
// drill-down lists, a desk's pull and 200 desks pushing at once through the real HTTP push, beside
// ingest's floor on this machine (HTTP alone, PostgreSQL storing the events alone).
// On PostgreSQL when DATABASE_URL is set (in a database of its own: headoffice_bench on the same
// server, or HEADOFFICE_BENCH_URL), and on PGlite at growing sizes until a dashboard query passes
// 300 ms (its limit). `npm run bench -- headoffice-scale --scale 0.1` measures a tenth of the size;
// `--reuse` keeps PostgreSQL's data from the last run of the same size.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../headoffice/src/db/database.js';
import { migrate } from '../../headoffice/src/db/migrations.js';
import { buildServer } from '../../headoffice/src/http/server.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { pullEvents } from '../../headoffice/src/store/pull.js';
import { insertEvents } from '../../headoffice/src/store/event-store.js';
import { allFigures, type Figure } from '../../headoffice/src/dashboards/facts.js';
import { caseHistory, figureCases, figureTotals, figureTrend, openComplaintCases, openComplaints, type SplitBy } from '../../headoffice/src/dashboards/queries.js';
import type { Scope } from '../../headoffice/src/dashboards/scope.js';
import { complaintOpenings } from '../../test/helpers/events.js';
import { maxBatchEvents, maxBodyBytes } from '../../shared/sync/protocol.js';
import type { DeskEvent } from '../../shared/domain/events.js';
import { DAYS, LAST_DAY, REGIONS, generate, type ScaleSize } from './headoffice-scale-data.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'headoffice scale';
const FULL: ScaleSize = { stores: 500, cases: 3_000_000, events: 10_000_000 };
const PUSHING_DESKS = 200;
const SAMPLES = 5;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : (process.argv[i + 1] ?? '');
};
const sizeAt = (scale: number): ScaleSize =>
  ({ stores: Math.max(4, Math.round(FULL.stores * scale)), cases: Math.round(FULL.cases * scale), events: Math.round(FULL.events * scale) });

/** A fixed sequence of pseudo-random numbers: every run asks the same queries. */
function randoms(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}
const dayBefore = (days: number) => new Date(Date.parse(`${LAST_DAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

async function timed<T>(samples: number[], fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  samples.push(performance.now() - t0);
  return result;
}

type Latencies = Record<string, number[]>;

/**
 * Every dashboard query, for the chain, a region and a store, over the last 30 days, a quarter and
 * a year ending on a random day: figure totals split by key/store/region/category, trends by day,
 * week and month, open and overdue complaints. Named by shape, so the slowest shape stands out.
 */
async function dashboards(db: Database, size: ScaleSize): Promise<Latencies> {
  const r = randoms(7);
  const out: Latencies = {};
  const scopes = (): { name: string; scope: Scope; where: { region?: string; store?: string } }[] => [
    { name: 'chain', scope: { stores: 'all' }, where: {} },
    { name: 'region', scope: { stores: 'all' }, where: { region: `R${r(REGIONS)}` } },
    { name: 'store', scope: { stores: 'all' }, where: { store: `S${String(r(size.stores)).padStart(4, '0')}` } },
  ];
  const ranges = [['30 days', 29], ['quarter', 91], ['year', 364]] as const;
  for (let s = 0; s < SAMPLES; s++) {
    for (const { name, scope, where } of scopes()) {
      for (const [rangeName, days] of ranges) {
        const to = dayBefore(r(DAYS - days));
        const range = { from: dayBefore(Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - Date.parse(`${to}T00:00:00Z`)) / 86_400_000) + days), to };
        for (const figure of allFigures) {
          const by: SplitBy = figure === 'sales' ? 'store' : 'key';
          await timed((out[`figure by ${by}, ${name}, ${rangeName}`] ??= []), () => figureTotals(db, scope, { ...where, ...range, figure, by }));
        }
        await timed((out[`returns by category, ${name}, ${rangeName}`] ??= []), () => figureTotals(db, scope, { ...where, ...range, figure: 'returns.product', by: 'category' }));
        await timed((out[`figure by store, ${name}, ${rangeName}`] ??= []), () => figureTotals(db, scope, { ...where, ...range, figure: 'refunds.method', by: 'store' }));
        await timed((out[`figure by region, ${name}, ${rangeName}`] ??= []), () => figureTotals(db, scope, { ...where, ...range, figure: 'returns.cases', by: 'region' }));
        const every = rangeName === 'year' ? 'month' : rangeName === 'quarter' ? 'week' : 'day';
        await timed((out[`trend by ${every}, ${name}, ${rangeName}`] ??= []), () => figureTrend(db, scope, { ...where, ...range, figure: 'returns.cases', by: 'chain', every }));
      }
      await timed((out[`open/overdue complaints by store, ${name}`] ??= []), () => openComplaints(db, scope, { ...where, today: LAST_DAY, by: 'store' }));
    }
  }
  return out;
}

/** The cases behind a figure (first page and the next) and the open-complaint lists, 50 a page; a case's history. */
async function drillDowns(db: Database, size: ScaleSize) {
  const r = randoms(11);
  const lists: number[] = [];
  const open: number[] = [];
  const history: number[] = [];
  const keyed: [Figure, string][] = [['returns.reason', 'defective'], ['refunds.method', 'cash'], ['returns.cases', 'return'], ['complaints.resolved', 'late'], ['returns.product', 'SKU0042']];
  for (let s = 0; s < SAMPLES * 4; s++) {
    const [figure, key] = keyed[s % keyed.length]!;
    const where = [{}, { region: `R${r(REGIONS)}` }, { store: `S${String(r(size.stores)).padStart(4, '0')}` }][s % 3]!;
    const q = { ...where, figure, key, from: dayBefore(r(600) + 90), to: LAST_DAY, limit: 50 };
    const first = await timed(lists, () => figureCases(db, { stores: 'all' }, q));
    if (first.next) await timed(lists, () => figureCases(db, { stores: 'all' }, { ...q, after: first.next! }));
    const page = await timed(open, () => openComplaintCases(db, { stores: 'all' }, { ...where, today: LAST_DAY, overdue: s % 2 === 0, limit: 50 }));
    if (page.next) await timed(open, () => openComplaintCases(db, { stores: 'all' }, { ...where, today: LAST_DAY, overdue: s % 2 === 0, limit: 50, after: page.next! }));
    const caseId = first.rows[0]?.caseId;
    if (caseId) await timed(history, () => caseHistory(db, { stores: 'all' }, caseId));
  }
  return { lists, open, history };
}

/** A desk's pull: the store's events after a cursor near the end of the log, 500 at most. */
async function pulls(db: Database, size: ScaleSize) {
  const r = randoms(13);
  const [{ max }] = await db.query<{ max: string }>('SELECT max(pos)::text AS max FROM events') as [{ max: string }];
  const samples: number[] = [];
  for (let s = 0; s < SAMPLES * 8; s++) {
    const store = r(size.stores);
    const device = { id: `dev-${store}-A`, storeCode: `S${String(store).padStart(4, '0')}`, deskCode: 'A' };
    const after = String(Math.max(0, Number(max) - r(200_000)));
    await timed(samples, () => pullEvents(db, device, { after, limit: 500, refVersion: 0, lawVersion: 0 }));
  }
  return samples;
}

/** Busy CPU time of the whole machine so far (ms, from /proc/stat), or null where there is none. */
function machineBusyMs(): number | null {
  if (!existsSync('/proc/stat')) return null;
  const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq!) * (1000 / 100);
}

type Load = { pushes: number; batch: number };

/**
 * Events per second while `run` handles `events` events, and the CPU the machine spent per event
 * (µs), of it this process's (head office and the desks' HTTP clients; the rest is PostgreSQL's).
 */
async function throughput(events: number, run: () => Promise<unknown>) {
  const [busy0, cpu0] = [machineBusyMs(), process.cpuUsage()];
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const busy = busy0 === null ? null : machineBusyMs()! - busy0;
  const usPerEvent = (ms: number) => Math.round((ms * 1000) / events);
  return {
    eventsPerSecond: Math.round(events / seconds),
    cpu: busy === null ? null : { machine: usPerEvent(busy), here: usPerEvent((cpu.user + cpu.system) / 1000), busyShare: Math.round((busy / (seconds * 1000 * availableParallelism())) * 100) },
  };
}

/** `pushes` batches of `batch` new complaints for each desk, as its pushes' bodies. */
const pushBodies = (device: { id: string; storeCode: string; deskCode: string }, { pushes, batch }: Load) =>
  Array.from({ length: pushes }, (_, b) => JSON.stringify({ events: complaintOpenings(device, 1 + b * batch, batch) }));

/**
 * 200 desks (new ones, each in a store of its own) pushing `pushes` batches of `batch` events one
 * after another, all at once, through HTTP. The bodies are made before the clock starts: a desk's
 * work is not head office's. Also answers the CPU the machine spent per event, and how much of it
 * this process (head office and the desks' HTTP clients) took; the rest is PostgreSQL's.
 */
async function ingestUnderLoad(db: Database, size: ScaleSize, { pushes, batch }: Load) {
  const app = await buildServer({ db, rateLimit: { max: 1_000_000, timeWindow: 60_000 }, enrollRateLimit: { max: 100_000, timeWindow: 60_000 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    // This run's desk code in every store: three characters from the clock (A and B hold the generated cases).
    const runDesk = Date.now().toString(36).slice(-3).toUpperCase();
    const devices: { token: string; bodies: string[] }[] = [];
    for (let i = 0; i < PUSHING_DESKS; i++) {
      // A store each, as a chain's desks push (one store's pushes take turns): a generated store, else one of the bench's own.
      const storeCode = i < size.stores ? `S${String(i).padStart(4, '0')}` : `P${String(i).padStart(4, '0')}`;
      const deskCode = runDesk;
      const id = crypto.randomUUID();
      const code = await issueEnrollmentCode(db, { storeCode, deskCode, ...(i < size.stores ? {} : { country: 'CZ' }) });
      const res = await fetch(`${url}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceId: id, storeCode, deskCode }) });
      if (res.status !== 200) throw new Error(`enroll answered ${res.status}: ${await res.text()}`);
      const device = { id, storeCode, deskCode };
      devices.push({ ...device, token: ((await res.json()) as { token: string }).token, bodies: pushBodies(device, { pushes, batch }) });
    }
    const latencies: number[] = [];
    const measured = await throughput(PUSHING_DESKS * pushes * batch, () => Promise.all(devices.map(async (d) => {
      for (const [b, body] of d.bodies.entries()) {
        await timed(latencies, async () => {
          const res = await fetch(`${url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` }, body });
          const answer = (await res.json()) as { ackSeq?: number };
          if (res.status !== 200 || answer.ackSeq !== (b + 1) * batch) throw new Error(`push answered ${res.status}: ${JSON.stringify(answer).slice(0, 300)}`);
        });
      }
    })));
    return { ...measured, p99: percentile(latencies, 99) };
  } finally {
    await app.close();
  }
}

/** Desks pushing as they record (a few events each time), and desks sending what waited through an outage (full batches). */
const loads: Load[] = [{ pushes: 10, batch: 50 }, { pushes: 2, batch: maxBatchEvents }];

const pushing = (load: Load) => `${PUSHING_DESKS} desks pushing ${load.pushes} × ${load.batch} events at once over HTTP`;

async function ingestRows(db: Database, size: ScaleSize, at: string, load: Load): Promise<BenchRow[]> {
  const m = await ingestUnderLoad(db, size, load);
  const how = pushing(load);
  return [
    { area: AREA, measure: `ingest, ${how} (${at})`, value: m.eventsPerSecond, unit: 'events/s', target: '≥ 10,000', met: m.eventsPerSecond >= 10_000 },
    { area: AREA, measure: `ingest p99 per push, ${how}`, value: m.p99, unit: 'ms' },
    ...(m.cpu ? [
      { area: AREA, measure: `ingest CPU per event, whole machine (${m.cpu.busyShare}% of its ${availableParallelism()} cores busy), ${how}`, value: m.cpu.machine, unit: 'µs' },
      { area: AREA, measure: `… of it head office's process (with the desks' HTTP clients); the rest is PostgreSQL's`, value: m.cpu.here, unit: 'µs' },
    ] : []),
  ];
}

/**
 * What ingest cannot go below on this machine, with the same load: HTTP and JSON alone (a bare
 * Fastify answering each push, no database), and PostgreSQL storing the events alone (one INSERT a
 * push, in a transaction of its own, into a copy of `events` with its five indexes: no checks,
 * cases, figures or totals). Ingest's CPU per event against theirs is the work ingest adds.
 */
async function ingestFloors(base: string, load: Load) {
  const desks = Array.from({ length: PUSHING_DESKS }, (_, i) => ({ id: crypto.randomUUID(), storeCode: `F${String(i).padStart(4, '0')}`, deskCode: 'F' }));
  const bodies = desks.map((d) => pushBodies(d, load));
  const events = PUSHING_DESKS * load.pushes * load.batch;
  const bare = Fastify({ bodyLimit: maxBodyBytes });
  bare.post('/v1/events', async (req) => ({ ackSeq: (req.body as { events: { seq: number }[] }).events.at(-1)!.seq, rejected: [], serverTime: Date.now() }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/v1/events`;
  const http = await throughput(events, () => Promise.all(bodies.map(async (own) => {
    for (const body of own) await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
  }))).finally(() => bare.close());
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('DROP SCHEMA IF EXISTS bench_floor CASCADE; CREATE SCHEMA bench_floor; CREATE TABLE bench_floor.events (LIKE bench.events INCLUDING ALL)');
  const floor = openPostgres(base, 'bench_floor');
  try {
    const batches = bodies.map((own) => own.map((body) => (JSON.parse(body) as { events: DeskEvent[] }).events));
    const storing = await throughput(events, () => Promise.all(batches.map(async (own, i) => {
      for (const batch of own) await floor.transaction((tx) => insertEvents(tx, desks[i]!.storeCode, batch, false));
    })));
    return { http, storing };
  } finally {
    await floor.close();
    await admin.query('DROP SCHEMA bench_floor CASCADE');
    await admin.end();
  }
}

async function floorRows(base: string, load: Load, ingestCpu: number | undefined): Promise<BenchRow[]> {
  const { http, storing } = await ingestFloors(base, load);
  const how = pushing(load);
  const rows: BenchRow[] = [
    { area: AREA, measure: `ingest floor: HTTP and JSON alone (no database), ${how}`, value: http.eventsPerSecond, unit: 'events/s' },
    { area: AREA, measure: `ingest floor: PostgreSQL storing the events alone (one INSERT a push into events and its indexes), ${how}`, value: storing.eventsPerSecond, unit: 'events/s' },
  ];
  if (!http.cpu || !storing.cpu || !ingestCpu) return rows;
  const floorCpu = http.cpu.machine + storing.cpu.machine;
  return [
    ...rows,
    { area: AREA, measure: `ingest floor CPU per event, both together, ${how}`, value: floorCpu, unit: 'µs' },
    { area: AREA, measure: `ingest's CPU per event over the floor's (the checks, cases, figures and totals it adds), ${how}`, value: Number((ingestCpu / floorCpu).toFixed(1)), unit: '×' },
  ];
}

const worst = (l: Latencies) => Object.entries(l).map(([name, samples]) => ({ name, p99: percentile(samples, 99) })).sort((a, b) => b.p99 - a.p99)[0]!;
const all = (l: Latencies) => Object.values(l).flat();

/** `loads`: how the desks push (none: ingest is not measured). */
async function measure(db: Database, label: string, size: ScaleSize, pushing: Load[]): Promise<BenchRow[]> {
  const at = `${label}, ${size.stores} stores / ${size.cases.toLocaleString('en')} cases / ${size.events.toLocaleString('en')} events`;
  const queries = await dashboards(db, size);
  const slowest = worst(queries);
  const { lists, open, history } = await drillDowns(db, size);
  const pull = await pulls(db, size);
  const rows: BenchRow[] = [
    { area: AREA, measure: `dashboard queries p50, ${Object.keys(queries).length} shapes × ${SAMPLES} (${at})`, value: percentile(all(queries), 50), unit: 'ms' },
    { area: AREA, measure: `dashboard queries p99 (${at})`, value: percentile(all(queries), 99), unit: 'ms', target: '< 300 ms', met: percentile(all(queries), 99) < 300 },
    { area: AREA, measure: `slowest dashboard query p99: ${slowest.name} (${at})`, value: slowest.p99, unit: 'ms', target: '< 300 ms', met: slowest.p99 < 300 },
    { area: AREA, measure: `drill-down list p99, first and next page of 50 (${at})`, value: percentile(lists, 99), unit: 'ms', target: '< 100 ms', met: percentile(lists, 99) < 100 },
    { area: AREA, measure: `open / overdue complaints list p99, pages of 50 (${at})`, value: percentile(open, 99), unit: 'ms', target: '< 100 ms', met: percentile(open, 99) < 100 },
    { area: AREA, measure: `a case's full history p99 (${at})`, value: percentile(history, 99), unit: 'ms' },
    { area: AREA, measure: `desk pull p99, 500 events (${at})`, value: percentile(pull, 99), unit: 'ms', target: '< 100 ms', met: percentile(pull, 99) < 100 },
  ];
  for (const load of pushing) rows.push(...(await ingestRows(db, size, at, load)));
  return rows;
}

/** A database of the bench's own on the PostgreSQL server of DATABASE_URL (the test database is left alone): schema `bench`. */
async function postgresBench(scale: number): Promise<BenchRow[]> {
  const base = process.env.HEADOFFICE_BENCH_URL ?? process.env.DATABASE_URL!.replace(/\/[^/?]+(\?|$)/, '/headoffice_bench$1');
  const size = sizeAt(scale);
  const admin = new pg.Client({ connectionString: base });
  await admin.connect().catch((e: Error) => {
    throw new Error(`${e.message}: create the bench database first (as postgres: CREATE DATABASE headoffice_bench OWNER desk) or set HEADOFFICE_BENCH_URL`);
  });
  const [held] = (await admin.query<{ n: string }>("SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = 'bench' AND table_name = 'cases'")).rows;
  // Data of the same size: its stores (the cases grow with every run's pushes).
  const reuse = process.argv.includes('--reuse') && held?.n === '1'
    && (await admin.query<{ n: string }>("SELECT count(*)::text AS n FROM bench.stores WHERE code LIKE 'S%'")).rows[0]?.n === String(size.stores);
  let generated = 0;
  if (!reuse) {
    await admin.query('DROP SCHEMA IF EXISTS bench CASCADE');
    await admin.query('CREATE SCHEMA bench');
  }
  await admin.end();
  const db = openPostgres(base, 'bench');
  try {
    // Kept data gets the migrations added since it was generated (timed: a real chain runs them on its data).
    const m0 = performance.now();
    await migrate(db);
    const migrated = (performance.now() - m0) / 1000;
    if (reuse && migrated > 1) console.error(`  migrations on the kept data: ${migrated.toFixed(1)} s`);
    if (!reuse) {
      const t0 = performance.now();
      await generate(db, size);
      generated = (performance.now() - t0) / 1000;
    }
    const rows = await measure(db, 'PostgreSQL', size, loads);
    for (const load of loads) {
      const ingestCpu = rows.find((r) => r.measure.startsWith('ingest CPU per event') && r.measure.endsWith(pushing(load)))?.value;
      rows.push(...(await floorRows(base, load, ingestCpu)));
    }
    const sizes = await db.query<{ name: string; mb: number }>(
      `SELECT relname AS name, round(pg_total_relation_size(oid) / 1048576.0)::float8 AS mb FROM pg_class WHERE relname IN ('events', 'cases', 'case_figures', 'figure_totals', 'figure_rollups') AND relnamespace = 'bench'::regnamespace ORDER BY 1`);
    if (generated) rows.push({ area: AREA, measure: `generating the data in SQL (PostgreSQL, ${size.events.toLocaleString('en')} events)`, value: Math.round(generated), unit: 's' });
    for (const s of sizes) rows.push({ area: AREA, measure: `PostgreSQL table ${s.name} with its indexes`, value: s.mb, unit: 'MB' });
    return rows;
  } finally {
    await db.close();
  }
}

/**
 * PGlite (in memory) at growing sizes until the slowest dashboard query's p99 passes 300 ms: the
 * largest size under it is PGlite's limit. Ingest is measured at the smallest size only.
 */
async function pgliteLimit(scales: number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let fits: ScaleSize | null = null;
  for (const [i, scale] of scales.entries()) {
    const size = sizeAt(scale);
    const db = await openPglite();
    try {
      await migrate(db);
      await generate(db, size);
      // PGlite runs one query at a time: 2 pushes per desk (20,000 events) already show its rate.
      const measured = await measure(db, 'PGlite', size, i === 0 ? [{ pushes: 2, batch: 50 }] : []);
      rows.push(...measured);
      const slowest = measured.find((m) => m.measure.startsWith('slowest'))!;
      if (slowest.value >= 300) break;
      fits = size;
    } finally {
      await db.close();
    }
  }
  rows.push({ area: AREA, measure: `PGlite fits a chain of up to (stores / cases, every dashboard query p99 < 300 ms): ${fits ? `${fits.stores} stores / ${fits.cases.toLocaleString('en')} cases` : 'less than the smallest size measured'}`, value: fits?.cases ?? 0, unit: 'cases' });
  return rows;
}

export async function bench(): Promise<BenchRow[]> {
  const scale = Number(arg('scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale: a fraction of the full size, 0 < scale <= 1');
  const pgliteScales = (arg('pglite') ?? '0.01,0.03,0.06').split(',').map(Number);
  const rows = process.argv.includes('--no-pglite') ? [] : await pgliteLimit(pgliteScales);
  if (process.env.DATABASE_URL) rows.push(...(await postgresBench(scale)));
  return rows;
}
