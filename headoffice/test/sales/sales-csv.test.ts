import { afterAll, describe, expect, test } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSalesCsv } from '../../src/sales/sales-csv.js';
import { ImportRefused } from '../../src/csv/csv-file.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { bearer, headOfficeAppForFile } from '../api.js';
import { makeSale, salesCsvHeader, writeSalesCsv } from './fixtures.js';

const ho = headOfficeAppForFile();
const dir = mkdtempSync(join(tmpdir(), 'sales-csv-'));
afterAll(() => rmSync(dir, { recursive: true }));
const sample = new URL('../../samples/sales.csv', import.meta.url).pathname;
const counts = async () => (await ho.db.query<{ sales: number; lines: number }>('SELECT count(*)::int AS sales, coalesce(sum(jsonb_array_length(body->\'lines\')), 0)::int AS lines FROM sales'))[0]!;
const csv = (name: string, rows: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, [salesCsvHeader, ...rows].join('\n'));
  return file;
};
const refusal = async (file: string) => {
  const e = await importSalesCsv(ho.db, file).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(ImportRefused);
  return e as ImportRefused;
};

describe('import-sales', () => {
  test('imports the sample; a second import adds nothing and says all are held', async () => {
    expect(await importSalesCsv(ho.db, sample)).toEqual({ sales: 6, stored: 6, held: 0 });
    expect(await counts()).toEqual({ sales: 6, lines: 7 });
    const [pens] = await ho.db.query<{ body: unknown; total: string }>("SELECT body, total::text FROM sales WHERE id = 'PRG01-T1-2026-000102'");
    expect(pens).toMatchObject({ total: '18900', body: { customerRef: 'CUST-4711', receiptDiscounts: [1000], payments: [{ method: 'cash', amount: 10000 }, { method: 'card', amount: 8900 }], lines: [{ name: 'Tričko, vel. M', quantity: 2 }] } });
    expect(await importSalesCsv(ho.db, sample)).toEqual({ sales: 6, stored: 0, held: 6 });
    expect(await counts()).toEqual({ sales: 6, lines: 7 });
  });

  test('a file with bad rows is refused whole, every bad row named with its line number', async () => {
    const ok = 'OK-1,PRG01,T1,1,,2026-03-02T10:00:00+01:00,CZK,card:100,,,1,,SKU,Pen,1,100,0,21';
    const file = csv('bad.csv', [
      ok,
      'BAD-1,PRG01,T1,2,,2026-03-02T10:00:00+01:00,CZK,card:100,,,1,4006381333932,,Pen,1,100,0,21',
      'BAD-2,PRG01,T1,3,,2026-03-02T10:00:00+01:00,CZK,card:100,,,1,,SKU,Pen,1,100,0,21',
      'BAD-2,PRG01,T1,3,,2026-03-02T10:00:00+01:00,CZK,card:100,,,2,,SKU,Pen,x,100,0,21',
      'BAD-3,PRG01,T1,4,,2026-03-02T10:00:00+01:00,CZK,card:99,,,1,,SKU,Pen,1,100,0,21',
      'BAD-4,PRG01,T1,5,,2026-03-02T10:00:00+01:00,CZK,card:100,,,1,,SKU,Pen,1,100,0,21',
      'BAD-4,PRG01,T2,5,,2026-03-02T10:00:00+01:00,CZK,card:100,,,2,,SKU,Pen,1,100,0,21',
      'BAD-5,PRG01,T1,6,,2026-03-02T10:00:00,CZK,bitcoin:100,,,1,,SKU,Pen,1,100,0,21',
    ]);
    const e = await refusal(file);
    expect(e.problems).toEqual([
      { line: 3, reason: expect.stringContaining('gtin: not a GTIN') },
      { line: 5, reason: expect.stringContaining('quantity: ') },
      { line: 6, reason: 'payments: payments sum to 99, the receipt totals 100' },
      { line: 8, reason: expect.stringContaining('differ from its first line 7') },
      { line: 9, reason: expect.stringContaining('sold_at: ') },
      { line: 9, reason: expect.stringContaining('payments: ') },
    ]);
    expect(e.message).toContain('nothing was imported');
    expect(await counts()).toEqual({ sales: 6, lines: 7 });
  });

  test('a header without the documented columns, or broken CSV, is refused at its line', async () => {
    const noHeader = join(dir, 'header.csv');
    writeFileSync(noHeader, 'sale_id,store\nX,PRG01\n');
    expect((await refusal(noHeader)).problems).toEqual([{ line: 1, reason: expect.stringContaining('missing: till') }]);
    const broken = csv('broken.csv', ['A,PRG01,T1,1,,2026-03-02T10:00:00+01:00,CZK,card:100,,,1,,SKU,"Pen,1,100,0,21']);
    expect((await refusal(broken)).total).toBe(1);
    expect(await counts()).toEqual({ sales: 6, lines: 7 });
  });

  test("a sale whose lines are apart, or held with other content, refuses the file too; nothing is imported", async () => {
    const line = (id: string, lineId: number, till = 'T1') => `${id},PRG01,${till},9,,2026-03-02T10:00:00+01:00,CZK,card:100,,,${lineId},,SKU,Pen,1,100,0,21`;
    const apart = csv('apart.csv', [line('NEW-1', 1), line('NEW-2', 1), line('NEW-1', 1)]);
    expect((await refusal(apart)).problems).toEqual([{ line: 4, reason: expect.stringContaining('sale NEW-1 is in the file again (first at line 2)') }]);
    const changed = csv('changed.csv', [line('NEW-3', 1), line('PRG01-T1-2026-000101', 1)]);
    expect((await refusal(changed)).problems).toEqual([{ line: 3, reason: 'sale PRG01-T1-2026-000101 is held with other content' }]);
    expect(await counts()).toEqual({ sales: 6, lines: 7 });
  });

  test('CSV as spreadsheets write it: BOM, CRLF, quotes doubled, a line break inside a field, columns in another order', async () => {
    const [first, ...rest] = salesCsvHeader.split(',');
    const header = [...rest, first].join(',');
    const row = (id: string, name: string) => `PRG01,T1,1,,2026-03-02T10:00:00+01:00,CZK,card:100,,,1,,SKU,${name},1,100,0,21,${id}`;
    const file = join(dir, 'excel.csv');
    writeFileSync(file, `\uFEFF${header}\r\n${row('XL-1', '"Pero ""Extra"",\r\nmodré"')}\r\n\r\n${row('XL-2', 'Pen')}\r\n`);
    expect(await importSalesCsv(ho.db, file)).toEqual({ sales: 2, stored: 2, held: 0 });
    const [xl] = await ho.db.query<{ name: string }>("SELECT body->'lines'->0->>'name' AS name FROM sales WHERE id = 'XL-1'");
    expect(xl!.name).toBe('Pero "Extra",\r\nmodré');
    // The record that spans two lines counts both: the next bad row is named at its own line.
    writeFileSync(file, `${header}\n${row('XL-3', '"two\nlines"')}\n${row('XL-4', '')}\n${row('XL-5', 'Pen')},extra\n`);
    expect((await refusal(file)).problems).toEqual([
      { line: 4, reason: expect.stringContaining('line_name: ') },
      { line: 5, reason: '19 fields, the header has 18' },
    ]);
    writeFileSync(file, `${header}\n${row('XL-6', 'Pe"n')}\n`);
    expect((await refusal(file)).problems).toEqual([{ line: 2, reason: 'a quote inside a field that does not start with one' }]);
    await ho.db.query("DELETE FROM sales WHERE id LIKE 'XL-%'");
  });

  test('a sale sent through the API, then in a file, is held: both store the same body and hash', async () => {
    const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'PRG01' })) as { token: string };
    const sale = makeSale();
    expect((await ho.app.inject({ method: 'POST', url: '/v1/sales', headers: bearer(token), payload: { sales: [sale] } })).json()).toMatchObject({ stored: 1 });
    const saleColumns = [sale.id, sale.store, sale.till, sale.receiptNo, sale.receiptBarcode, sale.soldAt, sale.currency, sale.payments.map((p) => `${p.method}:${p.amount}`).join(';'), sale.receiptDiscounts.join(';'), ''];
    const file = csv('api.csv', sale.lines.map((l) => [...saleColumns, l.id, l.gtin ?? '', l.sku ?? '', `"${l.name}"`, l.quantity, l.unitPrice, l.discount, l.vatRate].join(',')));
    expect(await importSalesCsv(ho.db, file)).toEqual({ sales: 1, stored: 0, held: 1 });
    await ho.db.query('DELETE FROM sales WHERE id = $1', [sale.id]);
  });

  test('a generated 100,000-line file streams in; imported again, every sale is held', async () => {
    const file = join(dir, 'big.csv');
    writeSalesCsv(file, 100_000);
    const first = await importSalesCsv(ho.db, file);
    expect(first).toEqual({ sales: 40_000, stored: 40_000, held: 0 });
    expect(await counts()).toEqual({ sales: 40_006, lines: 100_007 });
    expect(await importSalesCsv(ho.db, file)).toEqual({ sales: 40_000, stored: 0, held: 40_000 });
    expect(await counts()).toEqual({ sales: 40_006, lines: 100_007 });
  }, 240_000);

  test('a sale found again chunks later (already loaded in this import) refuses the file', async () => {
    const file = join(dir, 'again.csv');
    writeSalesCsv(file, 20_000, 'AGAIN');
    const firstLine = readFileSync(file, 'utf8').split('\n')[1]!;
    appendFileSync(file, `${firstLine}\n`);
    expect((await refusal(file)).problems).toEqual([{ line: 20_002, reason: expect.stringContaining('sale AGAIN-0 is in the file again (first at line 2)') }]);
    expect(await counts()).toEqual({ sales: 40_006, lines: 100_007 });
  }, 240_000);
});
