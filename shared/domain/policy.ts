import type { Country } from './jurisdiction.js';
import type { Currency } from './money.js';
import type { Proof, ReasonCode } from './events.js';
import type { ReasonChoices } from './reasons.js';
import { addPeriod } from '../law/period.js';
import { lawVersionById, lawVersionOn, type LawFigures, type LawVersion } from '../law/versions.js';
import { legalOverrides } from '../law/policy-overrides.js';

/**
 * What a desk applies in a country: its store rules (currency, return window, proofs, limits) and
 * the figures of the law version in force (`shared/law/versions.ts`). Data, not code, so head
 * office can override it per store. Pure: the renderer shows it, the core enforces it.
 */
export type CountryRules = {
  country: Country;
  currency: Currency;
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
};

export type PolicyPack = CountryRules & LawFigures & {
  /** The law version these figures are from (`LawVersion.id`). */
  lawVersion: string;
  citations: LawVersion['citations'];
};

export const policyPacks: Record<Country, CountryRules> = {
  CZ: {
    country: 'CZ',
    currency: 'CZK',
    returnWindowDays: 30,
    returnWindowIsStatutory: false,
    acceptedProofs: ['receipt', 'invoice', 'card_statement', 'other'],
    refundLimit: 5_000_00,
    printsConfirmationOnFiling: true,
    printsRegisterNumber: false,
  },
  BG: {
    country: 'BG',
    currency: 'EUR',
    returnWindowDays: 14,
    returnWindowIsStatutory: false,
    acceptedProofs: ['receipt', 'invoice'],
    refundLimit: 250_00,
    formerCurrency: 'BGN',
    printsConfirmationOnFiling: true,
    printsRegisterNumber: true,
  },
  UA: {
    country: 'UA',
    currency: 'UAH',
    returnWindowDays: 14,
    returnWindowIsStatutory: true,
    acceptedProofs: ['receipt', 'invoice'],
    refundLimit: 5_000_00,
    printsConfirmationOnFiling: false,
    printsRegisterNumber: false,
  },
  RU: {
    country: 'RU',
    currency: 'RUB',
    returnWindowDays: 14,
    returnWindowIsStatutory: true,
    acceptedProofs: ['receipt', 'invoice', 'card_statement', 'other'],
    refundLimit: 20_000_00,
    printsConfirmationOnFiling: false,
    printsRegisterNumber: false,
  },
};

/** The pack as the counter gets it, with the days off ahead so the browser computes deadlines as the desk does. */
export type PolicySummary = PolicyPack & { daysOff: string[]; reasons: ReasonChoices };

/** The store's pack under a law version, with head office's overrides on top: only those that law allows (`shared/law/policy-overrides.ts`). */
export const policyFor = (country: Country, version: LawVersion, overrides: Partial<PolicyPack> = {}): PolicyPack =>
  ({ ...policyPacks[country], ...version.figures, lawVersion: version.id, citations: version.citations, ...legalOverrides(policyPacks[country], version, overrides) });

/** The pack a case was filed under: its law version kept (one this desk does not know yet: the latest it knows). */
export const policyOfCase = (c: { country: Country; lawVersion: string }): PolicyPack =>
  policyFor(c.country, lawVersionById(c.lawVersion) ?? lawVersionOn(c.country, '9999-12-31'));

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
