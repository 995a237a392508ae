import { describe, expect, it } from 'vitest';
import { emptyLine, type LineDraft } from '../../../renderer/cases/case-input.js';
import { lineOf, withScannedProduct } from '../../../renderer/scanner/product-targets.js';
import type { Product } from '../../../shared/api/sales.js';

const kettle: Product = { gtins: ['4006381333931'], name: 'Електрочайник', sku: 'KT-200', price: { amount: 129950, currency: 'UAH' }, returnable: true, warrantyMonths: 24 };
const line = (item: string): LineDraft => ({ ...emptyLine('UAH'), item, sku: item ? 'X-1' : '' });
const put = (lines: LineDraft[], focused: number | null, p = kettle, currencies: ('UAH' | 'BGN' | 'EUR')[] = ['UAH']) =>
  withScannedProduct(lines, focused, p, emptyLine(currencies[0]!), currencies, ',');

describe('a scanned product on the item lines', () => {
  it('fills the name, the article number and the price in the locale\'s format', () => {
    expect(put([line('')], null)).toEqual([{ ...emptyLine('UAH'), item: 'Електрочайник', sku: 'KT-200', unitPrice: '1299,50', currency: 'UAH' }]);
  });

  it('leaves the price to the clerk when the catalogue has none', () => {
    expect(put([line('')], 0, { ...kettle, price: undefined, name: 'Праска', sku: 'IR-1' })[0]).toMatchObject({ item: 'Праска', sku: 'IR-1', unitPrice: '' });
  });

  it('goes on the focused line when it is empty', () => {
    expect(put([line(''), line(''), line('')], 1).map((l) => l.item)).toEqual(['', 'Електрочайник', '']);
  });

  it('never overwrites an item already entered: the first empty line, else a new one', () => {
    expect(put([line('Фен'), line('')], 0).map((l) => l.item)).toEqual(['Фен', 'Електрочайник']);
    expect(put([line('Фен')], 0).map((l) => l.item)).toEqual(['Фен', 'Електрочайник']);
  });

  it('leaves the price to the clerk when the catalogue has it in a currency the lines cannot take', () => {
    const bgn = { ...kettle, price: { amount: 5990, currency: 'BGN' as const } };
    expect(put([emptyLine('EUR')], null, bgn, ['EUR'])[0]).toMatchObject({ item: 'Електрочайник', unitPrice: '', currency: 'EUR' });
    expect(put([emptyLine('EUR')], null, bgn, ['EUR', 'BGN'])[0]).toMatchObject({ unitPrice: '59,90', currency: 'BGN' });
  });
});

describe('which line has focus', () => {
  const field = (name: string | null) => ({ getAttribute: () => name }) as unknown as Element;
  it.each([
    ['lines.2.sku', 'lines', 2],
    ['returned.0.reason', 'returned', 0],
    ['issued.1.item', 'returned', null],
    ['customer.phone', 'lines', null],
    [null, 'lines', null],
  ])('%s in the editor %s: %s', (name, editor, expected) => expect(lineOf(editor, field(name))).toBe(expected));
  it('none when nothing has focus', () => expect(lineOf('lines', null)).toBeNull());
});
