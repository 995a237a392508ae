import { z } from 'zod';
import { builtInReasonCodes, reasonCodeSchema, type ReasonCode } from '../domain/events.js';
import { countrySchema, type Country } from '../domain/jurisdiction.js';
import { reasonNamesSchema, type ReasonChoices, type ReasonNames } from '../domain/reasons.js';
import { policyPacks } from '../domain/policy.js';
import { checkOverrides, policyOverridesSchema, type OverrideRefusal, type PolicyOverrides } from '../law/policy-overrides.js';
import type { LawDate } from '../law/versions.js';

/**
 * Head office's reference data per scope, as its web app and API share it: reason codes and
 * policy overrides set for the whole chain (`chain`), a region (`region:<name>`) or a store
 * (`store:<code>`). A store gets the chain's, then its region's, then its own on top.
 */
export const referenceScopeSchema = z.string().trim().max(80).regex(/^(chain|region:\S.{0,63}|store:[A-Z0-9]{2,8})$/, 'chain, region:<name> or store:<code>');
export type ReferenceScope = z.infer<typeof referenceScopeSchema>;

export const reasonSaveSchema = z.object({
  scope: referenceScopeSchema,
  code: reasonCodeSchema,
  names: reasonNamesSchema,
  retired: z.boolean(),
}).strict();
export type ReasonSave = z.infer<typeof reasonSaveSchema>;

export const overridesSaveSchema = z.object({ scope: referenceScopeSchema, overrides: policyOverridesSchema }).strict();

export type ReasonRow = { scope: ReferenceScope; code: ReasonCode; names: ReasonNames; retired: boolean; updatedAt: string };
export type OverrideRow = { scope: ReferenceScope; overrides: PolicyOverrides; updatedAt: string };
export type ScopeStore = { code: string; name: string; country: Country | null; region: string | null };

/** `GET /api/reference`: what the user may see, and what the check needs (stores' countries, law dates, head office's day). */
export type ReferenceView = {
  builtIn: ReasonCode[]; regions: string[]; stores: ScopeStore[]; reasons: ReasonRow[]; overrides: OverrideRow[];
  lawDates: LawDate[]; today: string; canEdit: boolean;
};

export type ImportRun = {
  id: string; kind: 'sales' | 'catalogue'; source: 'file' | 'api'; tokenName: string | null; fileName: string | null;
  startedAt: string; finishedAt: string; rowsTaken: number; rowsRefused: number; status: 'done' | 'partly' | 'refused' | 'failed'; message: string | null;
};

/** The scopes that reach `store`, least specific first. */
export const scopesOfStore = (store: Pick<ScopeStore, 'code' | 'region'>): ReferenceScope[] =>
  ['chain', ...(store.region ? [`region:${store.region}`] : []), `store:${store.code}`];

/** The stores a scope covers. */
export const storesOfScope = (scope: ReferenceScope, stores: readonly ScopeStore[]): ScopeStore[] =>
  stores.filter((s) => scopesOfStore(s).includes(scope));

/**
 * The countries whose law an override of `scope` must keep: every country for the chain (it may
 * open stores anywhere), else its stores' countries (all when one has none yet).
 */
export function countriesOfScope(scope: ReferenceScope, stores: readonly ScopeStore[]): Country[] {
  const covered = storesOfScope(scope, stores);
  if (scope === 'chain' || covered.some((s) => !s.country)) return [...countrySchema.options];
  return [...new Set(covered.map((s) => s.country!))];
}

export type ScopeRefusal = OverrideRefusal & { country: Country };

/** What the law refuses of these overrides in any country the scope covers (`shared/law/policy-overrides.ts`). */
export const checkScopeOverrides = (scope: ReferenceScope, stores: readonly ScopeStore[], o: PolicyOverrides, today: string, lawDates: readonly LawDate[]): ScopeRefusal[] =>
  countriesOfScope(scope, stores).flatMap((country) => checkOverrides(country, policyPacks[country], o, today, lawDates).map((r) => ({ ...r, country })));

/**
 * A store's reasons from the rows that reach it (least specific first): `base` (the store's own
 * list from the command line, else the built-in codes) less what is retired, then head office's
 * own codes that are not; the names of every code named, retired or not.
 */
export function effectiveReasons(base: readonly ReasonCode[], rows: readonly Pick<ReasonRow, 'code' | 'names' | 'retired'>[]): ReasonChoices {
  const byCode = new Map<ReasonCode, { names: ReasonNames; retired: boolean }>();
  for (const r of rows) byCode.set(r.code, { names: { ...byCode.get(r.code)?.names, ...r.names }, retired: r.retired });
  const start = base.length ? [...base] : [...builtInReasonCodes];
  const offered = [...start, ...[...byCode.keys()].filter((c) => !start.includes(c))].filter((c) => !byCode.get(c)?.retired);
  const names = Object.fromEntries([...byCode].filter(([, v]) => Object.keys(v.names).length).map(([c, v]) => [c, v.names]));
  return { offered, names };
}
