import type { Country } from './jurisdiction.js';
import type { Currency } from './money.js';
import type { Proof, ReasonCode, Remedy } from './events.js';

/** A period in the law's own unit: "30 days" and "1 month" are not the same thing. */
export type Period = { days: number } | { months: number };

/**
 * A jurisdiction pack: the consumer-law figures a desk applies. Data, not code, so head office
 * can override it per store. Pure: the renderer shows it, the core enforces it.
 */
export type PolicyPack = {
  country: Country;
  currency: Currency;
  /** Statutory time to settle a claim, by requested remedy where the law distinguishes. */
  claimPeriod: Period;
  claimPeriodByRemedy: Partial<Record<Remedy, Period>>;
  guaranteeMonths: number;
  /** Days to return a non-defective item; the statutory minimum where there is one. */
  returnWindowDays: number;
  returnWindowIsStatutory: boolean;
  /** Which proofs of purchase are accepted without a manager. */
  acceptedProofs: Proof[];
  /** Refunds above this (minor units of the currency) need a manager. */
  refundLimit: number;
  /** Purchases in a former currency refunded in the current one at a fixed rate. */
  formerCurrency?: Currency;
  printsConfirmationOnFiling: boolean;
  printsRegisterNumber: boolean;
  citations: { claim: string; guarantee: string; returns: string };
};

export const policyPacks: Record<Country, PolicyPack> = {
  CZ: {
    country: 'CZ',
    currency: 'CZK',
    claimPeriod: { days: 30 },
    claimPeriodByRemedy: {},
    guaranteeMonths: 24,
    returnWindowDays: 30,
    returnWindowIsStatutory: false,
    acceptedProofs: ['receipt', 'invoice', 'card_statement', 'other'],
    refundLimit: 5_000_00,
    printsConfirmationOnFiling: true,
    printsRegisterNumber: false,
    citations: { claim: '§19 zák. 634/1992 Sb.', guarantee: '§2165 zák. 89/2012 Sb.', returns: 'obchodní podmínky prodejce' },
  },
  BG: {
    country: 'BG',
    currency: 'EUR',
    claimPeriod: { months: 1 },
    claimPeriodByRemedy: {},
    guaranteeMonths: 24,
    returnWindowDays: 14,
    returnWindowIsStatutory: false,
    acceptedProofs: ['receipt', 'invoice'],
    refundLimit: 250_00,
    formerCurrency: 'BGN',
    printsConfirmationOnFiling: true,
    printsRegisterNumber: true,
    citations: { claim: 'чл. 113 ЗЗП', guarantee: 'чл. 115 ЗЗП', returns: 'политика на търговеца' },
  },
  UA: {
    country: 'UA',
    currency: 'UAH',
    claimPeriod: { days: 14 },
    claimPeriodByRemedy: { repair: { days: 14 } },
    guaranteeMonths: 24,
    returnWindowDays: 14,
    returnWindowIsStatutory: true,
    acceptedProofs: ['receipt', 'invoice'],
    refundLimit: 5_000_00,
    printsConfirmationOnFiling: false,
    printsRegisterNumber: false,
    citations: { claim: 'ст. 8 ЗУ «Про захист прав споживачів»', guarantee: 'ст. 8 ЗУ «Про захист прав споживачів»', returns: 'ст. 9 ЗУ «Про захист прав споживачів»' },
  },
  RU: {
    country: 'RU',
    currency: 'RUB',
    claimPeriod: { days: 10 },
    claimPeriodByRemedy: { refund: { days: 10 }, price_reduction: { days: 10 }, withdrawal: { days: 10 }, replacement: { days: 7 }, repair: { days: 45 } },
    guaranteeMonths: 24,
    returnWindowDays: 14,
    returnWindowIsStatutory: true,
    acceptedProofs: ['receipt', 'invoice', 'card_statement', 'other'],
    refundLimit: 20_000_00,
    printsConfirmationOnFiling: false,
    printsRegisterNumber: false,
    citations: { claim: 'ст. 20–22 Закона «О защите прав потребителей»', guarantee: 'ст. 19 Закона «О защите прав потребителей»', returns: 'ст. 25 Закона «О защите прав потребителей»' },
  },
};

export type PolicySummary = PolicyPack;

export const policyFor = (country: Country, overrides: Partial<PolicyPack> = {}): PolicyPack => ({ ...policyPacks[country], ...overrides });

/** Adds a period to a calendar date (YYYY-MM-DD), month ends clamped (31 Jan + 1 month = 28/29 Feb). */
export function addPeriod(isoDate: string, p: Period): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if ('days' in p) return utcDate(y, m - 1, d + p.days).toISOString().slice(0, 10);
  const lastDay = utcDate(y, m - 1 + p.months + 1, 0).getUTCDate();
  return utcDate(y, m - 1 + p.months, Math.min(d, lastDay)).toISOString().slice(0, 10);
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export const claimDueDate = (pack: PolicyPack, filedOn: string, remedy: Remedy) =>
  addPeriod(filedOn, pack.claimPeriodByRemedy[remedy] ?? pack.claimPeriod);

/** What a return needs a manager for under this pack; empty when the clerk may go ahead. */
export function returnApprovalsNeeded(
  pack: PolicyPack,
  r: { purchaseDate: string; proof: Proof; reasons: ReasonCode[]; refundAmount: number; today: string },
): Array<'outside_window' | 'no_receipt' | 'over_limit'> {
  const needs: Array<'outside_window' | 'no_receipt' | 'over_limit'> = [];
  // A defective item may come back for the whole legal guarantee, anything else only within the return window.
  const allDefective = r.reasons.length > 0 && r.reasons.every((x) => x === 'defective');
  const lastDay = allDefective ? addPeriod(r.purchaseDate, { months: pack.guaranteeMonths }) : addPeriod(r.purchaseDate, { days: pack.returnWindowDays });
  if (r.today > lastDay || r.purchaseDate > r.today) needs.push('outside_window');
  if (!pack.acceptedProofs.includes(r.proof)) needs.push('no_receipt');
  if (Math.abs(r.refundAmount) > pack.refundLimit) needs.push('over_limit');
  return needs;
}
