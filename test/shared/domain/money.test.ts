import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertFixed } from '../../../shared/domain/money.js';

const BGN_PER_EUR = { num: 195583n, den: 100000n };

describe('convertFixed BGN -> EUR at the fixed rate 1.95583', () => {
  it('converts everyday amounts to the nearest euro cent', () => {
    expect(convertFixed({ amount: 195583, currency: 'BGN' }, 'EUR')).toEqual({ amount: 100000, currency: 'EUR' });
    expect(convertFixed({ amount: 100, currency: 'BGN' }, 'EUR')).toEqual({ amount: 51, currency: 'EUR' }); // 0.5113 EUR
    expect(convertFixed({ amount: 2999, currency: 'BGN' }, 'EUR')).toEqual({ amount: 1533, currency: 'EUR' }); // 15.3336 EUR
    expect(convertFixed({ amount: 1, currency: 'BGN' }, 'EUR')).toEqual({ amount: 1, currency: 'EUR' }); // 0.511 cent rounds up
  });

  it('rounds a negative amount the same way as its positive twin', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000_000_00 }), (a) => {
      expect(convertFixed({ amount: -a, currency: 'BGN' }, 'EUR').amount).toBe(-convertFixed({ amount: a, currency: 'BGN' }, 'EUR').amount);
    }));
  });

  it('is the nearest cent for every amount up to the money limit (no floating-point drift)', () => {
    const nearest = (a: number, eur: number) => {
      // |a/1.95583 - eur| <= 1/2  <=>  |2·a·den - 2·eur·num| <= num, all in integers.
      const diff = 2n * BigInt(a) * BGN_PER_EUR.den - 2n * BigInt(eur) * BGN_PER_EUR.num;
      return (diff < 0n ? -diff : diff) <= BGN_PER_EUR.num;
    };
    // 89 832 912 105 stotinki is one the float version rounded to the wrong cent.
    for (const a of [89_832_912_105, 68_873_455_493, 85_287_172_019]) expect(nearest(a, convertFixed({ amount: a, currency: 'BGN' }, 'EUR').amount)).toBe(true);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (a) => nearest(a, convertFixed({ amount: a, currency: 'BGN' }, 'EUR').amount)), { numRuns: 20_000 });
  });

  it('leaves an amount already in the target currency alone and refuses pairs with no fixed rate', () => {
    expect(convertFixed({ amount: 1234, currency: 'EUR' }, 'EUR')).toEqual({ amount: 1234, currency: 'EUR' });
    expect(() => convertFixed({ amount: 1234, currency: 'CZK' }, 'EUR')).toThrow(/no fixed rate/);
  });
});
