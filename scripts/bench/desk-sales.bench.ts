// Sales at the desk: a receipt looked up (typed number or scanned barcode) among 1,000,000 stored
// sale lines, a product by its EAN among 200,000 catalogue items, both through the desk's API as
// the counter calls it; and a busy store's day (5,000 sales, 20,000 lines) pulled from a real head
// office on PGlite, and applied alone (the desk's share of it).
import { performance } from 'node:perf_hooks';
import { readyDesk } from '../../test/helpers/desk.js';
import { startHeadOffice } from '../../test/helpers/headoffice.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { createIntegrationToken } from '../../headoffice/src/store/integration.js';
import { saleTotal, type Sale } from '../../shared/sales/sale.js';
import type { DeskCatalogueItem } from '../../shared/sales/catalogue.js';
import { Inbox } from '../../main/core/sync/inbox.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'desk sales';
const STORED_LINES = 1_000_000;
const LINES_PER_SALE = 4;
const ITEMS = 200_000;
const LOOKUPS = 2_000;
const DAY_SALES = 5_000;

/** A valid EAN-13 for `n`: 12 digits and the check digit. */
function ean(n: number): string {
  const body = `20${String(n).padStart(10, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const receiptNo = (store: string, i: number) => `${store}-T${i % 4}/${String(i).padStart(7, '0')}`;
const barcode = (i: number) => `29${String(i).padStart(11, '0')}`;

/** Sale `i` of the store: four lines of catalogue items, paid by card and cash. */
function sale(store: string, i: number, soldAt: string): Sale {
  const lines = Array.from({ length: LINES_PER_SALE }, (_, j) => ({
    id: String(j + 1), gtin: ean((i * LINES_PER_SALE + j) % ITEMS), name: `Item ${j}`, quantity: 1 + (j % 3), unitPrice: 100_00 + ((i + j) % 50) * 25, discount: 0, vatRate: 21,
  }));
  const draft = { id: `B-${store}-${i}`, store, till: `T${i % 4}`, receiptNo: receiptNo(store, i), receiptBarcode: barcode(i), soldAt, currency: 'CZK' as const, lines, receiptDiscounts: [], payments: [] };
  const total = saleTotal(draft);
  return { ...draft, payments: [{ method: 'card', amount: total - 5_00 }, { method: 'cash', amount: 5_00 }] };
}

const item = (n: number): DeskCatalogueItem => ({
  sku: `SKU-${n}`, gtins: [ean(n)], names: { cs: `Zboží ${n}`, en: `Goods ${n}` }, price: { amount: 100_00, currency: 'CZK' }, returnable: true, warrantyMonths: 24,
});

/** Milliseconds of each of `n` calls, awaited one after another. */
async function timed(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

function unwrap(r: { ok: boolean; error?: unknown }) {
  if (!r.ok) throw new Error(`bench call failed: ${JSON.stringify(r.error)}`);
}

/** 1,000,000 sale lines and 200,000 items at one desk, seeded in one transaction each; lookups through its API. */
async function lookups(): Promise<BenchRow[]> {
  const d = await readyDesk({ storeCode: 'BEN01' });
  try {
    const sales = STORED_LINES / LINES_PER_SALE;
    const soldAt = new Date().toISOString();
    let t0 = performance.now();
    d.desk.db.transaction(() => {
      for (let i = 0; i < sales; i += 1000) d.desk.sales.put(Array.from({ length: Math.min(1000, sales - i) }, (_, k) => sale('BEN01', i + k, soldAt)));
    })();
    const seedSales = (performance.now() - t0) / 1000;
    t0 = performance.now();
    d.desk.db.transaction(() => {
      for (let i = 0; i < ITEMS; i += 1000) d.desk.catalogue.put(Array.from({ length: 1000 }, (_, k) => item(i + k)));
    })();
    const seedItems = (performance.now() - t0) / 1000;
    // Lookups are timed at a desk at rest, not while the OS writes back the ~200 MB just seeded:
    // the checkpoint copies the WAL into the database file and waits for it to reach the disk.
    d.desk.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    // Typed as printed, typed loosely (no store prefix, spaces), or scanned: spread over the whole table.
    const pick = (i: number) => (i * 7919) % sales;
    const typed = (i: number) => (i % 3 === 0 ? receiptNo('BEN01', pick(i)) : i % 3 === 1 ? receiptNo('BEN01', pick(i)).slice(6).replace('/', ' ') : barcode(pick(i)));
    await timed(100, (i) => d.client.findSale({ receipt: typed(i + LOOKUPS) }));
    const receipts = await timed(LOOKUPS, async (i) => unwrap(await d.client.findSale({ receipt: typed(i) })));
    const eans = await timed(LOOKUPS, async (i) => unwrap(await d.client.lookupProduct({ ean: ean((i * 104_729) % ITEMS) })));
    // A name typed on a manual line: a word of the name and part of its number, as a clerk narrows it down.
    const searches = await timed(200, async (i) => unwrap(await d.client.searchCatalogue({ query: `zbozi ${(i * 7_919) % ITEMS}`, limit: 20 })));
    return [
      { area: AREA, measure: `seed ${STORED_LINES.toLocaleString('en')} sale lines (${sales.toLocaleString('en')} sales), one transaction`, value: Number(seedSales.toFixed(1)), unit: 's' },
      { area: AREA, measure: `seed ${ITEMS.toLocaleString('en')} catalogue items, one transaction`, value: Number(seedItems.toFixed(1)), unit: 's' },
      { area: AREA, measure: 'findSale p50 (1M lines stored, number or barcode)', value: percentile(receipts, 50), unit: 'ms' },
      { area: AREA, measure: 'findSale p99 (1M lines stored, number or barcode)', value: percentile(receipts, 99), unit: 'ms', target: '< 10 ms', met: percentile(receipts, 99) < 10 },
      { area: AREA, measure: 'lookupProduct by EAN p50 (200k items)', value: percentile(eans, 50), unit: 'ms' },
      { area: AREA, measure: 'lookupProduct by EAN p99 (200k items)', value: percentile(eans, 99), unit: 'ms', target: '< 2 ms', met: percentile(eans, 99) < 2 },
      { area: AREA, measure: 'searchCatalogue by name p50 (200k items)', value: percentile(searches, 50), unit: 'ms' },
      { area: AREA, measure: 'searchCatalogue by name p99 (200k items)', value: percentile(searches, 99), unit: 'ms' },
    ];
  } finally {
    d.remove();
  }
}

/** A day of 5,000 sales at head office (PGlite), pulled by a desk enrolled before: the whole sync, and the apply alone. */
async function pull(): Promise<BenchRow[]> {
  const ho = await startHeadOffice({ rateLimit: { max: 1_000_000, timeWindow: 60_000 } });
  const d = await readyDesk({ storeCode: 'BEN02' }, { sync: { intervalMs: 3_600_000, debounceMs: 3_600_000 } });
  const applied = await readyDesk({ storeCode: 'BEN02' });
  try {
    const code = await issueEnrollmentCode(ho.db, { storeCode: 'BEN02', deskCode: 'A' });
    await d.services.sync.enroll(ho.url, code);
    const token = await createIntegrationToken(ho.db, 'bench', ['BEN02']);
    const soldAt = new Date(Date.now() - 3_600_000).toISOString();
    const day = Array.from({ length: DAY_SALES }, (_, i) => sale('BEN02', i, soldAt));
    for (let i = 0; i < DAY_SALES; i += 1000) {
      const res = await fetch(`${ho.url}/v1/sales`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ sales: day.slice(i, i + 1000) }) });
      if (res.status !== 200) throw new Error(`POST /v1/sales answered ${res.status}: ${await res.text()}`);
    }
    let t0 = performance.now();
    const status = await d.services.sync.syncNow();
    const whole = (performance.now() - t0) / 1000;
    if (status.lastError) throw new Error(`pull failed: ${status.lastError}`);
    const held = d.desk.sales.status();
    if (held.sales !== DAY_SALES || held.saleLines !== DAY_SALES * LINES_PER_SALE) throw new Error(`pulled ${held.sales} sales, ${held.saleLines} lines`);
    // The same day applied in head office's pages of 500, without the network and head office's queries.
    const inbox = new Inbox(applied.desk);
    t0 = performance.now();
    for (let i = 0; i < DAY_SALES; i += 500) inbox.applySales({ sales: day.slice(i, i + 500), cursor: String(i + 500), more: i + 500 < DAY_SALES, days: 30, unreadable: 0 });
    const applyOnly = (performance.now() - t0) / 1000;
    return [
      { area: AREA, measure: `pull ${DAY_SALES.toLocaleString('en')} sales / ${(DAY_SALES * LINES_PER_SALE).toLocaleString('en')} lines from head office (PGlite), whole sync`, value: Number(whole.toFixed(2)), unit: 's', target: '< 2 s', met: whole < 2 },
      { area: AREA, measure: `apply ${DAY_SALES.toLocaleString('en')} sales at the desk alone (pages of 500)`, value: Number(applyOnly.toFixed(2)), unit: 's' },
    ];
  } finally {
    d.remove();
    applied.remove();
    await ho.close();
  }
}

export async function bench(): Promise<BenchRow[]> {
  return [...(await lookups()), ...(await pull())];
}
