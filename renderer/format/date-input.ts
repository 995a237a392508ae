import type { Locale } from '../../shared/domain/jurisdiction.js';

/**
 * Calendar dates as the counter types and reads them, in the desk's language (not the browser's):
 * cs "1. 12. 2026", bg/uk/ru "01.12.2026", en "12/01/2026" (as the desk's English receipts print
 * them). One text field, one Tab stop, no calendar to click through.
 */
type DateOrder = 'dmy' | 'mdy';
type DateLayout = { order: DateOrder; format(d: number, m: number, y: number): string };

const pad = (n: number) => String(n).padStart(2, '0');
const dotted: DateLayout = { order: 'dmy', format: (d, m, y) => `${pad(d)}.${pad(m)}.${y}` };
const layouts: Record<Locale, DateLayout> = {
  cs: { order: 'dmy', format: (d, m, y) => `${d}. ${m}. ${y}` },
  bg: dotted,
  uk: dotted,
  ru: dotted,
  en: { order: 'mdy', format: (d, m, y) => `${pad(m)}/${pad(d)}/${y}` },
};
const layoutOf = (locale: string) => layouts[locale as Locale] ?? layouts.en;

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the calendar as YYYY-MM-DD, or null (31 April, 29 February of a common year). */
function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A year typed with two digits is this century's. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * What the clerk typed, as YYYY-MM-DD, or null when it is no date. Forgiving: any separators
 * ("1.12.2026", "1/12/26", "1 12 2026"), digits only ("01122026", "011226"), no year (this year, from
 * `today`), and an ISO date as a scanner or a paste may bring it.
 */
export function parseDateInput(text: string, locale: string, today: string): string | null {
  const s = text.trim();
  const isoMatch = iso.exec(s);
  if (isoMatch) return isoDay(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const parts = s.split(/[^\d]+/).filter(Boolean);
  const thisYear = today.slice(0, 4);
  let first: string, second: string, year: string;
  if (parts.length === 1 && [4, 6, 8].includes(parts[0]!.length)) {
    const digits = parts[0]!;
    [first, second, year] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4) || thisYear];
  } else if (parts.length === 2 || parts.length === 3) {
    [first, second, year] = [parts[0]!, parts[1]!, parts[2] ?? thisYear];
  } else return null;
  if (first.length > 2 || second.length > 2 || (year.length !== 2 && year.length !== 4)) return null;
  const [d, m] = layoutOf(locale).order === 'dmy' ? [first, second] : [second, first];
  return isoDay(fullYear(year), Number(m), Number(d));
}

/** YYYY-MM-DD as the desk's language writes it in a date field; anything else as it is. */
export function formatDateInput(value: string, locale: string): string {
  const m = iso.exec(value);
  if (!m || !isoDay(Number(m[1]), Number(m[2]), Number(m[3]))) return value;
  return layoutOf(locale).format(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Whether a date field's value is a day (the field keeps what was typed when it is not). */
export const isIsoDay = (value: string) => {
  const m = iso.exec(value);
  return !!m && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
};
