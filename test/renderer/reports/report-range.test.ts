import { describe, expect, it } from 'vitest';
import { lastWeek, thisMonth } from '../../../renderer/reports/report-range.js';

describe('report range presets', () => {
  it('last week is Monday to Sunday of the week before, whatever day today is', () => {
    expect(lastWeek('2026-01-12')).toEqual({ from: '2026-01-05', to: '2026-01-11' });
    expect(lastWeek('2026-01-18')).toEqual({ from: '2026-01-05', to: '2026-01-11' });
    expect(lastWeek('2026-03-02')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
  });
  it('this month runs from its first day to today', () => {
    expect(thisMonth('2026-02-17')).toEqual({ from: '2026-02-01', to: '2026-02-17' });
  });
});
