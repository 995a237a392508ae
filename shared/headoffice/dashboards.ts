import type { ReasonCode } from '../domain/events.js';
import type { Locale } from '../domain/jurisdiction.js';
import { otherReasonName, type ReasonNames } from '../domain/reasons.js';
import { terms as enTerms } from '../i18n/terms/en.js';
import { terms as csTerms } from '../i18n/terms/cs.js';
import { terms as bgTerms } from '../i18n/terms/bg.js';
import { terms as ukTerms } from '../i18n/terms/uk.js';
import { terms as ruTerms } from '../i18n/terms/ru.js';
import { dashboardStrings } from '../i18n/headoffice-dashboards/index.js';

/**
 * The dashboard tables as head office sends them (`GET /api/dashboards/tables`, built by
 * headoffice/src/dashboards/tables.ts) and the web app shows and downloads them: the same rows on
 * screen, in the chart and in the CSV.
 */
export const tableIds = [
  'complaints', 'resolved', 'opened', 'returns', 'reasons', 'products', 'categories', 'methods', 'staff', 'voids',
  'returnRate', 'csatStores', 'csatStaff', 'csatWeeks', 'trend', 'refundsTrend',
] as const;
export type TableId = (typeof tableIds)[number];

/** A column's meaning; money columns hold minor units of the row's currency. */
export type Column = 'open' | 'overdue' | 'count' | 'share' | 'cases' | 'units' | 'value' | 'refunds' | 'voids' | 'ratings' | 'average'
  | 'sales' | 'salesValue' | 'returnedValue' | 'rate' | 'returns' | 'complaints';
export const moneyColumns: readonly Column[] = ['value', 'salesValue', 'returnedValue'];
/** Percentages, one decimal. */
export const percentColumns: readonly Column[] = ['share', 'rate'];

/** What a row's key names (a store code, a reason, a week's Monday…), so the screen and the CSV word it alike. */
export type KeyKind = 'store' | 'region' | 'resolved' | 'kind' | 'caseType' | 'reason' | 'product' | 'category' | 'refundMethod' | 'staff' | 'week' | 'period';

/** How the per-place tables (complaints, return rate, CSAT) are split. */
export const places = ['store', 'region'] as const;
export type Place = (typeof places)[number];

/**
 * The cases behind a cell, added to the page's own filter: those a figure counts (one key, a
 * category, a store or region, a shorter range), or the complaints open now (overdue only).
 */
export type FigureDrill = { figure: string; key?: string; category?: string; store?: string; region?: string; from?: string; to?: string };
export type OpenDrill = { open: true; overdue: boolean; store?: string; region?: string };
export type Drill = FigureDrill | OpenDrill;

export type TableRow = { key: string; currency: string; cells: (number | null)[]; drills: (Drill | null)[] };
/** `cut`: rows left out of a long list (the screen shows the largest; the CSV has them all). */
export type DashboardTable = { id: TableId; keyKind: KeyKind; columns: Column[]; rows: TableRow[]; cut: number };

/** The stores a user may pick on the dashboards, with their regions ('' for none). */
export type DashboardPlaces = { stores: { code: string; region: string }[] };

/**
 * `GET /api/dashboards/reasons`: the names head office gave reason codes, per language, for the
 * screens and the CSV to name its own codes (`keyLabel`).
 */
export type DashboardReasons = { names: Record<ReasonCode, ReasonNames> };

const termsOf = { en: enTerms, cs: csTerms, bg: bgTerms, uk: ukTerms, ru: ruTerms };

/**
 * A table row's key as people read it, the same on screen and in the CSV: a reason as the desk
 * names it (head office's name in the language, else the built-in one, else head office's name in
 * another language, else its code); a method, case type or kind in the shared terms, in-time or
 * late in the dashboards' words, an empty region or category named as such; store codes, staff,
 * products and dates as they are.
 */
export function keyLabel(locale: Locale, kind: KeyKind, key: string, reasonNames: DashboardReasons['names']): string {
  const words = dashboardStrings[locale];
  const terms = termsOf[locale];
  const pick = (labels: Record<string, string>) => labels[key] ?? key;
  switch (kind) {
    case 'reason': return reasonNames[key]?.[locale] ?? (terms.reason as Record<string, string>)[key] ?? otherReasonName(reasonNames[key]) ?? key;
    case 'refundMethod': return pick(terms.refundMethod);
    case 'caseType': return pick(terms.caseType);
    case 'kind': return pick(terms.kind);
    case 'resolved': return pick(words.resolved);
    case 'region': return key || words.noRegion;
    case 'category': return key || words.noCategory;
    default: return key;
  }
}
