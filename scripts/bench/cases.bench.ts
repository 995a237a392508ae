// Cases: how fast a return is recorded and a phone fragment is found, empty, with 100,000 and with
// 250,000 cases, against the naive design (every case in one electron-store file, rewritten on every record).
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Conf from 'conf';
import { v7 as uuidv7 } from 'uuid';
import { openDesk } from '../../main/core/open-desk.js';
import { nodeSettings } from '../../main/core/settings/settings-store.js';
import { createDispatch } from '../../main/core/handlers/dispatch.js';
import { linesTotal } from '../../main/core/cases/refund-math.js';
import { scalar } from '../../main/core/db/sqlite.js';
import { foldCase } from '../../shared/domain/fold.js';
import type { Desk } from '../../main/core/desk.js';
import type { DeskApi } from '../../shared/api/index.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { seededRandom } from '../../test/helpers/random.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'cases';
const STORED = 100_000;
const STORED_LARGE = 250_000;
const STREAM = 10_000;
const SAMPLES = 1_000;
const NAIVE_SAMPLES = 5; // each rewrites every case: ~10 s apiece at 100k
const SEED_BATCH = 5_000;

// Seeded, so every run stores and searches the same data.
const random = seededRandom(42);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const names = ['Petr Novák', 'Jana Dvořáková', 'Иван Петров', 'Олена Шевченко', 'Георги Иванов', 'Marie Svobodová'];

/** What a clerk records at the counter: a return of one or two lines with a customer. */
function returnInput(today: string) {
  const phone = `+420 ${digits(3)} ${digits(3)} ${digits(3)}`;
  return {
    purchase: { purchaseDate: today, proof: 'receipt' as const, receiptNo: `R-${digits(8)}` },
    refundMethod: 'card' as const,
    customer: { name: names[Math.floor(random() * names.length)]!, phone },
    lines: [
      { item: 'Rychlovarná konvice', sku: `SKU-${digits(5)}`, qty: 1, unitPrice: { amount: 79900, currency: 'CZK' as const }, reason: 'changed_mind' as const, condition: 'new' as const, restock: true },
      { item: 'Hrnek', qty: 2, unitPrice: { amount: 9900, currency: 'CZK' as const }, reason: 'wrong_item' as const, condition: 'opened' as const, restock: true },
    ],
  };
}

function benchDesk() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cases-'));
  const services = openDesk({ dataDir: dir, settings: nodeSettings(dir) });
  const dispatch = createDispatch(services);
  const client = new Proxy({} as DeskApi, { get: (_, m: string) => (input: unknown) => dispatch(m, input) });
  return { dir, desk: services.desk, client, close: () => { services.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/**
 * Stores `n` returns through the same event log and projection code a command uses (a new case's
 * one event folded), many per transaction: the same rows a counter would have written, in a
 * fraction of the time.
 */
function seed(desk: Desk, n: number) {
  const actor = desk.requireStaff();
  const { country } = desk.requireSetup();
  const pack = desk.policy();
  for (let done = 0; done < n; done += SEED_BATCH) {
    desk.db.transaction(() => {
      for (let i = done; i < Math.min(n, done + SEED_BATCH); i++) {
        const { purchase, lines, customer, refundMethod } = returnInput(desk.today());
        const caseId = uuidv7();
        const { event: opened } = desk.log.append(caseId, 'return.recorded', actor.id, { caseNo: desk.nextCaseNo(), country, customer, purchase, lines, refund: { method: refundMethod, amount: linesTotal(lines, pack) } });
        desk.projection.store(foldCase([opened]), true);
      }
    })();
    desk.maintenance.step(); // as an idle desk would between batches
  }
}

/**
 * Records one return after another. Each waits for the event loop's next turn first, as a command
 * from the window does (every IPC message is its own task), so the desk's timers get their turn.
 */
async function timeRecords(client: DeskApi, desk: Desk, samples: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    const input = returnInput(desk.today());
    const t0 = performance.now();
    const r = await client.recordReturn(input);
    ms.push(performance.now() - t0);
    if (!r.ok) throw new Error(`record failed: ${r.error.message}`);
  }
  return ms;
}

async function timeSearches(client: DeskApi, desk: Desk, samples: number): Promise<number[]> {
  const phones = (desk.db.prepare('SELECT customer_phone FROM cases ORDER BY random() LIMIT ?').all(samples) as { customer_phone: string }[]).map((r) => r.customer_phone);
  const ms: number[] = [];
  for (const phone of phones) {
    const bare = phone.replace(/\D/g, '').slice(3); // the local number, without the +420 every case shares
    const start = Math.floor(random() * (bare.length - 4));
    const fragment = bare.slice(start, start + 4);
    const t0 = performance.now();
    const r = await client.listCases({ query: fragment });
    ms.push(performance.now() - t0);
    if (!r.ok || r.value.total < 1) throw new Error(`search for ${fragment} found nothing`);
  }
  return ms;
}

/** The naive design: one store file holding the array of every case, rewritten on each record. */
function timeNaiveStore(states: CaseState[], samples: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-conf-'));
  try {
    const store = new Conf<{ cases: CaseState[] }>({ cwd: dir, configName: 'cases', projectName: 'bench', projectSuffix: '' });
    store.set('cases', states);
    const template = states[0]!;
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      const cases = store.get('cases');
      cases.push({ ...template, id: uuidv7(), caseNo: `PRG01-A-2026-${String(cases.length + 1).padStart(5, '0')}` });
      store.set('cases', cases);
      ms.push(performance.now() - t0);
    }
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The disk's own fsync latency: with synchronous=FULL every command waits for one, so it is the floor. */
function timeFsync(samples: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fsync-'));
  const fd = openSync(join(dir, 'probe'), 'w');
  try {
    const page = Buffer.alloc(4096, 1);
    return Array.from({ length: samples }, () => {
      const t0 = performance.now();
      writeSync(fd, page);
      fsyncSync(fd);
      return performance.now() - t0;
    });
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * 250k cases: the search index merged as an idle desk would, then a stream of returns with no idle
 * pause. The desk's maintenance steps (merge, checkpoint) run between the commands; a command
 * arriving during one would wait for it, so the longest step is reported too.
 */
async function largeDesk(client: DeskApi, desk: Desk): Promise<BenchRow[]> {
  const t0 = performance.now();
  seed(desk, STORED_LARGE - Number(scalar<number>(desk.db, 'SELECT count(*) FROM cases')));
  const seeded = performance.now();
  while (desk.maintenance.step());
  const merged = performance.now();
  const steps: number[] = [];
  const step = desk.maintenance.step.bind(desk.maintenance);
  desk.maintenance.step = () => {
    const s0 = performance.now();
    const worked = step();
    steps.push(performance.now() - s0);
    return worked;
  };
  const stream = await timeRecords(client, desk, STREAM);
  const search = await timeSearches(client, desk, SAMPLES);
  const max = percentile(stream, 100);
  return [
    row(`seed to ${STORED_LARGE} cases, s`, Number(((seeded - t0) / 1000).toFixed(1)), 's'),
    row('idle maintenance after seeding, until the index is merged, s', Number(((merged - seeded) / 1000).toFixed(1)), 's'),
    row(`${STREAM} returns in a row, 250k cases, p50`, percentile(stream, 50), 'ms'),
    row(`${STREAM} returns in a row, 250k cases, max`, max, 'ms', '< 50 ms', max < 50),
    row(`maintenance steps between them (${steps.length}, merge + checkpoint), max`, steps.length ? percentile(steps, 100) : 0, 'ms', '< 50 ms', !steps.length || percentile(steps, 100) < 50),
    row('search 4-digit phone fragment, 250k cases after the stream, p99', percentile(search, 99), 'ms', '< 20 ms', percentile(search, 99) < 20),
  ];
}

const row = (measure: string, value: number, unit: string, target?: string, met?: boolean): BenchRow => ({ area: AREA, measure, value, unit, target, met });

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const setup = { storeCode: 'PRG01', storeName: 'Bench', companyId: '1', address: 'Praha', deskCode: 'A', country: 'CZ', language: 'en', currency: 'CZK' } as const;

  const d = benchDesk();
  try {
    const ready = await d.client.completeSetup({ setup, manager: { name: 'Bench', pin: '999999' } });
    if (!ready.ok) throw new Error(ready.error.message);
    const journal = scalar<string>(d.desk.db, 'PRAGMA journal_mode');
    const sync = scalar<number>(d.desk.db, 'PRAGMA synchronous');
    const mode = `${journal}, synchronous=${sync === 2 ? 'FULL' : sync}`;

    const empty = await timeRecords(d.client, d.desk, SAMPLES);
    rows.push(row(`record a return, empty desk, p50 (${mode})`, percentile(empty, 50), 'ms'));
    rows.push(row(`record a return, empty desk, p99 (${mode})`, percentile(empty, 99), 'ms', '< 5 ms', percentile(empty, 99) < 5));

    const t0 = performance.now();
    seed(d.desk, STORED - SAMPLES);
    const stored = scalar<number>(d.desk.db, 'SELECT count(*) FROM cases')!;
    rows.push(row(`seed to ${stored} cases (log + projection, ${SEED_BATCH} per transaction)`, Number(((performance.now() - t0) / 1000).toFixed(1)), 's'));

    // Measured right before the records it is compared with: the disk's speed varies with its other load.
    const fsync = timeFsync(SAMPLES);
    rows.push(row('this disk: write 4 KiB + fsync, p50 (the floor of a durable commit)', percentile(fsync, 50), 'ms'));
    rows.push(row('this disk: write 4 KiB + fsync, p99', percentile(fsync, 99), 'ms'));
    const full = await timeRecords(d.client, d.desk, SAMPLES);
    const fullP50 = percentile(full, 50);
    rows.push(row('record a return, 100k cases, p50', fullP50, 'ms'));
    rows.push(row('record a return, 100k cases, p99', percentile(full, 99), 'ms', '< 5 ms', percentile(full, 99) < 5));
    rows.push(row('record a return, 100k cases, max', percentile(full, 100), 'ms'));
    const ratio = Number((fullP50 / percentile(fsync, 50)).toFixed(1));
    rows.push(row('record p50 / fsync p50, 100k cases', ratio, '×', '≤ 3×', ratio <= 3));

    const search = await timeSearches(d.client, d.desk, SAMPLES);
    rows.push(row('search 4-digit phone fragment, 100k cases, p50', percentile(search, 50), 'ms'));
    rows.push(row('search 4-digit phone fragment, 100k cases, p99', percentile(search, 99), 'ms', '< 20 ms', percentile(search, 99) < 20));

    const states = (d.desk.db.prepare('SELECT state FROM cases LIMIT ?').all(STORED) as { state: string }[]).map((r) => JSON.parse(r.state) as CaseState);
    const naive = timeNaiveStore(states, NAIVE_SAMPLES);
    const naiveP50 = percentile(naive, 50);
    rows.push(row(`naive: all ${states.length} cases in one electron-store file (via conf, which electron-store delegates to), record p50`, naiveP50, 'ms'));
    const naiveRatio = Number((naiveP50 / fullP50).toFixed(0));
    rows.push(row('event log + projections vs naive store at 100k, record p50 ratio', naiveRatio, '×', '≥ 50×', naiveRatio >= 50));

    rows.push(...(await largeDesk(d.client, d.desk)));
  } finally {
    d.close();
  }
  return rows;
}
