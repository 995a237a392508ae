import type { CaseState } from '../domain/case-state.js';
import type { RefundMethod } from '../domain/events.js';
import { convertFixed } from '../domain/money.js';
import type { PolicyPack } from '../domain/policy.js';
import { addPeriod } from '../law/period.js';
import { paidPerLine, type Sale } from './sale.js';

/**
 * How far a sale may still be refunded. The desk checks it before recording a return; head office
 * checks the same sums over every desk's refunds once they have synced (offline desks cannot see
 * each other), and flags the cases when they went beyond. Amounts are in the sale's currency.
 */

/** What one case refunds of one sale, in the sale's currency. */
export type SaleRefund = {
  caseNo: string;
  saleId: string;
  lines: { lineId: string; qty: number; paid: number }[];
  /** Money that went back by method (an exchange settles in goods: none). */
  payments: { method: RefundMethod; amount: number }[];
};

/** The refund a case makes of its purchase's sale, or null (no sale linked, or voided: a voided case refunds nothing). */
export function saleRefundOf(s: CaseState): SaleRefund | null {
  if (s.status === 'voided') return null;
  const purchase = s.return?.purchase ?? s.exchange?.purchase;
  if (!purchase?.saleId) return null;
  const returned = s.return?.lines ?? s.exchange?.returned ?? [];
  return {
    caseNo: s.caseNo,
    saleId: purchase.saleId,
    lines: returned.flatMap((l) => (l.saleLineId && l.paid ? [{ lineId: l.saleLineId, qty: l.qty, paid: l.paid.amount }] : [])),
    payments: s.return ? s.return.refund.parts?.map((p) => ({ method: p.method, amount: p.saleAmount })) ?? [] : exchangedBack(s.exchange!),
  };
}

/**
 * What an exchange gave back (issued worth less than returned): its settlement method, in the
 * sale's currency as the same share of what the returned lines were paid, so that cash back on a
 * card sale is bounded like a return's.
 */
export function exchangedBack({ returned, difference, settlement }: Pick<NonNullable<CaseState['exchange']>, 'returned' | 'difference' | 'settlement'>): SaleRefund['payments'] {
  if (difference.amount >= 0) return [];
  const paid = returned.flatMap((l) => (l.paid ? [l.paid] : []));
  const inSale = BigInt(paid.reduce((sum, p) => sum + p.amount, 0));
  const inStore = BigInt(paid.reduce((sum, p) => sum + convertFixed(p, difference.currency).amount, 0));
  if (inStore === 0n) return [];
  const back = BigInt(-difference.amount);
  // Rounded half up, never beyond what the lines were paid.
  const amount = (2n * back * inSale + inStore) / (2n * inStore);
  return [{ method: settlement, amount: Number(amount < inSale ? amount : inSale) }];
}

/** The money of a sale's payment, as it can go back: vouchers and other means come back as store credit. */
export const refundMethodFor = (payment: Sale['payments'][number]['method']): RefundMethod =>
  payment === 'cash' || payment === 'card' ? payment : 'store_credit';

/** Money leaves the shop only by these: each is bounded by what was paid with it. Store credit never is. */
const boundedMethods: readonly RefundMethod[] = ['cash', 'card'];

export type LineBalance = {
  lineId: string;
  sold: number;
  /** What the line was paid, its own and the receipt's discounts taken off. */
  paid: number;
  returnedQty: number;
  refunded: number;
  leftQty: number;
  leftPaid: number;
};
export type MethodBalance = { method: RefundMethod; paid: number; refunded: number; left: number };
export type SaleBalance = {
  lines: LineBalance[];
  /** In the order the customer paid; store credit last. */
  methods: MethodBalance[];
  /** What the refunds together exceed: line ids, and `payment.<method>`. Empty when within bounds. */
  over: string[];
};

export function saleBalance(sale: Sale, refunds: readonly SaleRefund[]): SaleBalance {
  const mine = refunds.filter((r) => r.saleId === sale.id);
  const paid = new Map(paidPerLine(sale).map((p) => [p.lineId, p.paid]));
  const lines = sale.lines.map((l): LineBalance => {
    const parts = mine.flatMap((r) => r.lines.filter((x) => x.lineId === l.id));
    const returnedQty = parts.reduce((sum, x) => sum + x.qty, 0);
    const refunded = parts.reduce((sum, x) => sum + x.paid, 0);
    const linePaid = paid.get(l.id)!;
    return { lineId: l.id, sold: l.quantity, paid: linePaid, returnedQty, refunded, leftQty: Math.max(0, l.quantity - returnedQty), leftPaid: Math.max(0, linePaid - refunded) };
  });
  // A method refunded but never paid with (cash back on a card sale) is listed too, with nothing paid: it is over.
  const refundedBy = mine.flatMap((r) => r.payments.map((p) => p.method));
  const order = [...new Set([...sale.payments.map((p) => refundMethodFor(p.method)), ...refundedBy.filter((m) => m !== 'store_credit'), 'store_credit' as const])];
  const methods = order.map((method): MethodBalance => {
    const methodPaid = sale.payments.filter((p) => refundMethodFor(p.method) === method).reduce((sum, p) => sum + p.amount, 0);
    const refunded = mine.flatMap((r) => r.payments).filter((p) => p.method === method).reduce((sum, p) => sum + p.amount, 0);
    return { method, paid: methodPaid, refunded, left: Math.max(0, methodPaid - refunded) };
  });
  const over = [
    ...lines.filter((l) => l.returnedQty > l.sold || l.refunded > l.paid).map((l) => l.lineId),
    ...methods.filter((m) => boundedMethods.includes(m.method) && m.refunded > m.paid).map((m) => `payment.${m.method}`),
  ];
  return { lines, methods, over };
}

/**
 * What returning `qty` more units of a line refunds: its share of what the line was paid, so that
 * returning every unit, in any number of steps, refunds exactly what was paid and never more.
 */
export function paidForUnits(line: LineBalance, qty: number): number {
  const upTo = Math.min(line.sold, line.returnedQty + qty);
  if (upTo <= line.returnedQty) return 0;
  if (upTo === line.sold) return line.leftPaid;
  // BigInt: paid × quantity can pass 2^53.
  const share = (n: number) => (BigInt(line.paid) * BigInt(n)) / BigInt(line.sold);
  return Math.min(line.leftPaid, Number(share(upTo) - share(line.returnedQty)));
}

/**
 * How a refund of `amount` goes back. `original`: by the methods the customer paid with, in that
 * order, each up to what is left of it, any rest as store credit. A single method: all of it, when
 * that method has enough left (store credit always has); otherwise null.
 */
export function splitRefund(balance: SaleBalance, amount: number, preferred: RefundMethod | 'original'): { method: RefundMethod; amount: number }[] | null {
  if (preferred !== 'original') {
    const m = balance.methods.find((x) => x.method === preferred);
    const fits = preferred === 'store_credit' || (m !== undefined && m.left >= amount);
    return fits ? [{ method: preferred, amount }] : null;
  }
  const parts: { method: RefundMethod; amount: number }[] = [];
  let rest = amount;
  for (const m of balance.methods) {
    const take = m.method === 'store_credit' ? rest : Math.min(rest, m.left);
    if (take > 0) parts.push({ method: m.method, amount: take });
    rest -= take;
  }
  // Nothing to pay back (items that cost nothing) still goes back one way: a refund names its method.
  return parts.length ? parts : [{ method: balance.methods[0]!.method, amount: 0 }];
}

/** The local date on the receipt: a sale's `soldAt` carries the shop's offset. */
export const soldOn = (sale: Pick<Sale, 'soldAt'>) => sale.soldAt.slice(0, 10);

/** The guarantee's last day: the item's own warranty when longer than the pack's legal guarantee. */
export function guaranteeEnds(purchaseDate: string, warrantyMonths: number | null | undefined, pack: Pick<PolicyPack, 'guaranteeMonths'>): string {
  return addPeriod(purchaseDate, { months: Math.max(warrantyMonths ?? 0, pack.guaranteeMonths) });
}
