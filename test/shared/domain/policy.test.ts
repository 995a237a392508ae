import { describe, expect, it } from 'vitest';
import { policyFor, returnApprovalsNeeded } from '../../../shared/domain/policy.js';
import { lawVersionOn } from '../../../shared/law/versions.js';

const packOn = (country: 'CZ' | 'BG', day: string) => policyFor(country, lawVersionOn(country, day));

describe('returnApprovalsNeeded', () => {
  const base = { purchaseDate: '2026-03-01', proof: 'receipt' as const, reasons: ['changed_mind' as const], refundAmount: 1000, today: '2026-03-10' };
  it('needs nothing inside the window with a receipt under the limit', () => {
    expect(returnApprovalsNeeded(packOn('CZ', base.today), base)).toEqual([]);
  });
  it('lists every reason a manager is needed', () => {
    expect(returnApprovalsNeeded(packOn('BG', base.today), { ...base, today: '2026-03-16', proof: 'card_statement', refundAmount: 250_01 })).toEqual(['outside_window', 'no_receipt', 'over_limit']);
  });
  it('lets a defective item back for the whole guarantee', () => {
    expect(returnApprovalsNeeded(packOn('CZ', base.today), { ...base, reasons: ['defective'], today: '2027-12-01' })).toEqual([]);
    expect(returnApprovalsNeeded(packOn('CZ', base.today), { ...base, reasons: ['defective'], today: '2028-03-02' })).toEqual(['outside_window']);
  });
  it('refuses a purchase date in the future', () => {
    expect(returnApprovalsNeeded(packOn('CZ', base.today), { ...base, purchaseDate: '2026-03-11' })).toEqual(['outside_window']);
  });
});
