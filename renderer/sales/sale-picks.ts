import type { SaleLineView, SaleView } from '../../shared/api/sales.js';
import type { Purchase, RefundMethod, ReturnLine } from '../../shared/domain/events.js';
import { convertFixed, type Currency } from '../../shared/domain/money.js';
import { paidForUnits, splitRefund, type SaleBalance } from '../../shared/sales/refund-bounds.js';
import { parseQty, type Problems } from '../cases/case-input.js';

/**
 * A sale on a return or exchange form and what the clerk ticked of it, as text (kept in the draft,
 * so nothing is lost on an error). Pure: the amounts shown before saving are computed with the same
 * shared functions the desk bounds the refund with, so the preview is what will be recorded.
 */
export type LinePick = { ticked: boolean; qty: string; reason: ReturnLine['reason']; condition: ReturnLine['condition']; restock: boolean };
export type SalePick = { view: SaleView; lines: Record<string, LinePick> };

/** The receipt field of a form, what it found, and the sale taken (several found: the clerk picks one). */
export type SaleDraft = { receipt: string; choices: SaleView[]; pick: SalePick | null };
export const emptySaleDraft = (): SaleDraft => ({ receipt: '', choices: [], pick: null });

export const hasLeft = (l: SaleLineView) => l.leftQty > 0;

/** A sale just found: nothing ticked unless there is only one line to take back; one unit, a return without a defect. */
export function pickSale(view: SaleView): SalePick {
  const open = view.lines.filter(hasLeft);
  return {
    view,
    lines: Object.fromEntries(view.lines.map((l) => [l.id, {
      ticked: open.length === 1 && open[0] === l, qty: '1', reason: 'changed_mind', condition: 'new', restock: true,
    } satisfies LinePick])),
  };
}

/** What a lookup answered, as the draft keeps it. */
export const saleDraftOf = (receipt: string, views: SaleView[]): SaleDraft =>
  views.length === 1 ? { receipt, choices: [], pick: pickSale(views[0]!) } : { receipt, choices: views, pick: null };

/** The ticked lines that still have something left, in the sale's order: the order they are sent in. */
export const tickedLines = (p: SalePick) => p.view.lines.filter((l) => hasLeft(l) && p.lines[l.id]?.ticked);

/** The quantity typed for a ticked line, or null when it is not a whole number the line still has. */
export function pickedQty(line: SaleLineView, pick: LinePick): number | null {
  const qty = parseQty(pick.qty);
  return qty !== null && qty <= line.leftQty ? qty : null;
}

/** The return lines of the ticked lines; problems are keyed `<prefix>.<i>.qty` like the API's field errors. */
export function saleReturnLines(prefix: string, p: SalePick): { lines: ReturnLine[]; problems: Problems } {
  const problems: Problems = {};
  const lines = tickedLines(p).map((l, i): ReturnLine => {
    const pick = p.lines[l.id]!;
    const qty = pickedQty(l, pick);
    if (qty === null) problems[`${prefix}.${i}.qty`] = parseQty(pick.qty) === null ? 'qty' : 'over_left';
    return {
      item: l.displayName, sku: codeOf(l), qty: qty ?? 0, unitPrice: { amount: l.unitPrice, currency: p.view.sale.currency },
      reason: pick.reason, condition: pick.condition, restock: pick.restock, saleLineId: l.id,
    };
  });
  if (lines.length === 0) problems[prefix] = 'none_ticked';
  return { lines, problems };
}

/** What the units of each ticked line were paid (line and receipt discounts off), in the sale's currency. */
const pickedValues = (p: SalePick) => tickedLines(p).map((l) => {
  const qty = pickedQty(l, p.lines[l.id]!);
  return qty === null ? 0 : paidForUnits(l, qty);
});

/** What the ticked units were paid (line and receipt discounts off), in the sale's currency. */
export const pickedValue = (p: SalePick) => pickedValues(p).reduce((sum, v) => sum + v, 0);

/** What the ticked units are worth in an exchange: in the store's currency, each line converted on its own as the desk records it. */
export const exchangedValue = (p: SalePick, storeCurrency: Currency) =>
  pickedValues(p).reduce((sum, amount) => sum + convertFixed({ amount, currency: p.view.sale.currency }, storeCurrency).amount, 0);

const balanceOf = (view: SaleView): SaleBalance => ({ lines: view.lines, methods: view.methods, over: [] });

/** How `amount` goes back by `method`, as the desk will split it; null when that method has not enough left. */
export const refundParts = (view: SaleView, amount: number, method: RefundMethod | 'original') => splitRefund(balanceOf(view), amount, method);

/** What is left to refund by `method` (for saying why a single method is refused). */
export const leftBy = (view: SaleView, method: RefundMethod) => view.methods.find((m) => m.method === method)?.left ?? 0;

export const purchaseOfSale = (view: SaleView): Purchase => ({ saleId: view.sale.id, receiptNo: view.sale.receiptNo, purchaseDate: view.soldOn, proof: 'receipt' });

/** What the customer paid for the whole receipt. */
export const saleTotal = (view: SaleView) => view.sale.payments.reduce((sum, p) => sum + p.amount, 0);

/** What one unit of a line was paid, discounts off, rounded as the desk records it on a complaint. */
export const unitPaid = (l: SaleLineView) => Math.round(l.paid / l.sold);

/** A line's code as the desk records it: the barcode when the till sent one, else the shop's SKU. */
export const codeOf = (l: SaleLineView) => l.gtin ?? l.sku;
