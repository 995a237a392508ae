import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { saleSchema } from '../../../shared/sales/sale.js';
import { MAX_AMOUNT } from '../../../shared/domain/money.js';
import { isCanonicalSale, saleFrom } from '../../src/sales/sales-csv.js';

// The import takes a sale without zod when `isCanonicalSale` says so: that must never let in what
// saleSchema refuses, nor store other than what saleSchema outputs (the content hash is of its JSON).

const printable = fc.constantFrom(...'AZaz09-_./:#+!~"\','.split(''));
/** Each field mostly valid (else hardly any sale would be), with its edge cases now and then. */
const mostly = <T>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) => fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: edge });
const code = (max: number) => mostly(
  fc.string({ unit: printable, minLength: 1, maxLength: 6 }),
  fc.oneof(fc.string({ unit: printable, minLength: max - 1, maxLength: max + 1 }), fc.constantFrom('', ' ', 'A B', ' A', 'A ', 'Á', 'A\u0000', '\u00A0A')),
);
const text = (max: number) => mostly(
  fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('Pen', 'Tričko, vel. M', '😀')),
  fc.constantFrom(' Pen', 'Pen ', '', 'x'.repeat(max), 'x'.repeat(max + 1), 'a\u0000b', '\uD800x', 'x\uDC00', '\u00A0Pen', 'Pen\uFEFF', '\n'),
);
const int = mostly(
  fc.integer({ min: 0, max: 5000 }).map(String),
  fc.constantFrom('0', '-1', '007', ' 5', '5 ', '1.0', '100000', '100001', '10000000000', String(MAX_AMOUNT), String(MAX_AMOUNT + 1), '99999999999999999999', ''),
);
const line = fc.record({
  id: mostly(fc.constantFrom('1', '2', '3', 'L-4'), code(32)),
  gtin: mostly(fc.constantFrom('', '4006381333931', '96385074', '5901234123457'), fc.constantFrom('4006381333932', '12345', ' 4006381333931', '4006381333931 ')),
  sku: mostly(fc.constantFrom('', 'PEN-01', 'KET'), code(64)),
  name: text(200),
  quantity: mostly(fc.integer({ min: 1, max: 5 }).map(String), int),
  unitPrice: int,
  discount: mostly(fc.constantFrom('', '0', '10'), int),
  vat: mostly(fc.constantFrom('21', '9.5', '0', '100', '12.1234'), fc.constantFrom('100.0001', '101', '', 'abc', '1e2', '021', '12.12345', '-1', ' 21')),
});
const sale = fc.record({
  id: code(64),
  store: mostly(fc.constantFrom('PRG01', 'BRN02', 'AB', 'ABCDEFGH'), fc.constantFrom('prg01', ' PRG01', 'A', 'ABCDEFGHI', 'PR G1', 'PRG-1')),
  till: code(16),
  receiptNo: text(64),
  barcode: mostly(fc.constant(''), code(128)),
  soldAt: mostly(
    fc.constantFrom('2026-03-02T10:00:00+01:00', '2025-12-31T23:59:59+02:00', '2026-01-01T00:00:00+02:00', '2024-02-29T10:00:00Z', '2026-03-02T10:00:00.123-05:30'),
    fc.constantFrom('2023-02-29T10:00:00Z', '2026-03-02T10:00:00', '2026-13-01T00:00:00Z', ' 2026-03-02T10:00:00Z', '2026-03-02 10:00:00Z', '2026-03-02T24:00:00Z'),
  ),
  currency: mostly(fc.constantFrom('CZK', 'EUR', 'BGN', 'UAH', 'RUB'), fc.constantFrom('czk', 'USD', '', ' EUR')),
  customerRef: mostly(fc.constant(''), code(64)),
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  discounts: fc.array(mostly(fc.constantFrom('0', '100', '1'), fc.constantFrom('-5', 'x', '', '1.5')), { maxLength: 3 }),
  // Most sales pay their total (else nearly all would fail on the sum); some pay otherwise.
  pay: mostly(fc.constantFrom('card', 'cash;card', 'voucher;other'), fc.constantFrom('card:100', 'bitcoin:100', 'cash:', ':100', 'cash:100:5', 'card:1;cash:2', '', 'CARD')),
});

/** The sale as rows of the CSV (the sale's columns repeat on each line), payments made to add up when asked. */
function rowsOf(s: typeof sale extends fc.Arbitrary<infer T> ? T : never): string[][] {
  const num = (v: string) => (/^-?\d{1,20}$/.test(v) ? Number(v) : NaN);
  const total = s.lines.reduce((sum, l) => sum + num(l.quantity) * num(l.unitPrice) - (l.discount ? num(l.discount) : 0), 0) - s.discounts.filter(Boolean).reduce((sum, d) => sum + num(d), 0);
  const owed = Number.isSafeInteger(total) && total >= 0 ? total : 0;
  const payments = s.pay.includes(':') || !s.pay ? s.pay : s.pay.includes(';') ? `${s.pay.split(';')[0]}:${Math.floor(owed / 2)};${s.pay.split(';')[1]}:${owed - Math.floor(owed / 2)}` : `${s.pay}:${owed}`;
  const saleLevel = [s.id, s.store, s.till, s.receiptNo, s.barcode, s.soldAt, s.currency, payments, s.discounts.join(';'), s.customerRef];
  return s.lines.map((l) => [...saleLevel, l.id, l.gtin, l.sku, l.name, l.quantity, l.unitPrice, l.discount, l.vat]);
}

describe('a canonical sale skips zod', () => {
  test('what the fast check takes, saleSchema takes and outputs unchanged (same JSON, same hash)', () => {
    let taken = 0;
    fc.assert(fc.property(sale, (s) => {
      const input = saleFrom(rowsOf(s));
      const parsed = saleSchema.safeParse(input);
      if (!isCanonicalSale(input)) return;
      taken++;
      expect(parsed.success).toBe(true);
      expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(input));
    }), { numRuns: 20_000 });
    // The generator must reach the fast path often, or the property would prove little.
    expect(taken).toBeGreaterThan(500);
  });

  test('a plain valid sale, as tills write them, takes the fast path', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 5 }), (price, quantity) => {
      const rows = [['S-1', 'PRG01', 'T1', 'PRG01-T1-1', 'B1', '2026-03-02T10:00:00+01:00', 'CZK', `cash:${price * quantity}`, '', '', '1', '4006381333931', 'PEN', 'Pero, modré', `${quantity}`, `${price}`, '', '21']];
      expect(isCanonicalSale(saleFrom(rows))).toBe(true);
    }));
  });
});
