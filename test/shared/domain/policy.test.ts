import { describe, expect, it } from 'vitest';
import { addPeriod, claimDueDate, policyFor, returnApprovalsNeeded } from '../../../shared/domain/policy.js';

describe('addPeriod', () => {
  it('clamps a month to the end of a shorter month', () => {
    expect(addPeriod('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(addPeriod('2024-01-31', { months: 1 })).toBe('2024-02-29');
    expect(addPeriod('2026-03-31', { months: 1 })).toBe('2026-04-30');
    expect(addPeriod('2026-08-31', { months: 6 })).toBe('2027-02-28');
    expect(addPeriod('2024-02-29', { months: 24 })).toBe('2026-02-28');
  });

  it('keeps the day of the month when it exists, across the year end', () => {
    expect(addPeriod('2026-12-15', { months: 1 })).toBe('2027-01-15');
    expect(addPeriod('2026-02-28', { months: 1 })).toBe('2026-03-28');
  });

  it('counts days across month and year ends and leap days', () => {
    expect(addPeriod('2026-12-20', { days: 30 })).toBe('2027-01-19');
    expect(addPeriod('2024-02-20', { days: 10 })).toBe('2024-03-01');
    expect(addPeriod('2026-02-20', { days: 10 })).toBe('2026-03-02');
  });

  it('keeps a year below 100 as written (Date.UTC would turn 0050 into 1950)', () => {
    expect(addPeriod('0050-01-31', { months: 1 })).toBe('0050-02-28');
    expect(addPeriod('0099-12-31', { days: 1 })).toBe('0100-01-01');
  });
});

describe('claimDueDate per pack', () => {
  it('CZ: 30 days whatever the remedy', () => {
    expect(claimDueDate(policyFor('CZ'), '2026-01-31', 'repair')).toBe('2026-03-02');
    expect(claimDueDate(policyFor('CZ'), '2026-01-31', 'refund')).toBe('2026-03-02');
  });
  it('BG: one calendar month', () => {
    expect(claimDueDate(policyFor('BG'), '2026-01-31', 'repair')).toBe('2026-02-28');
    expect(claimDueDate(policyFor('BG'), '2026-05-15', 'replacement')).toBe('2026-06-15');
  });
  it('UA: 14 days', () => {
    expect(claimDueDate(policyFor('UA'), '2026-12-25', 'repair')).toBe('2027-01-08');
  });
  it('RU: by remedy, refund 10, replacement 7, repair 45 days', () => {
    const ru = policyFor('RU');
    expect(claimDueDate(ru, '2026-03-01', 'refund')).toBe('2026-03-11');
    expect(claimDueDate(ru, '2026-03-01', 'price_reduction')).toBe('2026-03-11');
    expect(claimDueDate(ru, '2026-03-01', 'replacement')).toBe('2026-03-08');
    expect(claimDueDate(ru, '2026-03-01', 'repair')).toBe('2026-04-15');
  });
});

describe('returnApprovalsNeeded', () => {
  const base = { purchaseDate: '2026-03-01', proof: 'receipt' as const, reasons: ['changed_mind' as const], refundAmount: 1000, today: '2026-03-10' };
  it('needs nothing inside the window with a receipt under the limit', () => {
    expect(returnApprovalsNeeded(policyFor('CZ'), base)).toEqual([]);
  });
  it('lists every reason a manager is needed', () => {
    expect(returnApprovalsNeeded(policyFor('BG'), { ...base, today: '2026-03-16', proof: 'card_statement', refundAmount: 250_01 })).toEqual(['outside_window', 'no_receipt', 'over_limit']);
  });
  it('lets a defective item back for the whole guarantee', () => {
    expect(returnApprovalsNeeded(policyFor('CZ'), { ...base, reasons: ['defective'], today: '2027-12-01' })).toEqual([]);
    expect(returnApprovalsNeeded(policyFor('CZ'), { ...base, reasons: ['defective'], today: '2028-03-02' })).toEqual(['outside_window']);
  });
  it('refuses a purchase date in the future', () => {
    expect(returnApprovalsNeeded(policyFor('CZ'), { ...base, purchaseDate: '2026-03-11' })).toEqual(['outside_window']);
  });
});
