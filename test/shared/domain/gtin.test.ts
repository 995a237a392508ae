import { describe, expect, it } from 'vitest';
import { isValidGtin, looksLikeGtin } from '../../../shared/domain/gtin.js';

describe('GTIN check digits', () => {
  it.each([
    ['4006381333931', 'EAN-13'],
    ['5901234123457', 'EAN-13'],
    ['96385074', 'GTIN-8'],
    ['036000291452', 'UPC-A'],
    ['10012345678902', 'GTIN-14'],
    ['00000000', 'all zeros'],
  ])('accepts %s (%s)', (code) => {
    expect(looksLikeGtin(code)).toBe(true);
    expect(isValidGtin(code)).toBe(true);
  });

  it.each([
    ['4006381333932', 'last digit off by one'],
    ['5901234123450', 'wrong check digit'],
    ['96385075', 'GTIN-8, wrong check digit'],
    ['036000291453', 'UPC-A, wrong check digit'],
    ['4006381333391', 'two neighbouring digits swapped'],
    ['400638133393', 'an EAN-13 with a digit left out'],
  ])('refuses %s (%s) though it looks like a GTIN', (code) => {
    expect(looksLikeGtin(code)).toBe(true);
    expect(isValidGtin(code)).toBe(false);
  });

  it.each(['', '1234567', '123456789', '12345678901', '123456789012345', '40063813339a1', ' 4006381333931', 'PRG01-A-2026-00042'])(
    'does not take %j for a GTIN at all', (code) => {
      expect(looksLikeGtin(code)).toBe(false);
      expect(isValidGtin(code)).toBe(false);
    });
});
