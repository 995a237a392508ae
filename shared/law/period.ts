/** A period in the law's own unit: "30 days" and "1 month" are not the same thing. */
export type Period = { days: number } | { months: number };

/** The unit a period is counted in, as the counter names it. */
export const periodUnit = (p: Period): 'days' | 'months' => ('days' in p ? 'days' : 'months');
export const periodLength = (p: Period): number => ('days' in p ? p.days : p.months);

/**
 * The last day of a period that starts the day after `isoDate` (YYYY-MM-DD), as every pack's civil
 * code counts: n days end n days later; months end on the same day number of the later month, or
 * on its last day when it has no such day (31 Jan + 1 month = 28/29 Feb).
 */
export function addPeriod(isoDate: string, p: Period): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if ('days' in p) return utcDate(y, m - 1, d + p.days).toISOString().slice(0, 10);
  const lastDay = utcDate(y, m - 1 + p.months + 1, 0).getUTCDate();
  return utcDate(y, m - 1 + p.months, Math.min(d, lastDay)).toISOString().slice(0, 10);
}

/** The calendar day after `isoDate`. */
export const nextDay = (isoDate: string) => addPeriod(isoDate, { days: 1 });

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 0 Sunday … 6 Saturday. */
export const weekday = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}
