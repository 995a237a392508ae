import Holidays, { type HolidaysTypes } from 'date-holidays';
import type { Country } from '../domain/jurisdiction.js';
import { addPeriod, nextDay, weekday } from './period.js';

/**
 * Public holidays that are days off, from date-holidays (its `public` type only: observances, school
 * and bank days are working days), with what the library does not know of the countries' labour codes:
 * - BG: 26 December is an official holiday (чл. 154, ал. 1 КТ; the library has it as an observance).
 * - BG, RU: a holiday on a Saturday or Sunday makes the next working day a day off (чл. 154, ал. 2 КТ,
 *   except Easter; ст. 112 ч. 2 ТК РФ, except the January holidays, which the government moves by decree).
 *   The library's own "if Sunday then Monday" rules are replaced by that one rule, so nothing moves twice.
 * One-off transfers by decree are head office's calendar entries (`working-days.ts`).
 */
type CountryRules = { moveWeekendHolidays: boolean; exemptFromMove: (h: HolidaysTypes.Holiday) => boolean; publicRules?: Record<string, string> };

const rules: Record<Country, CountryRules> = {
  CZ: { moveWeekendHolidays: false, exemptFromMove: () => true },
  UA: { moveWeekendHolidays: false, exemptFromMove: () => true },
  BG: { moveWeekendHolidays: true, exemptFromMove: (h) => /easter|orthodox/.test(h.rule), publicRules: { '12-26': '2-ри ден на Коледа' } },
  RU: { moveWeekendHolidays: true, exemptFromMove: (h) => /^01-0[1-8]\b|^01-02 P5D|julian 12-25/.test(h.rule) },
};

const calendars = new Map<Country, Holidays>();

function calendarOf(country: Country): Holidays {
  let h = calendars.get(country);
  if (h) return h;
  h = new Holidays(country, { types: ['public'] });
  const own = rules[country];
  for (const [rule, name] of Object.entries(own.publicRules ?? {})) h.setHoliday(rule, { name, type: 'public' });
  if (own.moveWeekendHolidays) {
    // The library's rule objects carry the fields of HolidayRule (its typings leave them out of the class).
    for (const r of h.getRules() as unknown as HolidaysTypes.HolidayRule[]) {
      const [base] = r.rule.split(' and if ');
      if (base && base !== r.rule) {
        h.unsetRule(r.rule);
        h.setHoliday(base, { name: r.name, type: r.type ?? 'public' });
      }
    }
  }
  calendars.set(country, h);
  return h;
}

/** The holiday's days (most are one; RU's New Year holidays span several), as YYYY-MM-DD. */
function daysOf(h: HolidaysTypes.Holiday): string[] {
  const first = h.date.slice(0, 10);
  const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
  return Array.from({ length }, (_, i) => addPeriod(first, { days: i }));
}

const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;

function holidaysIn(country: Country, year: number) {
  return calendarOf(country).getHolidays(year).filter((h) => h.type === 'public').flatMap((h) => daysOf(h).map((day) => ({ day, h })));
}

const cache = new Map<string, ReadonlySet<string>>();

/** The public holidays of `country` that are days off in `year`, moved days included. */
export function publicHolidays(country: Country, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // A holiday late in December can move a day off into January.
  const held = [...holidaysIn(country, year - 1), ...holidaysIn(country, year)];
  const off = new Set(held.map((x) => x.day));
  if (rules[country].moveWeekendHolidays) {
    for (const { day, h } of held) {
      if (!isWeekend(day) || rules[country].exemptFromMove(h)) continue;
      let moved = nextDay(day);
      while (isWeekend(moved) || off.has(moved)) moved = nextDay(moved);
      off.add(moved);
    }
  }
  const inYear = new Set([...off].filter((d) => d.startsWith(`${String(year).padStart(4, '0')}-`)).sort());
  cache.set(key, inYear);
  return inYear;
}

export { isWeekend };
