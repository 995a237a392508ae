import { beforeAll, describe, expect, test } from 'vitest';
import { cataloguePullResponseSchema, type DeskCatalogueItem } from '../../../shared/sales/catalogue.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';

const ho = headOfficeAppForFile();
let erp: string;
let prague: Awaited<ReturnType<typeof enrolledDevice>>;
let brno: Awaited<ReturnType<typeof enrolledDevice>>;

const czk = (amount: number) => ({ amount, currency: 'CZK' });
const item = (sku: string, over: Record<string, unknown> = {}) => ({ sku, gtins: [], names: { en: `Item ${sku}` }, returnable: true, warrantyMonths: 24, ...over });

beforeAll(async () => {
  ({ token: erp } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'PRG01,BRN02' })) as { token: string });
  prague = await enrolledDevice(ho.app, ho.db, 'PRG01', 'A');
  brno = await enrolledDevice(ho.app, ho.db, 'BRN02', 'A');
  await send({ items: [
    item('PEN-01', { gtins: ['4006381333931'], names: { cs: 'Pero', en: 'Pen' }, price: czk(2450), category: 'stationery', warrantyMonths: 0 }),
    item('KET-20', { gtins: ['5901234123464', '5901234123457'], price: czk(49000) }),
    item('GFT-50', { returnable: false }),
  ] });
  await send({ store: 'PRG01', items: [item('PEN-01', { gtins: ['4006381333931'], names: { cs: 'Pero', en: 'Pen' }, price: czk(2200), category: 'stationery', warrantyMonths: 0 })] });
});

async function send(body: object) {
  const res = await ho.app.inject({ method: 'POST', url: '/v1/catalogue', headers: bearer(erp), payload: body });
  expect(res.statusCode, res.body).toBe(200);
}

const pull = async (token: string, query = '') => {
  const res = await ho.app.inject({ method: 'GET', url: `/v1/catalogue${query}`, headers: bearer(token) });
  expect(res.statusCode, res.body).toBe(200);
  return cataloguePullResponseSchema.parse(res.json());
};

/** Every page from `after` on: the items in the order they came, and the cursor to ask next. */
async function pullAll(token: string, after = '0', limit = 5000) {
  const items: DeskCatalogueItem[] = [];
  for (let cursor = after; ;) {
    const page = await pull(token, `?after=${cursor}&limit=${limit}`);
    items.push(...page.items);
    cursor = page.cursor;
    if (!page.more) return { items, cursor };
  }
}
const priceOf = (items: DeskCatalogueItem[], sku: string) => items.find((i) => i.sku === sku)?.price;

describe('GET /v1/catalogue', () => {
  test("a desk gets every item, with its store's price where there is one, else the chain's", async () => {
    const { items } = await pullAll(prague.token);
    expect(items).toEqual([
      { sku: 'KET-20', gtins: ['5901234123457', '5901234123464'], names: { en: 'Item KET-20' }, price: czk(49000), returnable: true, warrantyMonths: 24 },
      { sku: 'GFT-50', gtins: [], names: { en: 'Item GFT-50' }, returnable: false, warrantyMonths: 24 },
      { sku: 'PEN-01', gtins: ['4006381333931'], names: { cs: 'Pero', en: 'Pen' }, price: czk(2200), category: 'stationery', returnable: true, warrantyMonths: 0 },
    ]);
  });

  test("another store's price never reaches a desk: Brno sees the chain's", async () => {
    const { items } = await pullAll(brno.token);
    expect(items.map((i) => i.sku).sort()).toEqual(['GFT-50', 'KET-20', 'PEN-01']);
    expect(priceOf(items, 'PEN-01')).toEqual(czk(2450));
  });

  test('page by page after the cursor, in change order, `more` until the last page; an item changed again comes again, as it is now', async () => {
    const first = await pull(prague.token, '?limit=1');
    expect(first).toMatchObject({ items: [{ sku: 'PEN-01', price: czk(2200) }], more: true });
    const second = await pull(prague.token, `?after=${first.cursor}&limit=1`);
    expect(second).toMatchObject({ items: [{ sku: 'KET-20' }], more: true });
    const paged = await pullAll(prague.token, '0', 1);
    // PEN-01 again: its store price came after the item.
    expect(paged.items.map((i) => i.sku)).toEqual(['PEN-01', 'KET-20', 'GFT-50', 'PEN-01']);
    const whole = await pullAll(prague.token);
    expect(paged.items.slice(1)).toEqual(whole.items);
    expect(paged.cursor).toBe(whole.cursor);
    expect(await pull(prague.token, `?after=${paged.cursor}`)).toEqual({ items: [], cursor: paged.cursor, more: false });
  });

  test("after the cursor: only what changed, the store's own price changes to that store only; the same catalogue again changes nothing", async () => {
    const [atPrague, atBrno] = [(await pullAll(prague.token)).cursor, (await pullAll(brno.token)).cursor];
    await send({ items: [item('KET-20', { gtins: ['5901234123464', '5901234123457'], price: czk(49000) }), item('GFT-50', { returnable: false })] });
    expect((await pull(prague.token, `?after=${atPrague}`)).items).toEqual([]);

    await send({ items: [item('GFT-50', { returnable: false, names: { en: 'Gift card' } })] });
    await send({ store: 'PRG01', items: [item('KET-20', { gtins: ['5901234123464', '5901234123457'], price: czk(45000) })] });
    const prg = await pull(prague.token, `?after=${atPrague}`);
    expect(prg.items.map((i) => [i.sku, i.names.en, i.price?.amount])).toEqual([['GFT-50', 'Gift card', undefined], ['KET-20', 'Item KET-20', 45000]]);
    const brn = await pull(brno.token, `?after=${atBrno}`);
    expect(brn.items.map((i) => [i.sku, i.price?.amount])).toEqual([['GFT-50', undefined]]);
    expect(Number(prg.cursor)).toBeGreaterThan(Number(atPrague));
  });

  test('a GTIN that moves to another item sends both again, each with its GTINs as they are now', async () => {
    const { cursor } = await pullAll(brno.token);
    await send({ items: [item('GFT-50', { returnable: false, names: { en: 'Gift card' }, gtins: ['4006381333931'] })] });
    const { items } = await pull(brno.token, `?after=${cursor}`);
    expect(items.map((i) => [i.sku, i.gtins]).sort()).toEqual([['GFT-50', ['4006381333931']], ['PEN-01', []]]);
  });

  test('a device token only; a bad query is a clear 400', async () => {
    expect((await ho.app.inject({ method: 'GET', url: '/v1/catalogue' })).statusCode).toBe(401);
    expect((await ho.app.inject({ method: 'GET', url: '/v1/catalogue', headers: bearer(erp) })).statusCode).toBe(401);
    for (const query of ['after=-1', 'limit=5001', 'limit=0', 'after=1&store=BRN02']) {
      const res = await ho.app.inject({ method: 'GET', url: `/v1/catalogue?${query}`, headers: bearer(prague.token) });
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toMatchObject({ error: 'malformed' });
    }
  });
});
