import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../shared/api/sales.js';
import { saleBalance, soldOn, type SaleRefund } from '../../../shared/sales/refund-bounds.js';
import type { Sale } from '../../../shared/sales/sale.js';
import { returnLineSchema } from '../../../shared/domain/events.js';
import { exchangedValue, leftBy, pickedValue, pickSale, purchaseOfSale, refundParts, saleDraftOf, saleReturnLines, type SalePick } from '../../../renderer/sales/sale-picks.js';

// Two pens at 25.00, a bag at 100.00 less 10.00, 5.00 off the receipt: paid 48.21 and 86.79 (135.00), by card 100 and cash 35.
const sale: Sale = {
  id: 'S-1', store: 'KYIV01', till: 'T1', receiptNo: 'KYIV01-T1-000001', soldAt: '2026-11-20T10:00:00+02:00', currency: 'UAH',
  lines: [
    { id: '1', gtin: '4006381333931', sku: 'PEN-01', name: 'Ручка', quantity: 2, unitPrice: 2500, discount: 0, vatRate: 20 },
    { id: '2', sku: 'BAG-02', name: 'Сумка', quantity: 1, unitPrice: 10000, discount: 1000, vatRate: 20 },
  ],
  receiptDiscounts: [500],
  payments: [{ method: 'card', amount: 10000 }, { method: 'cash', amount: 3500 }],
};

/** The sale as findSale answers it, after these refunds. */
function viewOf(refunds: SaleRefund[] = [], of: Sale = sale): SaleView {
  const b = saleBalance(of, refunds);
  return {
    sale: of, soldOn: soldOn(of), methods: b.methods, source: 'desk',
    lines: of.lines.map((l, i) => ({ ...l, ...b.lines[i]!, displayName: l.name, returnable: true, warrantyMonths: null, guaranteeEnds: '2028-11-20' })),
  };
}

const tick = (p: SalePick, id: string, qty = '1') => ({ ...p, lines: { ...p.lines, [id]: { ...p.lines[id]!, ticked: true, qty } } });

describe('a sale on the return form', () => {
  it('ticks nothing when several lines could come back, the only one when one can', () => {
    expect(Object.values(pickSale(viewOf()).lines).map((l) => l.ticked)).toEqual([false, false]);
    const bagGone = viewOf([{ caseNo: 'X', saleId: 'S-1', lines: [{ lineId: '2', qty: 1, paid: 8679 }], payments: [] }]);
    expect(Object.values(pickSale(bagGone).lines).map((l) => l.ticked)).toEqual([true, false]);
  });

  it('one found is taken; several are offered to pick from', () => {
    expect(saleDraftOf('000001', [viewOf()])).toMatchObject({ receipt: '000001', choices: [], pick: { view: { sale: { id: 'S-1' } } } });
    expect(saleDraftOf('000001', [viewOf(), viewOf()])).toMatchObject({ choices: [{}, {}], pick: null });
  });

  it('sends the ticked lines with their sale line, numbered among the ticked ones as the API names them', () => {
    const { lines, problems } = saleReturnLines('lines', tick(pickSale(viewOf()), '2'));
    expect(problems).toEqual({});
    expect(lines).toEqual([{
      item: 'Сумка', sku: 'BAG-02', qty: 1, unitPrice: { amount: 10000, currency: 'UAH' }, reason: 'changed_mind', condition: 'new', restock: true, saleLineId: '2',
    }]);
    expect(returnLineSchema.safeParse(lines[0]).success).toBe(true);
    expect(purchaseOfSale(viewOf())).toEqual({ saleId: 'S-1', receiptNo: 'KYIV01-T1-000001', purchaseDate: '2026-11-20', proof: 'receipt' });
  });

  it('refuses more than is left, a quantity that is not one, and nothing ticked', () => {
    const oneBack = viewOf([{ caseNo: 'X', saleId: 'S-1', lines: [{ lineId: '1', qty: 1, paid: 2410 }], payments: [] }]);
    expect(saleReturnLines('lines', tick(tick(pickSale(oneBack), '1', '2'), '2', 'x')).problems).toEqual({ 'lines.0.qty': 'over_left', 'lines.1.qty': 'qty' });
    expect(saleReturnLines('returned', pickSale(viewOf())).problems).toEqual({ returned: 'none_ticked' });
  });

  it('previews what the units were paid, receipt discount spread, so all of a line in steps is exactly what it was paid', () => {
    expect(pickedValue(tick(pickSale(viewOf()), '1', '2'))).toBe(4821);
    expect(pickedValue(tick(pickSale(viewOf()), '1', '1'))).toBe(2410);
    const oneBack = viewOf([{ caseNo: 'X', saleId: 'S-1', lines: [{ lineId: '1', qty: 1, paid: 2410 }], payments: [] }]);
    expect(pickedValue(tick(pickSale(oneBack), '1', '1'))).toBe(2411);
    // A quantity beyond what is left counts as nothing until corrected.
    expect(pickedValue(tick(pickSale(oneBack), '1', '2'))).toBe(0);
  });

  it('splits the refund as paid (card first, then cash), refuses a single method without enough left', () => {
    const view = viewOf();
    expect(refundParts(view, 13500, 'original')).toEqual([{ method: 'card', amount: 10000 }, { method: 'cash', amount: 3500 }]);
    expect(refundParts(view, 4821, 'cash')).toBeNull();
    expect(leftBy(view, 'cash')).toBe(3500);
    expect(refundParts(view, 3000, 'cash')).toEqual([{ method: 'cash', amount: 3000 }]);
    expect(refundParts(view, 99999, 'store_credit')).toEqual([{ method: 'store_credit', amount: 99999 }]);
  });
});

describe('items back in an exchange', () => {
  it('are worth what they were paid, converted line by line into the store currency as the desk records them', () => {
    // Two lines of 0.03 BGN: 0.02 EUR each as the desk converts them, 0.04 in all (0.06 BGN at once would be 0.03).
    const leva: Sale = {
      ...sale, currency: 'BGN', soldAt: '2025-12-20T10:00:00+02:00', receiptDiscounts: [], payments: [{ method: 'cash', amount: 6 }],
      lines: [{ ...sale.lines[0]!, quantity: 1, unitPrice: 3 }, { ...sale.lines[1]!, unitPrice: 3, discount: 0 }],
    };
    const pick = tick(tick(pickSale(viewOf([], leva)), '1'), '2');
    expect(pickedValue(pick)).toBe(6);
    expect(exchangedValue(pick, 'EUR')).toBe(4);
    expect(exchangedValue(tick(pickSale(viewOf()), '1', '2'), 'UAH')).toBe(pickedValue(tick(pickSale(viewOf()), '1', '2')));
  });
});
