import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney } from '../../../renderer/format/locale-format.js';

describe('money and dates in the UI language', () => {
  it('shows minor units as the locale writes money, exactly', () => {
    expect(formatMoney({ amount: 129990, currency: 'UAH' }, 'uk')).toMatch(/^1\s299,90\s₴|^1\s299,90\sгрн/);
    expect(formatMoney({ amount: 129990, currency: 'CZK' }, 'cs')).toMatch(/^1\s299,90\sKč$/);
    expect(formatMoney({ amount: 129990, currency: 'EUR' }, 'en')).toBe('€1,299.90');
    // A float would print 0.30000000000000004 somewhere on the way; the exact string cannot.
    expect(formatMoney({ amount: 30, currency: 'EUR' }, 'en')).toBe('€0.30');
    expect(formatMoney({ amount: -505, currency: 'EUR' }, 'en')).toBe('-€5.05');
  });

  it('names a calendar day the same in every time zone', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('2026-03-01', 'uk')).toMatch(/1 бер\. 2026/);
  });
});
