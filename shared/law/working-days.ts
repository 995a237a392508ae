import type { Country } from '../domain/jurisdiction.js';
import { isWeekend, publicHolidays } from './holidays.js';
import { nextDay } from './period.js';
import type { LawReference } from './reference.js';
import { lawVersionOn } from './versions.js';

/** Whether a day (YYYY-MM-DD) is a day off in the store's country. */
export type IsDayOff = (day: string) => boolean;

/**
 * The days off of `country` as its law has them on each day: Saturdays and Sundays, public
 * holidays while the law in force counts them (not in UA under martial law), and head office's
 * decree entries over both (a Saturday made a working day, a weekday made a day off).
 */
export function daysOffIn(country: Country, reference: LawReference): IsDayOff {
  const decreed = new Map(reference.calendar.filter((e) => e.country === country).map((e) => [e.date, e.kind]));
  return (day) => {
    const kind = decreed.get(day);
    if (kind) return kind === 'day_off';
    if (isWeekend(day)) return true;
    return lawVersionOn(country, day, reference.lawDates).figures.holidaysAreDaysOff && publicHolidays(country, Number(day.slice(0, 4))).has(day);
  };
}

/** The days off from `from` for `days` calendar days: what a browser needs to compute deadlines without the holiday library. */
export function daysOffAhead(isDayOff: IsDayOff, from: string, days: number): string[] {
  const out: string[] = [];
  for (let day = from, i = 0; i < days; i++, day = nextDay(day)) if (isDayOff(day)) out.push(day);
  return out;
}
