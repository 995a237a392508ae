import { describe, expect, it } from 'vitest';
import { policyFor, policyPacks } from '../../../shared/domain/policy.js';
import type { Country } from '../../../shared/domain/jurisdiction.js';
import { checkOverrides, periodWithin, refusalText, type PolicyOverrides } from '../../../shared/law/policy-overrides.js';
import { lawVersionOn } from '../../../shared/law/versions.js';

const today = '2026-12-01';
const check = (country: Country, o: PolicyOverrides) => checkOverrides(country, policyPacks[country], o, today);

describe('policy overrides checked against the law', () => {
  // Legal: a shorter claim-handling target, a longer guarantee, a longer voluntary return window, any refund limit.
  it.each<[Country, PolicyOverrides]>([
    ['CZ', { claimPeriod: { days: 20 }, guaranteeMonths: 36, returnWindowDays: 60, refundLimit: 10_000_00 }],
    ['CZ', { returnWindowDays: 0 }],
    ['BG', { claimPeriod: { days: 28 }, guaranteeMonths: 24 }],
    ['BG', { claimPeriod: { months: 1 }, returnWindowDays: 7 }],
    ['UA', { claimPeriod: { days: 7 }, returnWindowDays: 30 }],
    ['RU', { claimPeriod: { days: 10 }, guaranteeMonths: 24, returnWindowDays: 14 }],
  ])('%s accepts %j', (country, o) => {
    expect(check(country, o)).toEqual([]);
  });

  // Illegal: each refused with the statute it breaks.
  it.each<[Country, PolicyOverrides, string, string]>([
    ['CZ', { claimPeriod: { days: 45 } }, 'claim_period_over_statute', '§19 odst. 3 zák. 634/1992 Sb.'],
    ['CZ', { guaranteeMonths: 12 }, 'guarantee_under_statute', '§2165 zák. 89/2012 Sb.'],
    ['BG', { claimPeriod: { months: 2 } }, 'claim_period_over_statute', 'чл. 113, ал. 2 ЗЗП'],
    // 30 days may outlast a February month: the law's month is safe only up to 28 days.
    ['BG', { claimPeriod: { days: 30 } }, 'claim_period_over_statute', 'чл. 113, ал. 2 ЗЗП'],
    ['UA', { returnWindowDays: 7 }, 'return_window_under_statute', 'ст. 9 ЗУ «Про захист прав споживачів»'],
    ['UA', { claimPeriod: { days: 21 } }, 'claim_period_over_statute', 'ст. 8 ЗУ «Про захист прав споживачів» № 1023-XII'],
    ['RU', { claimPeriod: { days: 20 } }, 'claim_period_over_statute', 'ст. 20–22 Закона РФ «О защите прав потребителей»'],
    ['RU', { guaranteeMonths: 6 }, 'guarantee_under_statute', 'ст. 19 Закона РФ «О защите прав потребителей»'],
    ['RU', { returnWindowDays: 10 }, 'return_window_under_statute', 'ст. 25 Закона РФ «О защите прав потребителей»'],
  ])('%s refuses %j as %s citing the law', (country, o, code, citation) => {
    const [refusal, ...more] = check(country, o);
    expect(more).toEqual([]);
    expect(refusal).toMatchObject({ code, field: Object.keys(o)[0] });
    expect(refusal!.citation).toContain(citation);
    expect(refusalText(refusal!)).toContain(refusal!.citation);
  });

  it('names every illegal figure at once, once each, however many versions apply', () => {
    expect(check('CZ', { claimPeriod: { days: 31 }, guaranteeMonths: 23, refundLimit: 1 }).map((r) => r.field)).toEqual(['claimPeriod', 'guaranteeMonths']);
  });

  it('judges a period in another unit by the shortest and longest month', () => {
    expect(periodWithin({ days: 28 }, { months: 1 })).toBe(true);
    expect(periodWithin({ days: 29 }, { months: 1 })).toBe(false);
    expect(periodWithin({ months: 1 }, { days: 31 })).toBe(true);
    expect(periodWithin({ months: 1 }, { days: 30 })).toBe(false);
  });

  it('the desk applies only the legal overrides: an illegal figure leaves the law\'s own', () => {
    const version = lawVersionOn('RU', today);
    const pack = policyFor('RU', version, { claimPeriod: { days: 30 }, returnWindowDays: 30, guaranteeMonths: 12, refundLimit: 5_00 });
    expect(pack).toMatchObject({ claimPeriod: { days: 10 }, returnWindowDays: 30, guaranteeMonths: 24, refundLimit: 5_00 });
    expect(policyFor('CZ', lawVersionOn('CZ', today), { claimPeriod: { days: 15 } }).claimPeriod).toEqual({ days: 15 });
  });
});
