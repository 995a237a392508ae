// Returns, exchanges and complaints bound to the sale they came from: what was paid, never more,
// over every case this desk knows (its own and those pulled from other desks).
import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { returnLine, signInClerk } from '../../../helpers/cases.js';
import { catalogueItem, testSale } from '../../../helpers/sales.js';
import { applyPulled, putCatalogue, putSales } from '../../../helpers/sale-desk.js';
import type { DeskSetup } from '../../../../shared/settings.js';
import type { ReturnLine } from '../../../../shared/domain/events.js';
import type { Sale } from '../../../../shared/sales/sale.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import { daySummary } from '../../../../main/core/printing/day-summary.js';
import { returnReceipt } from '../../../../main/core/printing/layouts/return-receipt.js';
import { layoutLines } from '../../../../shared/printing/layout-lines.js';
import { renderText } from '../../../../shared/printing/render-text.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

async function deskWith(sales: Sale[], over: Partial<DeskSetup> = {}, day = '2026-03-05') {
  const d = await readyDesk(over, { now: testClock(day).now });
  desks.push(d);
  putSales(d.desk, ...sales);
  return d;
}

/** A line as the counter sends it for a sale: the clerk picks the line and the quantity; the rest is ignored. */
const lineOf = (saleLineId: string, qty: number, over: Partial<ReturnLine> = {}): ReturnLine =>
  returnLine(1, 'CZK', { item: 'typed', qty, saleLineId, ...over });
const fromSale = (saleId = 'S-1') => ({ purchaseDate: '2026-01-01', proof: 'none' as const, saleId });

const kettles = testSale({ lines: [{ id: 'k', quantity: 3, unitPrice: 1000_00, gtin: '8594001234561', name: 'Konvice' }, { id: 'm', quantity: 2, unitPrice: 150_00 }] });

describe('a return from a sale', () => {
  it('takes item, code, price, what was paid, the date and receipt from the sale, not from the input', async () => {
    const { client } = await deskWith([kettles]);
    const s = ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 1, { paid: { amount: 1, currency: 'CZK' } })], refundMethod: 'original' }));
    expect(s.return!.purchase).toEqual({ receiptNo: 'PRG01-T3/000123', purchaseDate: '2026-03-01', proof: 'receipt', saleId: 'S-1' });
    expect(s.return!.lines[0]).toMatchObject({ item: 'Konvice', sku: '8594001234561', unitPrice: { amount: 1000_00, currency: 'CZK' }, paid: { amount: 1000_00, currency: 'CZK' }, saleLineId: 'k' });
    expect(s.return!.refund).toEqual({ method: 'card', amount: { amount: 1000_00, currency: 'CZK' }, parts: [{ method: 'card', amount: { amount: 1000_00, currency: 'CZK' }, saleAmount: 1000_00 }] });
  });

  it('partial and repeated returns: never more than was sold, and the refusal says how many are left', async () => {
    const { client } = await deskWith([kettles]);
    ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 1)], refundMethod: 'original' }));
    const over = await client.recordReturn({ purchase: fromSale(), lines: [lineOf('m', 1), lineOf('k', 3)], refundMethod: 'original' });
    expect(over).toMatchObject({ ok: false, error: { code: 'sale_qty_over', fields: ['lines.1.qty'] } });
    expect(!over.ok && over.error.message).toBe('Only 2 of Konvice can still be returned: 3 sold, 1 already returned.');
    ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 2)], refundMethod: 'original' }));
    const none = await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 1)], refundMethod: 'original' });
    expect(none).toMatchObject({ ok: false, error: { code: 'sale_line_returned', fields: ['lines.0.qty'], message: 'Everything of Konvice has already been returned (3 of 3).' } });
  });

  it('the same sale line twice in one request counts as one: together within what is left', async () => {
    const { client } = await deskWith([kettles]);
    const twice = await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 2), lineOf('k', 2, { reason: 'defective' })], refundMethod: 'original' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'sale_qty_over', fields: ['lines.1.qty'] } });
    const s = ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 2), lineOf('k', 1, { reason: 'defective' })], refundMethod: 'original', approvalPin: MANAGER_PIN }));
    expect(s.return!.refund.amount.amount).toBe(3000_00);
  });

  it('a receipt discount is spread over the units: every unit returned one by one refunds exactly what was paid', async () => {
    const sale = testSale({ lines: [{ id: 'a', quantity: 3, unitPrice: 100_00 }, { id: 'b', quantity: 1, unitPrice: 33_33 }], receiptDiscounts: [17_77] });
    const { client } = await deskWith([sale]);
    const refunds: number[] = [];
    for (let i = 0; i < 3; i++) refunds.push(ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 1)], refundMethod: 'original' })).return!.refund.amount.amount);
    const view = ok(await client.findSale({ receipt: sale.receiptNo }))[0]!;
    const lineA = view.lines.find((l) => l.id === 'a')!;
    expect(refunds.reduce((a, b) => a + b, 0)).toBe(lineA.paid);
    expect(lineA.paid).toBeLessThan(300_00);
    expect(lineA).toMatchObject({ returnedQty: 3, leftQty: 0, leftPaid: 0 });
  });

  it('split payment: by the original methods, never more per method than was paid with it', async () => {
    const sale = testSale({ lines: [{ id: 'a', quantity: 4, unitPrice: 250_00 }], payments: [{ method: 'cash', amount: 300_00 }, { method: 'card', amount: 700_00 }] });
    const { client } = await deskWith([sale]);
    const first = ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 2)], refundMethod: 'original' }));
    expect(first.return!.refund.parts!.map((p) => [p.method, p.saleAmount])).toEqual([['cash', 300_00], ['card', 200_00]]);
    expect(first.return!.refund).toMatchObject({ method: 'cash', amount: { amount: 500_00 } });
    // No cash is left: a cash refund is refused and says so; card pays the rest.
    const cash = await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 1)], refundMethod: 'cash' });
    expect(cash).toMatchObject({ ok: false, error: { code: 'refund_method_over', fields: ['refundMethod'] } });
    expect(!cash.ok && cash.error.message).toMatch(/Only CZK\s0\.00 can still be refunded by Cash/);
    const card = ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 2)], refundMethod: 'card' }));
    expect(card.return!.refund.parts).toEqual([{ method: 'card', amount: { amount: 500_00, currency: 'CZK' }, saleAmount: 500_00 }]);
  });

  it('a BGN sale of 2025 is refunded in EUR: each part converted at 1.95583, the total their sum', async () => {
    const sale = testSale({ id: 'BG-1', store: 'SOF01', receiptNo: '0042', soldAt: '2025-12-30T18:00:00+02:00', currency: 'BGN',
      lines: [{ id: 'a', quantity: 1, unitPrice: 99_99 }], payments: [{ method: 'cash', amount: 50_00 }, { method: 'card', amount: 49_99 }] });
    const { client } = await deskWith([sale], { storeCode: 'SOF01', country: 'BG', currency: 'EUR', language: 'en' }, '2026-01-05');
    const s = ok(await client.recordReturn({ purchase: fromSale('BG-1'), lines: [lineOf('a', 1)], refundMethod: 'original' }));
    // 50.00 BGN = 25.5646 EUR -> 25.56; 49.99 BGN = 25.5595 -> 25.56
    expect(s.return!.refund).toEqual({
      method: 'cash', amount: { amount: 51_12, currency: 'EUR' },
      parts: [{ method: 'cash', amount: { amount: 25_56, currency: 'EUR' }, saleAmount: 50_00 }, { method: 'card', amount: { amount: 25_56, currency: 'EUR' }, saleAmount: 49_99 }],
    });
    expect(s.return!.lines[0]!.paid).toEqual({ amount: 99_99, currency: 'BGN' });
  });

  it("the pack's approval rules apply to the converted amount", async () => {
    const sale = testSale({ lines: [{ id: 'a', quantity: 1, unitPrice: 6000_00 }] });
    const { client } = await deskWith([sale]);
    await signInClerk(client);
    const refused = await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 1)], refundMethod: 'original' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'manager_required', approve: ['over_limit'] } });
    ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 1)], refundMethod: 'original', approvalPin: MANAGER_PIN }));
  });

  it('a voided return gives its quantity and money back to the sale', async () => {
    const { client } = await deskWith([kettles]);
    const s = ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 3)], refundMethod: 'original' }));
    expect(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 1)], refundMethod: 'original' })).toMatchObject({ ok: false, error: { code: 'sale_line_returned' } });
    ok(await client.voidCase({ caseId: s.id, reason: 'Wrong item', approvalPin: MANAGER_PIN }));
    ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 3)], refundMethod: 'original' }));
  });

  it('another desk’s return of the same sale, pulled here, counts (and so does this desk’s not yet synced one)', async () => {
    const a = await deskWith([kettles], { deskCode: 'A' });
    const b = await deskWith([kettles], { deskCode: 'B' });
    const fromA = ok(await a.client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 2)], refundMethod: 'original' }));
    applyPulled(b.desk, a.desk.log.eventsOf(fromA.id));
    ok(await b.client.recordReturn({ purchase: fromSale(), lines: [lineOf('m', 1)], refundMethod: 'original' }));
    expect(await b.client.recordReturn({ purchase: fromSale(), lines: [lineOf('k', 2)], refundMethod: 'original' })).toMatchObject({ ok: false, error: { code: 'sale_qty_over' } });
    const view = ok(await b.client.findSale({ receipt: 't3 000123' }))[0]!;
    expect(view.lines.map((l) => [l.id, l.returnedQty, l.leftQty])).toEqual([['k', 2, 1], ['m', 1, 1]]);
    expect(view.methods[0]).toMatchObject({ method: 'card', refunded: 2150_00 });
  });

  it('refuses an unknown sale, a line of no sale, and a sale-only field on a manual return', async () => {
    const { client, desk } = await deskWith([kettles]);
    const events = () => scalar<number>(desk.db, 'SELECT count(*) FROM events');
    const before = events();
    expect(await client.recordReturn({ purchase: fromSale('NOPE'), lines: [lineOf('k', 1)], refundMethod: 'original' })).toMatchObject({ ok: false, error: { code: 'sale_not_found' } });
    expect(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('zz', 1)], refundMethod: 'original' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['lines.0.saleLineId'] } });
    const manual = { purchaseDate: '2026-03-01', proof: 'receipt' as const };
    expect(await client.recordReturn({ purchase: manual, lines: [returnLine(100, 'CZK', { paid: { amount: 99999, currency: 'CZK' } })], refundMethod: 'cash' }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['lines.0.paid'] } });
    expect(await client.recordReturn({ purchase: manual, lines: [returnLine(100)], refundMethod: 'original' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['refundMethod'] } });
    expect(events()).toBe(before);
    // A manual return works as before.
    expect(ok(await client.recordReturn({ purchase: manual, lines: [returnLine(100, 'CZK', { qty: 2 })], refundMethod: 'cash' })).return!.refund).toEqual({ method: 'cash', amount: { amount: 200, currency: 'CZK' } });
  });

  it('prints the original receipt and each refund part; the day counts each part by its method', async () => {
    process.env.TZ = 'UTC';
    const sale = testSale({ lines: [{ id: 'a', quantity: 2, unitPrice: 500_00 }], payments: [{ method: 'cash', amount: 400_00 }, { method: 'card', amount: 600_00 }] });
    const { client, desk } = await deskWith([sale]);
    const s = ok(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 2)], refundMethod: 'original' }));
    const store = { name: 'Obchod', address: 'Praha', companyId: '1', storeCode: 'PRG01', deskCode: 'A', staff: {} };
    const doc = returnReceipt(s, store, 'en');
    const text = renderText(layoutLines(doc, 48));
    expect(text).toContain('PRG01-T3/000123');
    expect(text).toMatch(/Purchased on +03\/01\/2026/);
    expect(text).toMatch(/Refund \(Cash\) +CZK 400\.00/);
    expect(text).toMatch(/Refund \(Card\) +CZK 600\.00/);
    expect(text).toMatch(/Refund total +CZK 1,000\.00/);
    expect(doc.openDrawer).toBe(true);
    const day = daySummary(desk.db, desk.today(), 'CZK');
    expect(day.refunds.cash.amount).toBe(400_00);
    expect(day.refunds.card.amount).toBe(600_00);
    expect(day.cashOut.amount).toBe(400_00);
  });
});

describe('an exchange from a sale', () => {
  it('bounds the returned lines by the sale and values them at what was paid', async () => {
    const sale = testSale({ lines: [{ id: 'a', quantity: 1, unitPrice: 1000_00 }], receiptDiscounts: [100_00] });
    const { client } = await deskWith([sale]);
    const issued = [{ item: 'Konvice XL', qty: 1, unitPrice: { amount: 1200_00, currency: 'CZK' as const } }];
    const x = ok(await client.recordExchange({ purchase: fromSale(), returned: [lineOf('a', 1)], issued, settlement: 'card' }));
    expect(x.exchange!.difference).toEqual({ amount: 300_00, currency: 'CZK' });
    expect(x.exchange!.purchase.saleId).toBe('S-1');
    expect(await client.recordReturn({ purchase: fromSale(), lines: [lineOf('a', 1)], refundMethod: 'original' })).toMatchObject({ ok: false, error: { code: 'sale_line_returned' } });
    expect(await client.recordExchange({ purchase: fromSale(), returned: [lineOf('a', 1)], issued, settlement: 'card' })).toMatchObject({ ok: false, error: { code: 'sale_line_returned', fields: ['returned.0.qty'] } });
  });

  it('gives money back only by a method the customer paid that much with: no cash back on a card sale', async () => {
    const byCard = testSale({ lines: [{ id: 'a', quantity: 1, unitPrice: 1000_00 }] });
    const { client } = await deskWith([byCard]);
    const cheaper = [{ item: 'Konvice mini', qty: 1, unitPrice: { amount: 200_00, currency: 'CZK' as const } }];
    const cash = await client.recordExchange({ purchase: fromSale(), returned: [lineOf('a', 1)], issued: cheaper, settlement: 'cash' });
    expect(cash).toMatchObject({ ok: false, error: { code: 'refund_method_over', fields: ['settlement'] } });
    const card = ok(await client.recordExchange({ purchase: fromSale(), returned: [lineOf('a', 1)], issued: cheaper, settlement: 'card' }));
    expect(card.exchange!.difference).toEqual({ amount: -800_00, currency: 'CZK' });
    expect(ok(await client.findSale({ receipt: byCard.receiptNo }))[0]!.methods).toContainEqual({ method: 'card', paid: 1000_00, refunded: 800_00, left: 200_00 });
  });
});

describe('a complaint about a sale line', () => {
  it('fills the product and purchase from the sale (named as the counter shows it: the catalogue’s name in the desk’s language), and the guarantee from the item’s warranty', async () => {
    const { client, desk } = await deskWith([kettles]);
    putCatalogue(desk, catalogueItem({ sku: 'K1', gtins: ['8594001234561'], warrantyMonths: 36, names: { cs: 'Rychlovarná konvice', en: 'Electric kettle' } }));
    const c = ok(await client.openComplaint({ kind: 'defect', remedy: 'repair', description: 'Leaks', product: { name: 'typed', serial: 'SN-1', saleLineId: 'k' }, purchase: fromSale(), customer: { phone: '602 111 222' } }));
    expect(c.complaint!.product).toEqual({ name: 'Electric kettle', sku: '8594001234561', serial: 'SN-1', saleLineId: 'k', price: { amount: 1000_00, currency: 'CZK' } });
    expect(c.complaint!.purchase).toEqual({ receiptNo: 'PRG01-T3/000123', purchaseDate: '2026-03-01', proof: 'receipt', saleId: 'S-1' });
    expect(c.complaint!.guaranteeEnds).toBe('2029-03-01');
    // Without the catalogue's warranty, the pack's legal guarantee.
    const m = ok(await client.openComplaint({ kind: 'defect', remedy: 'repair', description: 'Cracked', product: { name: 'x', saleLineId: 'm' }, purchase: fromSale(), customer: { phone: '602 111 222' } }));
    expect(m.complaint!.guaranteeEnds).toBe('2028-03-01');
    expect(await client.openComplaint({ kind: 'defect', remedy: 'repair', description: 'x', product: { name: 'x', saleLineId: 'm' }, customer: { phone: '602 111 222' } })).toMatchObject({ ok: false, error: { fields: ['purchase.saleId'] } });
  });
});
