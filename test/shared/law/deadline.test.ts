import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../../shared/domain/events.js';
import type { Country } from '../../../shared/domain/jurisdiction.js';
import { claimDeadline } from '../../../shared/law/deadline.js';
import { noLawReference, type CalendarEntry, type LawReference } from '../../../shared/law/reference.js';
import { lawVersionOn } from '../../../shared/law/versions.js';
import { daysOffIn } from '../../../shared/law/working-days.js';

/** The due date of a claim filed on `filedOn` under the law in force that day, with head office's reference data. */
function due(country: Country, filedOn: string, remedy: Remedy = 'repair', reference: LawReference = noLawReference) {
  return claimDeadline(lawVersionOn(country, filedOn, reference.lawDates).figures, filedOn, remedy, daysOffIn(country, reference)).dueDate;
}
const decree = (country: Country, ...days: [string, CalendarEntry['kind']][]): LawReference => ({
  calendar: days.map(([date, kind]) => ({ country, date, kind, note: 'decree' })), lawDates: [],
});

describe('CZ: 30 days from the next day; a last day on a Saturday, Sunday or holiday moves to the next working day (§605–§607 OZ)', () => {
  it.each([
    ['a Monday, nothing moves (31 Jan, a Saturday, + 30)', '2026-01-31', '2026-03-02'],
    ['Easter Monday → Tuesday', '2026-03-07', '2026-04-07'],
    ['a Sunday → Monday', '2026-05-01', '2026-06-01'],
    ['Liberation Day (Friday 8 May) and the weekend → Monday', '2026-04-08', '2026-05-11'],
    ['Christmas 25–26 Dec and the Sunday → Monday 28 Dec', '2026-11-25', '2026-12-28'],
    ['New Year (Friday) and the weekend → Monday 4 Jan, across the year end', '2026-12-02', '2027-01-04'],
    ['29 February of a leap year stays', '2028-01-30', '2028-02-29'],
  ])('%s', (_, filed, expected) => {
    expect(due('CZ', filed)).toBe(expected);
  });
});

describe('BG: one month to the same day number or the month\'s last day; a non-working last day moves (чл. 72 ЗЗД, чл. 154 КТ)', () => {
  it.each([
    ['31 Jan + 1 month = 28 Feb, a Saturday → Monday 2 March', '2026-01-31', '2026-03-02'],
    ['31 Jan 2028 + 1 month = 29 Feb (leap year), a Tuesday', '2028-01-31', '2028-02-29'],
    ['24 May on a Sunday makes Monday a day off → Tuesday', '2026-04-24', '2026-05-26'],
    ['Monday 28 Dec is off for 26 Dec on a Saturday → Tuesday', '2026-11-28', '2026-12-29'],
    ['New Year (Friday) and the weekend → Monday 4 Jan', '2026-12-01', '2027-01-04'],
    ['26 Dec is an official holiday (a Saturday in 2026: 28 Dec off)', '2026-11-26', '2026-12-29'],
  ])('%s', (_, filed, expected) => {
    expect(due('BG', filed)).toBe(expected);
  });

  it('follows the Council of Ministers\' transfers head office entered: days off and a Saturday made a working day', () => {
    expect(due('BG', '2026-11-28', 'repair', decree('BG', ['2026-12-29', 'day_off'], ['2026-12-30', 'day_off']))).toBe('2026-12-31');
    expect(due('BG', '2026-11-12')).toBe('2026-12-14');
    expect(due('BG', '2026-11-12', 'repair', decree('BG', ['2026-12-12', 'working_day']))).toBe('2026-12-12');
    // Another country's decree changes nothing here.
    expect(due('BG', '2026-11-12', 'repair', decree('RU', ['2026-12-12', 'working_day']))).toBe('2026-12-14');
  });
});

describe('UA: 14 days from the next day; a day off moves to the first working day after it (ст. 253–255 ЦК)', () => {
  const peace: LawReference = { calendar: [], lawDates: [{ country: 'UA', versionId: 'ua-1023-xii-after-martial-law', effectiveFrom: '2027-06-01' }] };
  it.each([
    ['Christmas (Friday) is a working day under martial law (Law 2136-IX art. 6)', '2026-12-11', noLawReference, '2026-12-25'],
    ['a Saturday → Monday', '2026-12-12', noLawReference, '2026-12-28'],
    ['New Year (Friday) is a working day under martial law, across the year end', '2026-12-18', noLawReference, '2027-01-01'],
    ['Independence Day stays a working day under martial law', '2027-08-10', noLawReference, '2027-08-24'],
    ['… and moves the last day once head office has set the end of martial law', '2027-08-10', peace, '2027-08-25'],
    ['29 February of a leap year stays', '2028-02-15', noLawReference, '2028-02-29'],
  ])('%s', (_, filed, reference, expected) => {
    expect(due('UA', filed, 'repair', reference)).toBe(expected);
  });
});

describe('RU: by remedy (10, 7, 45 days); a non-working last day moves to the next working day (ст. 191–193 ГК, ст. 112 ТК)', () => {
  it.each([
    ['refund: 1 Jan, the January holidays and the weekend → Monday 11 Jan', 'refund', '2026-12-22', '2027-01-11'],
    ['replacement: 8 March on a Sunday, 9 March off for it → Tuesday', 'replacement', '2026-03-01', '2026-03-10'],
    ['repair: 45 days to 9 May (a Saturday), Monday 11 May off for it → Tuesday', 'repair', '2026-03-25', '2026-05-12'],
    ['repair: 29 February of a leap year stays', 'repair', '2028-01-15', '2028-02-29'],
    ['price reduction: 10 days, a Wednesday', 'price_reduction', '2026-03-01', '2026-03-11'],
  ] as const)('%s', (_, remedy, filed, expected) => {
    expect(due('RU', filed, remedy)).toBe(expected);
  });

  it('follows the government\'s transfers head office entered (31 Dec made a day off; a Saturday made a working day)', () => {
    expect(due('RU', '2026-12-21', 'refund')).toBe('2026-12-31');
    expect(due('RU', '2026-12-21', 'refund', decree('RU', ['2026-12-31', 'day_off']))).toBe('2027-01-11');
    expect(due('RU', '2026-10-21', 'refund')).toBe('2026-11-02');
    expect(due('RU', '2026-10-21', 'refund', decree('RU', ['2026-10-31', 'working_day']))).toBe('2026-10-31');
  });
});

describe('claimDeadline', () => {
  it('says when the last day moved and in which unit the law counts', () => {
    const bg = lawVersionOn('BG', '2026-01-31').figures;
    expect(claimDeadline(bg, '2026-01-31', 'repair', daysOffIn('BG', noLawReference))).toEqual({ dueDate: '2026-03-02', period: { months: 1 }, moved: true });
    const cz = lawVersionOn('CZ', '2026-01-31').figures;
    expect(claimDeadline(cz, '2026-01-31', 'repair', daysOffIn('CZ', noLawReference))).toEqual({ dueDate: '2026-03-02', period: { days: 30 }, moved: false });
  });

  it('keeps a day off as the last day where a pack does not move it', () => {
    const figures = { ...lawVersionOn('CZ', '2026-05-01').figures, lastDayMovesToWorkingDay: false };
    expect(claimDeadline(figures, '2026-05-01', 'repair', daysOffIn('CZ', noLawReference)).dueDate).toBe('2026-05-31');
  });
});
