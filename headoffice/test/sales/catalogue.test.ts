import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdminCommand } from '../../src/admin-commands.js';
import { importCatalogueCsv } from '../../src/sales/catalogue-csv.js';
import { ImportRefused } from '../../src/csv/csv-file.js';
import { bearer, headOfficeAppForFile } from '../api.js';

const ho = headOfficeAppForFile();
let erp: string;
beforeAll(async () => {
  ({ token: erp } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'PRG01' })) as { token: string });
});
const post = (body: object) => ho.app.inject({ method: 'POST', url: '/v1/catalogue', headers: bearer(erp), payload: body });
const item = (sku: string, over: Record<string, unknown> = {}) => ({ sku, gtins: ['4006381333931'], names: { cs: 'Pero', en: 'Pen' }, price: { amount: 2450, currency: 'CZK' }, returnable: true, warrantyMonths: 0, ...over });
const gtinsOf = async (sku: string) => (await ho.db.query<{ gtin: string }>('SELECT gtin FROM catalogue_gtins WHERE sku = $1 ORDER BY gtin', [sku])).map((r) => r.gtin);
const itemCount = async () => (await ho.db.query<{ n: number }>('SELECT count(*)::int AS n FROM catalogue_items'))[0]!.n;

describe('POST /v1/catalogue', () => {
  test('creates and then replaces items by SKU; a GTIN moves to the item listing it now', async () => {
    expect((await post({ items: [item('PEN-01')] })).json()).toEqual({ items: 1 });
    expect((await post({ items: [item('PEN-02'), item('PEN-01', { gtins: ['96385074'], names: { bg: 'Химикалка' } })] })).json()).toEqual({ items: 2 });
    expect(await gtinsOf('PEN-01')).toEqual(['96385074']);
    expect(await gtinsOf('PEN-02')).toEqual(['4006381333931']);
    const [pen] = await ho.db.query<{ names: unknown; price: string }>("SELECT names, price::text FROM catalogue_items WHERE sku = 'PEN-01'");
    expect(pen).toEqual({ names: { bg: 'Химикалка' }, price: '2450' });
  });

  test('store prices go to the store, not the chain-wide price', async () => {
    await post({ store: 'PRG01', items: [item('PEN-01', { gtins: ['96385074'], price: { amount: 2200, currency: 'CZK' } })] });
    const [row] = await ho.db.query<{ chain: string; store: string }>(
      "SELECT i.price::text AS chain, p.price::text AS store FROM catalogue_items i JOIN catalogue_store_prices p USING (sku) WHERE sku = 'PEN-01' AND p.store_code = 'PRG01'");
    expect(row).toEqual({ chain: '2450', store: '2200' });
    expect((await post({ store: 'BRN02', items: [item('PEN-01')] })).json()).toMatchObject({ error: 'store_not_allowed' });
  });

  test.each([
    ['no name', item('X', { names: {} }), 'at least one'],
    ['a name in an unknown language', item('X', { names: { de: 'Stift' } }), 'de'],
    ['a wrong GTIN', item('X', { gtins: ['4006381333932'] }), 'gtins.0'],
    ['a negative warranty', item('X', { warrantyMonths: -1 }), 'warrantyMonths'],
    ['NUL in a name', item('X', { names: { cs: 'Pe\u0000ro' } }), 'NUL'],
  ])('refuses the batch for %s', async (_name, bad, reason) => {
    const before = await itemCount();
    const res = await post({ items: [item('OK-1'), bad] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'malformed', message: expect.stringContaining(reason) });
    expect(await itemCount()).toBe(before);
  });

  test('one GTIN on two items of a batch, or a SKU twice: 400', async () => {
    expect((await post({ items: [item('A1'), item('A2')] })).json()).toMatchObject({ message: expect.stringContaining('gtin 4006381333931 is also on sku A1') });
    expect((await post({ items: [item('A1', { gtins: [] }), item('A1', { gtins: [] })] })).json()).toMatchObject({ message: expect.stringContaining('twice') });
  });
});

describe('import-catalogue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-csv-'));
  afterAll(() => rmSync(dir, { recursive: true }));
  const sample = new URL('../../samples/catalogue.csv', import.meta.url).pathname;

  test('imports the sample chain-wide, and again with store prices', async () => {
    expect(await importCatalogueCsv(ho.db, sample, null)).toEqual({ items: 5 });
    const [kettle] = await ho.db.query<{ names: Record<string, string>; returnable: boolean; warranty_months: number }>("SELECT names, returnable, warranty_months FROM catalogue_items WHERE sku = 'KET-20'");
    expect(kettle).toMatchObject({ names: { cs: 'Rychlovarná konvice', uk: 'Електрочайник' }, returnable: true, warranty_months: 24 });
    expect(await gtinsOf('KET-20')).toEqual(['5901234123457', '5901234123464']);
    expect(await importCatalogueCsv(ho.db, sample, 'PRG01')).toEqual({ items: 5 });
    expect((await ho.db.query("SELECT 1 FROM catalogue_store_prices WHERE store_code = 'PRG01'")).length).toBe(4);
  });

  test('a file with bad rows is refused whole, each named by line', async () => {
    const before = await itemCount();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, [
      'sku,gtins,name_cs,name_bg,name_uk,name_ru,name_en,price,currency,category,returnable,warranty_months',
      'NEW-1,,Nové,,,,,100,CZK,x,yes,0',
      'NEW-2,,,,,,,100,CZK,x,yes,0',
      'NEW-3,,Nové,,,,,100,CZK,x,maybe,0',
      'NEW-4,,Nové,,,,,100,USD,x,no,12',
    ].join('\n'));
    const e = (await importCatalogueCsv(ho.db, file, null).catch((err: unknown) => err)) as ImportRefused;
    expect(e).toBeInstanceOf(ImportRefused);
    expect(e.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(await itemCount()).toBe(before);
  });
});
