import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { guaranteeEnds, paidForUnits, saleBalance, saleRefundOf, soldOn, splitRefund, type SaleRefund } from '../../../shared/sales/refund-bounds.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { testSale } from '../../helpers/sales.js';

const refund = (caseNo: string, lines: SaleRefund['lines'], payments: SaleRefund['payments'] = [], saleId = 'S-1'): SaleRefund => ({ caseNo, saleId, lines, payments });

describe('saleBalance', () => {
  const sale = testSale({
    lines: [{ id: 'a', quantity: 3, unitPrice: 10_00 }, { id: 'b', quantity: 1, unitPrice: 50_00 }],
    payments: [{ method: 'cash', amount: 30_00 }, { method: 'card', amount: 40_00 }, { method: 'voucher', amount: 10_00 }],
  });

  test('sums every case of this sale (and no other sale) per line and per method', () => {
    const b = saleBalance(sale, [
      refund('A-1', [{ lineId: 'a', qty: 1, paid: 10_00 }], [{ method: 'cash', amount: 10_00 }]),
      refund('B-1', [{ lineId: 'a', qty: 1, paid: 10_00 }], [{ method: 'card', amount: 10_00 }]),
      refund('X-1', [{ lineId: 'a', qty: 3, paid: 30_00 }], [{ method: 'cash', amount: 30_00 }], 'OTHER'),
    ]);
    expect(b.lines[0]).toEqual({ lineId: 'a', sold: 3, paid: 30_00, returnedQty: 2, refunded: 20_00, leftQty: 1, leftPaid: 10_00 });
    expect(b.methods).toEqual([
      { method: 'cash', paid: 30_00, refunded: 10_00, left: 20_00 },
      { method: 'card', paid: 40_00, refunded: 10_00, left: 30_00 },
      { method: 'store_credit', paid: 10_00, refunded: 0, left: 10_00 },
    ]);
    expect(b.over).toEqual([]);
  });

  test('names the lines and bounded methods refunded beyond the sale (two desks offline)', () => {
    const b = saleBalance(sale, [
      refund('A-1', [{ lineId: 'b', qty: 1, paid: 50_00 }], [{ method: 'cash', amount: 30_00 }, { method: 'card', amount: 20_00 }]),
      refund('B-1', [{ lineId: 'b', qty: 1, paid: 50_00 }], [{ method: 'cash', amount: 30_00 }, { method: 'card', amount: 20_00 }]),
    ]);
    expect(b.over).toEqual(['b', 'payment.cash']);
    expect(b.lines[1]).toMatchObject({ leftQty: 0, leftPaid: 0 });
  });

  test('cash given back on a sale paid only by card is over: cash was never paid', () => {
    const byCard = testSale({ lines: [{ id: 'a', quantity: 1, unitPrice: 20_00 }], payments: [{ method: 'card', amount: 20_00 }] });
    const b = saleBalance(byCard, [refund('A-1', [{ lineId: 'a', qty: 1, paid: 20_00 }], [{ method: 'cash', amount: 20_00 }])]);
    expect(b.methods).toContainEqual({ method: 'cash', paid: 0, refunded: 20_00, left: 0 });
    expect(b.over).toEqual(['payment.cash']);
  });
});

describe('paidForUnits', () => {
  test('returning every unit, in any steps, refunds exactly what the line was paid after discounts', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 99 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 60 }),
      (quantity, unitPrice, cut, steps) => {
        const draft = testSale({ lines: [{ id: 'a', quantity, unitPrice }, { id: 'b', quantity: 1, unitPrice: 333 }] });
        const s = testSale({ lines: [{ id: 'a', quantity, unitPrice }, { id: 'b', quantity: 1, unitPrice: 333 }], receiptDiscounts: [Math.floor(((quantity * unitPrice + 333) * cut) / 100)] });
        const refunds: SaleRefund[] = [];
        for (const [i, step] of steps.entries()) {
          const line = saleBalance(s, refunds).lines[0]!;
          if (line.leftQty === 0) break;
          const qty = Math.min(step, line.leftQty);
          refunds.push(refund(`C-${i}`, [{ lineId: 'a', qty, paid: paidForUnits(line, qty) }]));
        }
        const rest = saleBalance(s, refunds).lines[0]!;
        if (rest.leftQty > 0) refunds.push(refund('last', [{ lineId: 'a', qty: rest.leftQty, paid: paidForUnits(rest, rest.leftQty) }]));
        const end = saleBalance(s, refunds).lines[0]!;
        expect(end.refunded).toBe(end.paid);
        expect(end.paid).toBeLessThanOrEqual(saleBalance(draft, []).lines[0]!.paid);
        expect(end.leftPaid).toBe(0);
      },
    ));
  });

  test('a unit is its share of the discounted line; nothing beyond what was sold', () => {
    const s = testSale({ lines: [{ id: 'a', quantity: 3, unitPrice: 100 }], receiptDiscounts: [10] });
    const line = saleBalance(s, []).lines[0]!;
    expect(line.paid).toBe(290);
    expect(paidForUnits(line, 1)).toBe(96);
    expect(paidForUnits(line, 3)).toBe(290);
    expect(paidForUnits(line, 5)).toBe(290);
    expect(paidForUnits(line, 0)).toBe(0);
  });
});

describe('splitRefund', () => {
  const sale = testSale({ lines: [{ id: 'a', quantity: 2, unitPrice: 50_00 }], payments: [{ method: 'cash', amount: 30_00 }, { method: 'card', amount: 70_00 }] });

  test('original: by the methods paid with, in that order, each up to what is left of it', () => {
    const fresh = saleBalance(sale, []);
    expect(splitRefund(fresh, 50_00, 'original')).toEqual([{ method: 'cash', amount: 30_00 }, { method: 'card', amount: 20_00 }]);
    const after = saleBalance(sale, [refund('A-1', [{ lineId: 'a', qty: 1, paid: 50_00 }], [{ method: 'cash', amount: 30_00 }, { method: 'card', amount: 20_00 }])]);
    expect(splitRefund(after, 50_00, 'original')).toEqual([{ method: 'card', amount: 50_00 }]);
  });

  test('one method: only as far as it was paid with it; store credit always', () => {
    const fresh = saleBalance(sale, []);
    expect(splitRefund(fresh, 30_00, 'cash')).toEqual([{ method: 'cash', amount: 30_00 }]);
    expect(splitRefund(fresh, 30_01, 'cash')).toBeNull();
    expect(splitRefund(fresh, 100_00, 'store_credit')).toEqual([{ method: 'store_credit', amount: 100_00 }]);
  });

  test('nothing to pay back still names a method (a refund has at least one part)', () => {
    expect(splitRefund(saleBalance(sale, []), 0, 'original')).toEqual([{ method: 'cash', amount: 0 }]);
  });
});

describe('saleRefundOf', () => {
  const returned = {
    id: 'c', caseNo: 'PRG01-A-2026-00001', type: 'return', status: 'recorded',
    return: {
      purchase: { purchaseDate: '2026-03-01', proof: 'receipt', saleId: 'S-1' },
      lines: [{ item: 'x', qty: 1, unitPrice: { amount: 100, currency: 'CZK' }, reason: 'changed_mind', condition: 'new', restock: true, saleLineId: 'a', paid: { amount: 96, currency: 'CZK' } }],
      refund: { method: 'card', amount: { amount: 96, currency: 'CZK' }, parts: [{ method: 'card', amount: { amount: 96, currency: 'CZK' }, saleAmount: 96 }] },
    },
  } as unknown as CaseState;

  test("a return's lines and payment parts; nothing once voided or without a sale", () => {
    expect(saleRefundOf(returned)).toEqual({ caseNo: 'PRG01-A-2026-00001', saleId: 'S-1', lines: [{ lineId: 'a', qty: 1, paid: 96 }], payments: [{ method: 'card', amount: 96 }] });
    expect(saleRefundOf({ ...returned, status: 'voided' })).toBeNull();
    expect(saleRefundOf({ ...returned, return: { ...returned.return!, purchase: { purchaseDate: '2026-03-01', proof: 'receipt' } } })).toBeNull();
  });

  const exchanged = (settlement: string, difference: number, paid: { amount: number; currency: string }, store = 'CZK') => ({
    id: 'x', caseNo: 'PRG01-B-2026-00001', type: 'exchange', status: 'recorded',
    exchange: {
      purchase: { purchaseDate: '2026-03-01', proof: 'receipt', saleId: 'S-1' },
      returned: [{ item: 'x', qty: 1, unitPrice: paid, reason: 'changed_mind', condition: 'new', restock: true, saleLineId: 'a', paid }],
      issued: [{ item: 'y', qty: 1, unitPrice: { amount: 1, currency: store } }],
      difference: { amount: difference, currency: store }, settlement,
    },
  } as unknown as CaseState);

  test('an exchange that gives money back counts it by its settlement method, in the sale currency: cash back on a card sale is over', () => {
    expect(saleRefundOf(exchanged('cash', -800_00, { amount: 1000_00, currency: 'CZK' }))).toEqual({
      caseNo: 'PRG01-B-2026-00001', saleId: 'S-1', lines: [{ lineId: 'a', qty: 1, paid: 1000_00 }], payments: [{ method: 'cash', amount: 800_00 }],
    });
    const sale = testSale({ lines: [{ id: 'a', quantity: 1, unitPrice: 1000_00 }] });
    expect(saleBalance(sale, [saleRefundOf(exchanged('cash', -800_00, { amount: 1000_00, currency: 'CZK' }))!]).over).toEqual(['payment.cash']);
    // The customer pays the difference: nothing went back.
    expect(saleRefundOf(exchanged('cash', 200_00, { amount: 1000_00, currency: 'CZK' }))!.payments).toEqual([]);
    // A BGN sale exchanged in EUR: 195.58 BGN paid is 100.00 EUR; 50.00 EUR back is 97.79 BGN of it.
    expect(saleRefundOf(exchanged('card', -50_00, { amount: 195_58, currency: 'BGN' }, 'EUR'))!.payments).toEqual([{ method: 'card', amount: 97_79 }]);
  });
});

describe('dates', () => {
  test("the receipt's own date, and the guarantee: the item's warranty when longer than the law's", () => {
    expect(soldOn({ soldAt: '2026-03-01T23:30:00+01:00' })).toBe('2026-03-01');
    expect(guaranteeEnds('2026-03-01', 36, { guaranteeMonths: 24 })).toBe('2029-03-01');
    expect(guaranteeEnds('2026-03-01', 12, { guaranteeMonths: 24 })).toBe('2028-03-01');
    expect(guaranteeEnds('2026-03-01', null, { guaranteeMonths: 24 })).toBe('2028-03-01');
  });
});
