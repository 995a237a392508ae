import { z } from 'zod';
import type { i18n } from 'i18next';
import { builtInReasonCodes, reasonCodeSchema, storableText, type ReasonCode } from './events.js';
import { localeSchema, type Locale } from './jurisdiction.js';

/**
 * The return reasons a desk offers, as head office sets them for the chain, a region or a store:
 * the built-in codes (named by the `terms` catalog) and head office's own, each with its names per
 * language, some retired. A retired code is offered no more but keeps its name, so old cases and
 * reports still read it.
 */
export const reasonNameSchema = z.string().trim().min(1).max(60).refine(...storableText);
export const reasonNamesSchema = z.partialRecord(localeSchema, reasonNameSchema);
export type ReasonNames = z.infer<typeof reasonNamesSchema>;

/** Names by code for every code head office named (offered or retired). */
export const reasonNamesByCodeSchema = z.record(reasonCodeSchema, reasonNamesSchema)
  .refine((r) => Object.keys(r).length <= 200, 'at most 200 reason codes');

export type ReasonChoices = { offered: ReasonCode[]; names: Record<ReasonCode, ReasonNames> };

/** The built-in codes, as a desk offers them before head office says otherwise. */
export const defaultReasonChoices: ReasonChoices = { offered: [...builtInReasonCodes], names: {} };

/** What the desk offers from the reference data it pulled: no list (or an empty one) offers the built-in codes. */
export function reasonChoicesOf(reference: { reasonCodes?: ReasonCode[]; reasonNames?: Record<ReasonCode, ReasonNames> } | undefined): ReasonChoices {
  const offered = reference?.reasonCodes?.length ? reference.reasonCodes : defaultReasonChoices.offered;
  return { offered, names: reference?.reasonNames ?? {} };
}

/** Head office's name of a reason for a language it gave none in: the English one, else any. */
export const otherReasonName = (names: ReasonNames | undefined): string | undefined => names?.en ?? Object.values(names ?? {})[0];

/**
 * Head office's names go into the translator's `terms` (`terms:reason.<code>`), where every
 * screen, receipt and report already looks a reason up. A language head office gave no name in
 * falls back to the built-in name, then the English one, then any.
 */
export function addReasonNames(t: i18n, names: Record<ReasonCode, ReasonNames>): void {
  for (const [code, byLocale] of Object.entries(names)) {
    const any = otherReasonName(byLocale);
    for (const lng of localeSchema.options as readonly Locale[]) {
      const name = byLocale[lng] ?? (t.exists(`terms:reason.${code}`, { lng, fallbackLng: false }) ? undefined : any);
      if (name) t.addResource(lng, 'terms', `reason.${code}`, name);
    }
  }
}
