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
