import { describe, expect, it } from 'vitest';
import { addPeriod, daysBetween } from '../../../shared/law/period.js';

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

describe('daysBetween', () => {
  it('counts calendar days either way, over a leap day and the year end', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
});
