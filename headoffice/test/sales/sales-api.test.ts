import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runAdminCommand } from '../../src/admin-commands.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';
import { makeSale } from './fixtures.js';
import { salesPullResponseSchema } from '../../../shared/sales/sale.js';

const ho = headOfficeAppForFile();
let erp: string;
let prague: Awaited<ReturnType<typeof enrolledDevice>>;
let brno: Awaited<ReturnType<typeof enrolledDevice>>;

beforeAll(async () => {
  ({ token: erp } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'PRG01,brn02' })) as { token: string });
  prague = await enrolledDevice(ho.app, ho.db, 'PRG01', 'A');
  brno = await enrolledDevice(ho.app, ho.db, 'BRN02', 'A');
});

const post = (sales: unknown[], token = erp) => ho.app.inject({ method: 'POST', url: '/v1/sales', headers: bearer(token), payload: { sales } });
const count = async () => (await ho.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sales'))[0]!.n;
let before: number;
beforeEach(async () => {
  before = await count();
});

describe('POST /v1/sales', () => {
  test('integration-token takes its stores as typed (PRG01,BRN02) or as the list the CLI sends through the server', async () => {
    const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'Till', stores: ['prg01'] })) as { token: string };
    expect((await post([makeSale()], token)).json()).toMatchObject({ stored: 1 });
    expect((await post([makeSale('BRN02')], token)).json()).toMatchObject({ rejected: 1 });
  });

  test('stores a batch once; sent again, every sale is answered as held and nothing changes', async () => {
    const sales = [makeSale(), makeSale('BRN02')];
    const first = await post(sales);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ stored: 2, held: 0, conflicts: 0, rejected: 0 });
    const again = await post(sales);
    expect(again.json()).toMatchObject({ stored: 0, held: 2, results: [{ index: 0, id: sales[0]!.id, outcome: 'held' }, { index: 1, id: sales[1]!.id, outcome: 'held' }] });
    expect(await count()).toBe(before + 2);
  });

  test('a held sale sent with other content is a conflict and stays as held', async () => {
    const sale = makeSale();
    await post([sale]);
    const changed = { ...sale, payments: [{ method: 'cash', amount: 13500 }] };
    const res = await post([changed]);
    expect(res.json()).toMatchObject({ conflicts: 1, results: [{ id: sale.id, outcome: 'conflict', reason: expect.stringContaining('other content') }] });
    const [held] = await ho.db.query<{ body: { payments: unknown } }>('SELECT body FROM sales WHERE id = $1', [sale.id]);
    expect(held!.body.payments).toEqual(sale.payments);
  });

  test('a sale of a store outside the token\'s list is rejected; the others in the batch are stored', async () => {
    const res = await post([makeSale('OST01'), makeSale()]);
    expect(res.json()).toMatchObject({ stored: 1, rejected: 1, results: [{ index: 0, outcome: 'rejected', reason: expect.stringContaining('store OST01') }, { index: 1, outcome: 'stored' }] });
    expect(await count()).toBe(before + 1);
  });

  const bad = makeSale();
  const line = bad.lines[0]!;
  const withLine = (over: Record<string, unknown>) => ({ ...bad, lines: [{ ...line, ...over }, bad.lines[1]] });
  test.each([
    ['a wrong GTIN check digit', withLine({ gtin: '4006381333932' }), 'lines.0.gtin'],
    ['a line without GTIN or SKU', withLine({ gtin: undefined, sku: undefined }), 'needs a gtin or a sku'],
    ['quantity 0', withLine({ quantity: 0 }), 'lines.0.quantity'],
    ['a fractional quantity', withLine({ quantity: 1.5 }), 'lines.0.quantity'],
    ['a price past 2^53', withLine({ unitPrice: 2 ** 53 + 2 }), 'lines.0.unitPrice'],
    ['quantity × price past the largest amount', withLine({ quantity: 100_000, unitPrice: 90_000_000_000 }), 'beyond the largest amount'],
    ['a line discount above the line', withLine({ discount: 5001 }), 'more than the line costs'],
    ['a negative discount', withLine({ discount: -1 }), 'lines.0.discount'],
    ['two lines with one id', { ...bad, lines: [line, { ...bad.lines[1]!, id: line.id }] }, 'appears twice'],
    ['NUL in a name', withLine({ name: 'Pero\0' }), 'NUL or half a character'],
    ['a lone surrogate in a name', withLine({ name: 'Pero \ud83d' }), 'NUL or half a character'],
    ['payments that do not add up', { ...bad, payments: [{ method: 'card', amount: 13499 }] }, 'payments sum to 13499, the receipt totals 13500'],
    ['an unknown payment method', { ...bad, payments: [{ method: 'crypto', amount: 13500 }] }, 'payments.0.method'],
    ['receipt discounts above the lines', { ...bad, receiptDiscounts: [20000], payments: [{ method: 'card', amount: 0 }] }, 'receipt discounts exceed'],
    ['BGN in 2026', { ...bad, store: 'PRG01', currency: 'BGN', soldAt: '2026-01-01T00:10:00+02:00' }, 'BGN is not used'],
    ['USD', { ...bad, currency: 'USD' }, 'currency'],
    ['a time without offset', { ...bad, soldAt: '2026-03-01T10:00:00' }, 'soldAt'],
    ['no lines', { ...bad, lines: [] }, 'lines'],
    ['an unknown field', { ...bad, tip: 100 }, 'tip'],
    ['an id with spaces', { ...bad, id: 'A B' }, 'id'],
    ['not an object', 'sale', '(sale)'],
  ])('refuses %s', async (_name, sale, reason) => {
    const res = await post([sale]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rejected: 1, results: [{ outcome: 'rejected', reason: expect.stringContaining(reason) }] });
    expect(await count()).toBe(before);
  });

  test('BGN on the last day of 2025 (local time) is a sale like any other', async () => {
    const res = await post([makeSale('PRG01', { currency: 'BGN', soldAt: '2025-12-31T23:50:00+02:00' })]);
    expect(res.json()).toMatchObject({ stored: 1 });
  });

  test('the same sale twice in one batch: the second is rejected', async () => {
    const sale = makeSale();
    expect((await post([sale, sale])).json()).toMatchObject({ stored: 1, rejected: 1, results: [{ outcome: 'stored' }, { outcome: 'rejected', reason: expect.stringContaining('twice') }] });
  });

  test('no token, a device token, a wrong token: 401; a malformed or too large batch: 400 and 413; nothing stored', async () => {
    const sales = [makeSale()];
    expect((await ho.app.inject({ method: 'POST', url: '/v1/sales', payload: { sales } })).statusCode).toBe(401);
    expect((await post(sales, prague.token)).json()).toMatchObject({ error: 'unauthorized' });
    expect((await post(sales, `sdi_${'x'.repeat(43)}`)).statusCode).toBe(401);
    expect((await post([])).json()).toMatchObject({ error: 'malformed' });
    expect((await post(Array.from({ length: 1001 }, () => makeSale()))).statusCode).toBe(400);
    expect((await ho.app.inject({ method: 'POST', url: '/v1/sales', headers: bearer(erp), payload: { sales: 'x'.repeat(3 * 1024 * 1024) } })).statusCode).toBe(413);
    expect(await count()).toBe(before);
  });
});

describe('GET /v1/sales and /v1/sales/lookup', () => {
  const pull = (token: string, query = '') => ho.app.inject({ method: 'GET', url: `/v1/sales${query}`, headers: bearer(token) });
  const lookup = (token: string, receipt: string) => ho.app.inject({ method: 'GET', url: `/v1/sales/lookup?receipt=${encodeURIComponent(receipt)}`, headers: bearer(token) });

  test("a desk pulls its own store's recent sales in intake order, a late-reported older one included, never another store's", async () => {
    const { cursor } = (await pull(prague.token)).json() as { cursor: string };
    const recent = makeSale();
    const lateButOlder = makeSale('PRG01', { soldAt: new Date(Date.now() - 10 * 86_400_000).toISOString() });
    const tooOld = makeSale('PRG01', { soldAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
    await post([recent, makeSale('BRN02')]);
    await post([lateButOlder, tooOld]);
    const page = await pull(prague.token, `?after=${cursor}&limit=1`);
    expect(page.json()).toMatchObject({ sales: [recent], more: true });
    const rest = (await pull(prague.token, `?after=${(page.json() as { cursor: string }).cursor}`)).json() as { sales: { id: string; store: string }[]; more: boolean };
    expect(rest.sales.map((s) => s.id)).toEqual([lateButOlder.id]);
    expect(rest.more).toBe(false);
    const all = (await pull(prague.token)).json() as { sales: { store: string }[] };
    expect(all.sales.every((s) => s.store === 'PRG01')).toBe(true);
  });

  test("the store's window is set by head office, and answered with the sales (`days`) for the desk to keep", async () => {
    await runAdminCommand(ho.db, 'sales-days', { store: 'BRN02', days: '1' });
    const old = makeSale('BRN02', { soldAt: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    await post([old]);
    const answer = salesPullResponseSchema.parse((await pull(brno.token)).json());
    expect(answer.days).toBe(1);
    expect(answer.sales.map((s) => s.id)).not.toContain(old.id);
    expect(salesPullResponseSchema.parse((await pull(prague.token)).json()).days).toBe(37);
    expect(((await lookup(brno.token, old.receiptNo)).json() as { sales: unknown[] }).sales).toEqual([old]);
  });

  test('lookup by receipt number with or without dashes and store prefix, or by barcode, of any age; own store only', async () => {
    const sale = makeSale('PRG01', { receiptNo: 'PRG01-T7-004711', receiptBarcode: '0047114711', soldAt: '2024-02-01T09:00:00+01:00' });
    await post([sale]);
    for (const typed of ['PRG01-T7-004711', 't7004711', 'T7 004711', '0047114711']) {
      expect((await lookup(prague.token, typed)).json()).toEqual({ sales: [sale] });
    }
    expect((await lookup(brno.token, 'PRG01-T7-004711')).json()).toEqual({ sales: [] });
    expect((await lookup(prague.token, 'T7\u0000004711')).statusCode).toBe(200);
    expect((await lookup(prague.token, '')).json()).toMatchObject({ error: 'malformed' });
  });

  test('without a device token: 401; an integration token is not one', async () => {
    expect((await ho.app.inject({ method: 'GET', url: '/v1/sales' })).statusCode).toBe(401);
    expect((await pull(erp)).statusCode).toBe(401);
    expect((await lookup(erp, '1')).statusCode).toBe(401);
    expect((await pull(prague.token, '?after=abc')).json()).toMatchObject({ error: 'malformed' });
  });
});
