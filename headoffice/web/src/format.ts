import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { Money } from '../../../shared/domain/money.js';
import { hlcWallMs } from '../../../shared/domain/hlc.js';

export const formatMoney = (m: Money, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount / 100);

export const formatTime = (t: string | number | Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(t));

/** A case's day from its clock reading (HLC) or an ISO date. */
export const formatDay = (value: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(hlcWallMs(value)));
