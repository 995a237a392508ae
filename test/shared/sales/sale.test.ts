import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { paidPerLine, receiptKey, saleSchema, saleTotal, type Sale } from '../../../shared/sales/sale.js';

const line = (id: string, quantity: number, unitPrice: number, discount = 0) => ({ id, sku: `SKU-${id}`, name: `Item ${id}`, quantity, unitPrice, discount, vatRate: 21 });
const sale = (lines: Sale['lines'], receiptDiscounts: number[] = []): Sale => {
  const draft = { id: 'S1', store: 'PRG01', till: 'T1', receiptNo: '1', soldAt: '2026-03-01T10:00:00+01:00', currency: 'CZK' as const, lines, receiptDiscounts, payments: [] };
  return { ...draft, payments: [{ method: 'card', amount: saleTotal(draft) }] };
};

describe('paidPerLine', () => {
  test('spreads a receipt discount in proportion to each line, by largest remainder', () => {
    // Nets 100, 100, 100; 100 off: 33.33 each, the extra unit to the first line (ties go to the earlier).
    expect(paidPerLine(sale([line('a', 1, 100), line('b', 1, 100), line('c', 1, 100)], [100]))).toEqual([
      { lineId: 'a', paid: 66 }, { lineId: 'b', paid: 67 }, { lineId: 'c', paid: 67 },
    ]);
    // Nets 200 (after its own 100 off), 100; 30 off: 20 and 10.
    expect(paidPerLine(sale([line('a', 3, 100, 100), line('b', 1, 100)], [10, 20]))).toEqual([{ lineId: 'a', paid: 180 }, { lineId: 'b', paid: 90 }]);
  });

  test('a free line gets no share; without receipt discounts each line pays its net', () => {
    expect(paidPerLine(sale([line('a', 1, 0), line('b', 2, 500, 50)], [99]))).toEqual([{ lineId: 'a', paid: 0 }, { lineId: 'b', paid: 851 }]);
    expect(paidPerLine(sale([line('a', 1, 0)]))).toEqual([{ lineId: 'a', paid: 0 }]);
  });

  test('the lines always sum exactly to the total, no line goes below zero, even with amounts past 2^53 in the arithmetic', () => {
    const lineArb = fc.record({ quantity: fc.integer({ min: 1, max: 1000 }), unitPrice: fc.integer({ min: 0, max: 100_000_000 }) });
    fc.assert(fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (lines, cut) => {
      const s = sale(lines.map((l, i) => line(String(i), l.quantity, l.unitPrice)));
      const net = saleTotal(s);
      const discounted = sale(s.lines, [Math.floor(net * cut)]);
      const paid = paidPerLine(discounted);
      expect(paid.reduce((sum, p) => sum + p.paid, 0)).toBe(saleTotal(discounted));
      expect(paid.every((p) => p.paid >= 0)).toBe(true);
    }));
  });
});

describe('saleSchema', () => {
  test('a sale that adds up parses; the built sale is valid', () => {
    expect(saleSchema.safeParse(sale([line('a', 2, 1000)], [100])).success).toBe(true);
  });
});

describe('receiptKey', () => {
  test('ignores case, separators and the store prefix', () => {
    expect(receiptKey('PRG01-T3/000123', 'PRG01')).toBe('T3000123');
    expect(receiptKey('t3 000123', 'PRG01')).toBe('T3000123');
    expect(receiptKey('PRG01', 'PRG01')).toBe('PRG01');
  });
});
