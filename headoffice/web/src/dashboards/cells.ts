import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import { keyLabel, moneyColumns, percentColumns, type Column, type DashboardReasons, type DashboardTable, type TableRow } from '../../../../shared/headoffice/dashboards.js';
import type { Currency } from '../../../../shared/domain/money.js';
import { formatDay, formatMoney } from '../format.js';

/** A cell as the locale writes it: money with its currency, a percentage, an average, a count. */
export function formatCell(column: Column, value: number | null, currency: string, locale: Locale): string {
  if (value === null) return '–';
  if (moneyColumns.includes(column)) return formatMoney({ amount: value, currency: currency as Currency }, locale);
  if (percentColumns.includes(column)) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A row's key as people read it: a week's or day's date in the locale, the rest as the CSV words it. */
export function rowLabel(table: Pick<DashboardTable, 'keyKind'>, row: Pick<TableRow, 'key'>, locale: Locale, reasonNames: DashboardReasons['names']): string {
  return table.keyKind === 'week' || table.keyKind === 'period' ? formatDay(row.key, locale) : keyLabel(locale, table.keyKind, row.key, reasonNames);
}
