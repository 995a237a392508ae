import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minorToDecimal, minorToInput, parseMoneyInput } from '../../../renderer/format/money-input.js';

describe('parseMoneyInput: what the clerk types becomes exact minor units', () => {
  it.each([
    ['199,90', 19990], ['199.90', 19990], ['199', 19900], ['199,9', 19990], ['0,05', 5], ['0.10', 10],
    ['1 299,90', 129990], ['1\u00a0299,90', 129990], ['1.299,90', 129990], ['1,299.90', 129990], ['12 345 678,01', 1234567801],
    ['  42,00  ', 4200], ['007,50', 750],
  ])('%j -> %i', (typed, minor) => {
    expect(parseMoneyInput(typed)).toEqual({ ok: true, amount: minor });
  });

  it('refuses what it would have to guess or cannot read, saying why', () => {
    expect(parseMoneyInput('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseMoneyInput('   ')).toEqual({ ok: false, problem: 'empty' });
    for (const bad of ['1.299', '1,299', '19,999', '12,3x', '-5', 'abc', '1,2,3', '1.299.90', ',5', '5,']) {
      expect(parseMoneyInput(bad), bad).toEqual({ ok: false, problem: 'format' });
    }
    expect(parseMoneyInput('99999999999999')).toEqual({ ok: false, problem: 'too_large' });
  });

  it('amounts a float gets wrong (0.29 * 100 = 28.999…) stay exact', () => {
    expect(parseMoneyInput('0,29')).toEqual({ ok: true, amount: 29 });
    expect(parseMoneyInput('1,15')).toEqual({ ok: true, amount: 115 });
    expect(parseMoneyInput('4,35')).toEqual({ ok: true, amount: 435 });
  });

  it('round-trips every amount through the decimal string and the typed form', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), fc.constantFrom(',', '.'), (amount, mark) => {
      expect(parseMoneyInput(minorToInput(amount, mark))).toEqual({ ok: true, amount });
    }));
  });

  it('formats negative and small amounts as exact decimals', () => {
    expect(minorToDecimal(-1999)).toBe('-19.99');
    expect(minorToDecimal(5)).toBe('0.05');
    expect(minorToDecimal(0)).toBe('0.00');
  });
});
