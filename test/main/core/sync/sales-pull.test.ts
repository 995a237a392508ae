// The desk pulls its store's sales and the chain's catalogue from a real head office, keeps only
// the store's window of days, and asks head office for an older receipt (kept here afterwards).
import { describe, expect, test } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';
import { catalogueItem, testSale } from '../../../helpers/sales.js';
import { createIntegrationToken } from '../../../../headoffice/src/store/integration.js';
import { setSalesDays } from '../../../../headoffice/src/sales/desk-sales.js';
import type { Sale } from '../../../../shared/sales/sale.js';
import { scalar } from '../../../../main/core/db/sqlite.js';

const files = headOfficeForFile();
const keep = files.keep;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Sales and catalogue items sent to head office as the shop's ERP does. */
async function fromErp(storeCode: string, body: { sales?: Sale[]; items?: object[] }) {
  const token = await createIntegrationToken(files.ho.db, 'ERP', [storeCode]);
  const post = async (path: string, payload: object) => {
    const res = await fetch(`${files.ho.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(payload) });
    expect(res.status, await res.clone().text()).toBe(200);
  };
  if (body.sales) await post('/v1/sales', { sales: body.sales });
  if (body.items) await post('/v1/catalogue', { items: body.items });
}

describe('sales and catalogue at the desk', () => {
  test("pulls the store's sales (page by page, each with its cursor) and the catalogue; finds a receipt however typed", async () => {
    const store = 'PUL01';
    // More than one page (head office hands 500 at most).
    const sales = Array.from({ length: 501 }, (_, i) => testSale({
      id: `P-${i}`, store, receiptNo: `${store}-T1/${String(i).padStart(6, '0')}`, receiptBarcode: `99${String(i).padStart(10, '0')}`, soldAt: daysAgo(1),
      lines: [{ id: '1', quantity: 2, unitPrice: 100_00, gtin: '8594001234561' }, { id: '2', quantity: 1, unitPrice: 5_00 }],
    }));
    await fromErp(store, {
      sales,
      items: [catalogueItem({ sku: 'KET-1', gtins: ['8594001234561'], names: { cs: 'Rychlovarná konvice', en: 'Kettle', uk: 'Ґудзик-чайник' }, warrantyMonths: 36, price: { amount: 999_00, currency: 'CZK' } })],
    });
    const d = keep(await enrolledDesk(files.ho, { storeCode: store }));
    expect(ok(await d.client.salesStatus({}))).toEqual({ sales: 501, saleLines: 1002, products: 1, oldestSale: sales[0]!.soldAt, days: expect.any(Number), unreadable: 0 });
    expect(Number(scalar<string>(d.desk.db, "SELECT value FROM meta WHERE key = 'sales.cursor'"))).toBeGreaterThan(0);

    for (const typed of ['PUL01-T1/000007', 't1 000007', 'T1-000007', '990000000007']) {
      const [found, ...more] = ok(await d.client.findSale({ receipt: typed }));
      expect(more, typed).toEqual([]);
      expect(found, typed).toMatchObject({ source: 'desk', soldOn: sales[7]!.soldAt.slice(0, 10), sale: { id: 'P-7' } });
    }
    const view = ok(await d.client.findSale({ receipt: 'T1 000007' }))[0]!;
    expect(view.lines[0]).toMatchObject({ displayName: 'Kettle', returnable: true, warrantyMonths: 36, sold: 2, leftQty: 2, paid: 200_00 });
    expect(view.lines[1]).toMatchObject({ displayName: 'Item 2', returnable: null, warrantyMonths: null });

    expect(ok(await d.client.lookupProduct({ ean: '8594001234561' }))).toEqual({ sku: 'KET-1', gtins: ['8594001234561'], name: 'Kettle', price: { amount: 999_00, currency: 'CZK' }, returnable: true, warrantyMonths: 36 });
    expect(ok(await d.client.lookupProduct({ ean: '4006381333931' }))).toBeNull();
    for (const query of ['konvice', 'KONVICE', 'гудзик', 'ket-1', '8594001234561', 'rychlovarna konv']) {
      expect(ok(await d.client.searchCatalogue({ query })).map((p) => p.sku), query).toEqual(['KET-1']);
    }
    expect(ok(await d.client.searchCatalogue({ query: 'teapot' }))).toEqual([]);
  });

  test("forgets sales older than the store's window; an older receipt is asked of head office and kept", async () => {
    const store = 'PUL02';
    const old = testSale({ id: 'OLD-1', store, receiptNo: 'T1/000001', soldAt: daysAgo(20), lines: [{ id: '1', quantity: 1, unitPrice: 100_00 }] });
    const recent = testSale({ id: 'NEW-1', store, receiptNo: 'T1/000002', soldAt: daysAgo(2), lines: [{ id: '1', quantity: 1, unitPrice: 100_00 }] });
    await setSalesDays(files.ho.db, store, 30);
    await fromErp(store, { sales: [old, recent] });
    const d = keep(await enrolledDesk(files.ho, { storeCode: store }));
    expect(ok(await d.client.salesStatus({}))).toMatchObject({ sales: 2, days: 30 });

    await setSalesDays(files.ho.db, store, 10);
    ok(await d.client.syncNow({}));
    expect(ok(await d.client.salesStatus({}))).toMatchObject({ sales: 1, days: 10, oldestSale: recent.soldAt });

    // Not here any more: head office has it, and from now on this desk keeps it, through later pulls.
    expect(ok(await d.client.findSale({ receipt: 'T1/000001' }))).toMatchObject([{ source: 'head_office', sale: { id: 'OLD-1' } }]);
    ok(await d.client.syncNow({}));
    expect(ok(await d.client.findSale({ receipt: 'T1/000001' }))).toMatchObject([{ source: 'desk', sale: { id: 'OLD-1' } }]);
    // A return from it is bounded offline like any other.
    const line = { item: 'x', qty: 1, unitPrice: { amount: 1, currency: 'CZK' as const }, reason: 'defective' as const, condition: 'used' as const, restock: false, saleLineId: '1' };
    ok(await d.client.recordReturn({ purchase: { purchaseDate: '2026-01-01', proof: 'receipt', saleId: 'OLD-1' }, lines: [line], refundMethod: 'original' }));
    expect(await d.client.recordReturn({ purchase: { purchaseDate: '2026-01-01', proof: 'receipt', saleId: 'OLD-1' }, lines: [line], refundMethod: 'original' }))
      .toMatchObject({ ok: false, error: { code: 'sale_line_returned' } });

    expect(await d.client.findSale({ receipt: 'T1/999999' })).toMatchObject({ ok: false, error: { code: 'sale_not_found' } });
  });

  test('a sale head office holds that this desk cannot read (a rule tightened since) is left out and counted; the rest still comes', async () => {
    const store = 'PUL04';
    const sale = (i: number) => testSale({ id: `U-${i}`, store, receiptNo: `T1/00000${i}`, soldAt: daysAgo(1), lines: [{ id: '1', quantity: 1, unitPrice: 100_00 }] });
    await fromErp(store, { sales: [sale(1), sale(2), sale(3)] });
    // As if head office had taken it in under an older rule: it no longer adds up.
    await files.ho.db.query(`UPDATE sales SET body = jsonb_set(body, '{payments,0,amount}', '1') WHERE id = 'U-2'`);
    const d = keep(await enrolledDesk(files.ho, { storeCode: store }));
    expect(ok(await d.client.salesStatus({}))).toMatchObject({ sales: 2, unreadable: 1 });
    expect(ok(await d.client.findSale({ receipt: 'T1/000003' }))).toMatchObject([{ sale: { id: 'U-3' } }]);
    expect(ok(await d.client.syncStatus({})).lastError).toBeNull();
  });

  test('a receipt not on the desk while head office is out of reach: a clear refusal, nothing stored', async () => {
    let online = true;
    const fetchFn = (url: string, init: RequestInit) => (online ? fetch(url, init) : Promise.reject(new TypeError('fetch failed')));
    const d = keep(await enrolledDesk(files.ho, { storeCode: 'PUL03' }, { sync: { fetch: fetchFn } }));
    online = false;
    const res = await d.client.findSale({ receipt: 'T9-000001' });
    expect(res).toMatchObject({ ok: false, error: { code: 'sale_lookup_offline' } });
    expect(!res.ok && res.error.message).toContain('T9-000001');
    expect(ok(await d.client.salesStatus({})).sales).toBe(0);
  });
});
