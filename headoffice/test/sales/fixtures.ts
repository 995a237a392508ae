import { closeSync, openSync, writeSync } from 'node:fs';
import type { Sale } from '../../../shared/sales/sale.js';

let n = 0;
/** A valid sale of `store` (two lines, a receipt discount, paid by card and cash); `over` replaces fields. */
export function makeSale(store = 'PRG01', over: Partial<Sale> = {}): Sale {
  n += 1;
  return {
    id: `SALE-${store}-${Date.now()}-${n}`, store, till: 'T1', receiptNo: `${store}-T1-${String(n).padStart(6, '0')}`, receiptBarcode: `RB${store}${n}`,
    soldAt: new Date(Date.now() - 3_600_000).toISOString().replace('Z', '+00:00'), currency: 'CZK',
    lines: [
      { id: '1', gtin: '4006381333931', sku: 'PEN-01', name: 'Kuličkové pero', quantity: 2, unitPrice: 2500, discount: 0, vatRate: 21 },
      { id: '2', sku: 'BAG-02', name: 'Taška', quantity: 1, unitPrice: 10000, discount: 1000, vatRate: 21 },
    ],
    receiptDiscounts: [500],
    payments: [{ method: 'card', amount: 10000 }, { method: 'cash', amount: 3500 }],
    ...over,
  };
}

export const salesCsvHeader = 'sale_id,store,till,receipt_no,receipt_barcode,sold_at,currency,payments,receipt_discounts,customer_ref,line_id,gtin,sku,line_name,quantity,unit_price,line_discount,vat_rate';

/**
 * Writes a sales CSV of `lines` lines (sales of up to 4 lines, stores PRG01 and BRN02) a block at a
 * time, so a million lines take no more memory than a few thousand.
 */
export function writeSalesCsv(file: string, lines: number, idPrefix = 'GEN'): void {
  const fd = openSync(file, 'w');
  writeSync(fd, `${salesCsvHeader}\n`);
  let block = '';
  for (let written = 0, sale = 0; written < lines; sale++) {
    const count = Math.min(1 + (sale % 4), lines - written);
    const store = sale % 2 ? 'BRN02' : 'PRG01';
    const soldAt = new Date(Date.UTC(2026, 0, 1) + sale * 7_000).toISOString().replace('Z', '+01:00');
    const prices = Array.from({ length: count }, (_, l) => 100 + ((sale * 7 + l * 13) % 9_900));
    const total = prices.reduce((a, b) => a + b, 0);
    const discount = total > 1000 ? 100 : 0;
    const saleColumns = `${idPrefix}-${sale},${store},T${sale % 3},${store}-T${sale % 3}-${sale},B${sale},${soldAt},CZK,card:${total - discount},${discount || ''},`;
    for (let l = 0; l < count; l++) block += `${saleColumns},${l + 1},4006381333931,SKU-${l},"Item ${l}, blue",1,${prices[l]},0,21\n`;
    written += count;
    if (block.length > 1 << 20) {
      writeSync(fd, block);
      block = '';
    }
  }
  writeSync(fd, block);
  closeSync(fd);
}
