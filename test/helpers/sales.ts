import { saleSchema, saleTotal, type Sale } from '../../shared/sales/sale.js';
import type { DeskCatalogueItem } from '../../shared/sales/catalogue.js';

type LineInput = { id: string; quantity: number; unitPrice: number; discount?: number; gtin?: string; sku?: string; name?: string };

/**
 * A valid sale of store PRG01 (unless told): paid in full by card unless `payments` says how. Line
 * names default to their id; a line without gtin gets a SKU of its id.
 */
export function testSale(over: Partial<Omit<Sale, 'lines'>> & { lines: LineInput[] }): Sale {
  const lines = over.lines.map((l) => ({
    id: l.id, name: l.name ?? `Item ${l.id}`, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount ?? 0, vatRate: 21,
    ...(l.gtin ? { gtin: l.gtin } : { sku: l.sku ?? `SKU-${l.id}` }),
  }));
  const draft = {
    id: 'S-1', store: 'PRG01', till: 'T3', receiptNo: 'PRG01-T3/000123', soldAt: '2026-03-01T10:15:00+01:00', currency: 'CZK' as const,
    receiptDiscounts: [], payments: [], ...over, lines,
  };
  const payments = over.payments?.length ? over.payments : [{ method: 'card' as const, amount: saleTotal(draft) }];
  return saleSchema.parse({ ...draft, payments });
}

export const catalogueItem = (over: Partial<DeskCatalogueItem> & { sku: string }): DeskCatalogueItem => ({
  gtins: [], names: { cs: `Zboží ${over.sku}`, en: `Goods ${over.sku}` }, returnable: true, warrantyMonths: 0, ...over,
});
