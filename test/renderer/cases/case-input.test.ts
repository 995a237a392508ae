import { describe, expect, it } from 'vitest';
import { customerInput, draftsTotal, emptyLine, optionalPurchaseInput, purchaseDateProblems, returnLines, saleLines, type LineDraft } from '../../../renderer/cases/case-input.js';
import { returnLineSchema } from '../../../shared/domain/events.js';

const line = (over: Partial<LineDraft>): LineDraft => ({ ...emptyLine('UAH'), item: 'Чайник', ...over });

describe('form drafts become the API input', () => {
  it('turns typed lines into lines the contract accepts, prices in minor units', () => {
    const { lines, problems } = returnLines('lines', [line({ qty: '2', unitPrice: '199,90', sku: ' K-1 ', reason: 'defective' })]);
    expect(problems).toEqual({});
    expect(lines).toEqual([{ item: 'Чайник', sku: 'K-1', qty: 2, unitPrice: { amount: 19990, currency: 'UAH' }, reason: 'defective', condition: 'new', restock: true }]);
    expect(returnLineSchema.safeParse(lines[0]).success).toBe(true);
  });

  it('names each unreadable price or quantity by the path the API would use', () => {
    const { problems } = saleLines('issued', [line({ unitPrice: '10' }), line({ unitPrice: '1.299', qty: '0' }), line({ unitPrice: '', qty: 'x' })]);
    expect(problems).toEqual({ 'issued.1.unitPrice': 'format', 'issued.1.qty': 'qty', 'issued.2.unitPrice': 'empty', 'issued.2.qty': 'qty' });
  });

  it('adds up the lines typed so far; a BGN line is converted at the fixed rate like the core does', () => {
    expect(draftsTotal([line({ qty: '3', unitPrice: '0,10' }), line({ unitPrice: '2' })], { currency: 'UAH' })).toEqual({ amount: 230, currency: 'UAH' });
    // 19.56 BGN = 10.00 EUR at 1.95583, rounded to the cent.
    expect(draftsTotal([{ ...line({ unitPrice: '19,56' }), currency: 'BGN' }, { ...line({ unitPrice: '5' }), currency: 'EUR' }], { currency: 'EUR' }))
      .toEqual({ amount: 1500, currency: 'EUR' });
  });

  it('knows no total while a price or quantity is not a number (shown as —, not as 0,00)', () => {
    expect(draftsTotal([line({ qty: '3', unitPrice: '0,10' }), line({ unitPrice: 'oops' })], { currency: 'UAH' })).toBeNull();
    expect(draftsTotal([line({ qty: 'x', unitPrice: '5' })], { currency: 'UAH' })).toBeNull();
    expect(draftsTotal([line({ unitPrice: '' })], { currency: 'UAH' })).toBeNull();
  });

  it('names a purchase date that is missing, no day, or after today', () => {
    const p = (purchaseDate: string) => ({ purchaseDate, receiptNo: '', proof: 'receipt' as const });
    expect(purchaseDateProblems(p(''), '2026-12-01', true)).toEqual({ 'purchase.purchaseDate': 'date_empty' });
    expect(purchaseDateProblems(p(''), '2026-12-01', false)).toEqual({});
    expect(purchaseDateProblems(p('31.4.2026'), '2026-12-01', true)).toEqual({ 'purchase.purchaseDate': 'date_format' });
    expect(purchaseDateProblems(p('2026-12-02'), '2026-12-01', true)).toEqual({ 'purchase.purchaseDate': 'purchase_in_future' });
    expect(purchaseDateProblems(p('2026-12-01'), '2026-12-01', true)).toEqual({});
  });

  it('sends no customer and no purchase when nothing of them was typed', () => {
    expect(customerInput({ name: ' ', phone: '', email: '' })).toBeUndefined();
    expect(customerInput({ name: '', phone: ' +380 67 123 4567 ', email: '' })).toEqual({ name: undefined, phone: '+380 67 123 4567', email: undefined });
    expect(optionalPurchaseInput({ purchaseDate: '', receiptNo: '  ', proof: 'receipt' })).toBeUndefined();
    // A receipt number alone is sent, so the API can say the date is missing instead of it being dropped.
    expect(optionalPurchaseInput({ purchaseDate: '', receiptNo: 'R-1', proof: 'receipt' })).toEqual({ purchaseDate: '', receiptNo: 'R-1', proof: 'receipt' });
  });
});
