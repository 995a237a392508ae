import type { Money } from '../../shared/domain/money.js';
import { hlcWallMs } from '../../shared/domain/hlc.js';
import { minorToDecimal } from './money-input.js';

/** Display formats in the UI's language: money, calendar dates, event times. */
export function formatMoney(m: Money, locale: string): string {
  // An exact decimal string: Intl formats it without a detour through floating point.
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(minorToDecimal(m.amount) as `${number}`);
}

/** A calendar date (YYYY-MM-DD) as the locale writes it; it names a day, not an instant. */
export function formatDay(isoDay: string, locale: string, dateStyle: 'medium' | 'short' = 'medium'): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** When an event happened (its hybrid-clock wall time), in local time. */
export function formatEventTime(hlc: string, locale: string, dateStyle: 'medium' | 'short' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' }).format(new Date(hlcWallMs(hlc)));
}

export function decimalMark(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** Today as YYYY-MM-DD in local time, the default for date fields. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
