import { z } from 'zod';
import type { Country } from '../domain/jurisdiction.js';
import type { CountryRules } from '../domain/policy.js';
import type { Period } from './period.js';
import { lawVersionOn, lawVersions, type LawDate, type LawVersion } from './versions.js';

/**
 * A store's or region's own figures over the country's pack, and whether the law lets it have
 * them. One rule for head office (which refuses to save an illegal override) and the desk (which
 * applies only the legal ones under the law version a case is judged by), so both always agree.
 *
 * - The claim period is the longest time the law gives the seller to settle a claim: a store may
 *   promise less (a shorter handling target), never more.
 * - The guarantee is the consumer's legal time to claim a defect: a store may give more, never less.
 * - The change-of-mind return window: where the law sets it (UA, RU: 14 days) a store may give
 *   more, never less; where it is the seller's own offer (CZ, BG in-store sales) any length holds.
 * - The refund limit (what a clerk refunds without a manager) is the chain's own rule.
 */
const period = z.union([z.object({ days: z.number().int().min(1).max(3650) }).strict(), z.object({ months: z.number().int().min(1).max(120) }).strict()]);
export const policyOverridesSchema = z.object({
  claimPeriod: period,
  guaranteeMonths: z.number().int().min(1).max(240),
  returnWindowDays: z.number().int().min(0).max(3650),
  refundLimit: z.number().int().min(0).max(1_000_000_000_00),
}).partial().strict();
export type PolicyOverrides = z.infer<typeof policyOverridesSchema>;

export type OverrideRefusal = {
  field: 'claimPeriod' | 'guaranteeMonths' | 'returnWindowDays';
  code: 'claim_period_over_statute' | 'guarantee_under_statute' | 'return_window_under_statute';
  /** The statute's figure the override would break, in the law's own unit. */
  limit: Period;
  citation: string;
  /** The law version that refuses it (`LawVersion.id`). */
  lawVersion: string;
};

/**
 * Whether `a` is no longer than `b` whatever day it starts on. Across units it is judged by the
 * shortest month (28 days) and the longest (31): "30 days" may outlast "1 month" (February).
 */
export function periodWithin(a: Period, b: Period): boolean {
  if ('days' in a && 'days' in b) return a.days <= b.days;
  if ('months' in a && 'months' in b) return a.months <= b.months;
  if ('days' in a && 'months' in b) return a.days <= 28 * b.months;
  return 'months' in a && 'days' in b && 31 * a.months <= b.days;
}

type Rules = Pick<CountryRules, 'returnWindowDays' | 'returnWindowIsStatutory'>;

/** What in `o` breaks the law under `version`; empty when every figure is legal. */
export function overrideRefusals(rules: Rules, version: LawVersion, o: PolicyOverrides): OverrideRefusal[] {
  const refusals: OverrideRefusal[] = [];
  const law = version.figures;
  if (o.claimPeriod && !periodWithin(o.claimPeriod, law.claimPeriod)) {
    refusals.push({ field: 'claimPeriod', code: 'claim_period_over_statute', limit: law.claimPeriod, citation: version.citations.claim, lawVersion: version.id });
  }
  if (o.guaranteeMonths !== undefined && o.guaranteeMonths < law.guaranteeMonths) {
    refusals.push({ field: 'guaranteeMonths', code: 'guarantee_under_statute', limit: { months: law.guaranteeMonths }, citation: version.citations.guarantee, lawVersion: version.id });
  }
  if (o.returnWindowDays !== undefined && rules.returnWindowIsStatutory && o.returnWindowDays < rules.returnWindowDays) {
    refusals.push({ field: 'returnWindowDays', code: 'return_window_under_statute', limit: { days: rules.returnWindowDays }, citation: version.citations.returns, lawVersion: version.id });
  }
  return refusals;
}

/** The overrides the law allows under `version`: an illegal figure is left out, so the pack's own applies. */
export function legalOverrides<T extends PolicyOverrides>(rules: Rules, version: LawVersion, o: T): T {
  const refused = new Set(overrideRefusals(rules, version, o).map((r) => r.field));
  return Object.fromEntries(Object.entries(o).filter(([k]) => !refused.has(k as OverrideRefusal['field']))) as T;
}

/**
 * The country's law versions a claim may be judged by from `today` on: the one in force, those
 * that take effect later (or wait for a date), and for laws on contracts the earlier ones (goods
 * sold under them are still claimed under them).
 */
export function versionsFrom(country: Country, today: string, lawDates: readonly LawDate[] = []): LawVersion[] {
  const current = lawVersionOn(country, today, lawDates);
  const from = (v: LawVersion) => lawDates.find((d) => d.versionId === v.id && d.country === v.country)?.effectiveFrom ?? v.effectiveFrom;
  return lawVersions.filter((v) => v.country === country && (v === current || from(v) === null || from(v)! > today || v.appliesBy === 'sale'));
}

/** Head office's check before saving: the override must be legal under every version still to apply (one refusal per field). */
export function checkOverrides(country: Country, rules: Rules, o: PolicyOverrides, today: string, lawDates: readonly LawDate[] = []): OverrideRefusal[] {
  const byField = new Map<string, OverrideRefusal>();
  for (const v of versionsFrom(country, today, lawDates)) {
    for (const r of overrideRefusals(rules, v, o)) if (!byField.has(r.field)) byField.set(r.field, r);
  }
  return [...byField.values()];
}

const unit = (p: Period) => ('days' in p ? `${p.days} days` : `${p.months} months`);
/** A refusal in English, for logs and API messages (the web app words it in the user's language from the code). */
export const refusalText = (r: OverrideRefusal): string => ({
  claim_period_over_statute: `The claim period may not be longer than the law's ${unit(r.limit)} (${r.citation}).`,
  guarantee_under_statute: `The guarantee may not be shorter than the law's ${unit(r.limit)} (${r.citation}).`,
  return_window_under_statute: `The return window may not be shorter than the law's ${unit(r.limit)} (${r.citation}).`,
})[r.code];
