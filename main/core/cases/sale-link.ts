import type { Purchase, Refund, RefundMethod, ReturnLine } from '../../../shared/domain/events.js';
import { convertFixed, type Currency } from '../../../shared/domain/money.js';
import type { PolicyPack } from '../../../shared/domain/policy.js';
import type { Sale } from '../../../shared/sales/sale.js';
import { exchangedBack, paidForUnits, saleBalance, soldOn, splitRefund, type SaleBalance } from '../../../shared/sales/refund-bounds.js';
import { DeskError } from '../../../shared/result.js';
import { receiptFormat } from '../printing/layouts/receipt-format.js';
import type { Desk } from '../desk.js';
import { lineName } from '../sales/sale-view.js';

/** A return's lines bound to the sale they came from: what the customer paid, never what was typed. */
export type SaleLinked = {
  sale: Sale;
  balance: SaleBalance;
  purchase: Purchase;
  lines: ReturnLine[];
  /** What these lines were paid, in the sale's currency. */
  paid: number;
};

/** The sale a purchase names, from this desk's copy (pulled, or looked up at head office by findSale). */
export function knownSale(desk: Desk, purchase: Pick<Purchase, 'saleId' | 'receiptNo'> & { saleId: string }): Sale {
  const sale = desk.sales.get(purchase.saleId);
  if (!sale) throw new DeskError('sale_not_found', { receipt: purchase.receiptNo || purchase.saleId }, { fields: ['purchase.saleId'] });
  return sale;
}

/** A sale in a currency the store refunds (its own, or the one it replaced, e.g. BGN in Bulgaria). */
function refundableCurrency(sale: Sale, pack: PolicyPack): Currency {
  if (sale.currency !== pack.currency && sale.currency !== pack.formerCurrency) {
    throw new DeskError('currency_mismatch', { currency: pack.currency, former: pack.formerCurrency ?? pack.currency });
  }
  return sale.currency;
}

/**
 * Binds returned lines to the purchase's sale. Item, code, price and what the units were paid come
 * from the sale line; a quantity beyond what is left of it (every desk's refunds counted, this
 * request's other lines of the same sale line included) is refused. `field` names the lines in errors.
 */
export function bindToSale(desk: Desk, bought: Purchase & { saleId: string }, lines: readonly ReturnLine[], field: string): SaleLinked {
  const sale = knownSale(desk, bought);
  const currency = refundableCurrency(sale, desk.policy());
  const balance = saleBalance(sale, desk.sales.refundsOf(sale.id));
  const left = new Map(balance.lines.map((l) => [l.lineId, { ...l }]));
  let paid = 0;
  const bound = lines.map((l, i): ReturnLine => {
    const saleLine = sale.lines.find((x) => x.id === l.saleLineId);
    const b = saleLine && left.get(saleLine.id);
    if (!saleLine || !b) throw new DeskError('invalid_input', { fields: `${field}.${i}.saleLineId` }, { fields: [`${field}.${i}.saleLineId`] });
    const where = { fields: [`${field}.${i}.qty`] };
    const item = lineName(desk, saleLine);
    const counts = { item, sold: b.sold, returned: b.returnedQty, left: b.leftQty };
    if (b.leftQty === 0) throw new DeskError('sale_line_returned', counts, where);
    if (l.qty > b.leftQty) throw new DeskError('sale_qty_over', counts, where);
    const units = paidForUnits(b, l.qty);
    // A later line of the same sale line in this request takes what is left after this one.
    Object.assign(b, { returnedQty: b.returnedQty + l.qty, refunded: b.refunded + units, leftQty: b.leftQty - l.qty, leftPaid: b.leftPaid - units });
    paid += units;
    const { saleLineId, qty, reason, condition, restock } = l;
    return {
      item, qty, reason, condition, restock, saleLineId,
      ...(saleLine.gtin || saleLine.sku ? { sku: saleLine.gtin ?? saleLine.sku } : {}),
      unitPrice: { amount: saleLine.unitPrice, currency },
      paid: { amount: units, currency },
    };
  });
  const purchase: Purchase = { receiptNo: sale.receiptNo, purchaseDate: soldOn(sale), proof: 'receipt', saleId: sale.id };
  return { sale, balance, purchase, lines: bound, paid };
}

/**
 * The refund of a sale-linked return: `paid` split over the methods (`original`: as the customer
 * paid; one method: only as far as it was paid with it), each part converted to the store's currency.
 */
export function saleRefund(desk: Desk, linked: SaleLinked, method: RefundMethod | 'original'): Refund {
  const pack = desk.policy();
  // Only a single method can fall short: 'original' always splits.
  const split = splitRefund(linked.balance, linked.paid, method) ?? refuseMethod(desk, linked, method as RefundMethod, 'refundMethod');
  const parts = split.map((p) => ({ method: p.method, amount: convertFixed({ amount: p.amount, currency: linked.sale.currency }, pack.currency), saleAmount: p.amount }));
  const largest = parts.reduce((a, b) => (b.saleAmount > a.saleAmount ? b : a));
  return { method: largest.method, amount: { amount: parts.reduce((sum, p) => sum + p.amount.amount, 0), currency: pack.currency }, parts };
}

/** Money back by `method` beyond what was paid with it and not yet refunded: refused at `field`, saying what is left. */
function refuseMethod(desk: Desk, linked: SaleLinked, method: RefundMethod, field: string): never {
  const f = receiptFormat(desk.requireSetup().language);
  const left = linked.balance.methods.find((m) => m.method === method)?.left ?? 0;
  throw new DeskError('refund_method_over', { method: f.t(`terms:refundMethod.${method}`), left: f.money({ amount: left, currency: linked.sale.currency }) }, { fields: [field] });
}

/** An exchange's money back (issued worth less than returned) by its settlement: bounded like a return's. */
export function requireExchangeBackFits(desk: Desk, linked: SaleLinked, exchange: Parameters<typeof exchangedBack>[0]): void {
  for (const back of exchangedBack(exchange)) {
    if (!splitRefund(linked.balance, back.amount, back.method)) refuseMethod(desk, linked, back.method, 'settlement');
  }
}

/** Without a sale, a line can name no sale line and carry no paid amount: those come only from a sale. */
export function manualLines(lines: readonly ReturnLine[], field: string): ReturnLine[] {
  const fields = lines.flatMap((l, i) => [...(l.saleLineId ? [`${field}.${i}.saleLineId`] : []), ...(l.paid ? [`${field}.${i}.paid`] : [])]);
  if (fields.length) throw new DeskError('invalid_input', { fields: fields.join(', ') }, { fields });
  return [...lines];
}
