import { describe, expect, it } from 'vitest';
import { formatDateInput, isIsoDay, parseDateInput } from '../../../renderer/format/date-input.js';

const today = '2026-12-01';
const parse = (text: string, locale: string) => parseDateInput(text, locale, today);

describe('dates typed at the counter, in the desk language', () => {
  it('writes a day the way each language does', () => {
    expect(formatDateInput('2026-12-01', 'cs')).toBe('1. 12. 2026');
    expect(formatDateInput('2026-03-09', 'bg')).toBe('09.03.2026');
    expect(formatDateInput('2026-03-09', 'uk')).toBe('09.03.2026');
    expect(formatDateInput('2026-03-09', 'ru')).toBe('09.03.2026');
    expect(formatDateInput('2026-03-09', 'en')).toBe('03/09/2026');
  });

  it('leaves what is not a day as it was typed', () => {
    expect(formatDateInput('31.4.2026', 'cs')).toBe('31.4.2026');
    expect(formatDateInput('2026-02-30', 'uk')).toBe('2026-02-30');
    expect(formatDateInput('', 'en')).toBe('');
  });

  it.each([
    ['cs', '1. 12. 2026'], ['cs', '1.12.2026'], ['cs', '01.12.2026'], ['cs', '1 12 2026'], ['cs', '1.12.26'], ['cs', '01122026'], ['cs', '011226'], ['cs', '1.12.'], ['cs', '1.12'],
    ['uk', '01.12.2026'], ['uk', '1/12/2026'], ['uk', '1-12-2026'], ['ru', '01.12.26'], ['bg', '1.12.2026 г.'],
    ['en', '12/01/2026'], ['en', '12/1/26'], ['en', '12.1.2026'], ['en', '12012026'],
    ['ru', '2026-12-01'], ['en', ' 2026-12-01 '],
  ])('reads %s "%s" as 1 December 2026', (locale, text) => {
    expect(parse(text, locale)).toBe('2026-12-01');
  });

  it('reads the day first everywhere but English, where the month comes first as the receipts print it', () => {
    expect(parse('3.4.2026', 'cs')).toBe('2026-04-03');
    expect(parse('3.4.2026', 'ru')).toBe('2026-04-03');
    expect(parse('3/4/2026', 'en')).toBe('2026-03-04');
  });

  it('takes this year when none is typed', () => {
    expect(parseDateInput('15.6', 'uk', '2027-01-10')).toBe('2027-06-15');
  });

  it.each([
    ['cs', '31. 4. 2026'], ['uk', '29.02.2026'], ['ru', '00.01.2026'], ['bg', '1.13.2026'], ['en', '13/01/2026'],
    ['cs', ''], ['cs', 'včera'], ['uk', '1.12.202'], ['ru', '123.1.2026'], ['en', '1/2/3/4'], ['cs', '2026-13-01'], ['cs', '1.1.1850'],
  ])('refuses %s "%s": no such day', (locale, text) => {
    expect(parse(text, locale)).toBeNull();
  });

  it('knows leap years', () => {
    expect(parse('29.02.2028', 'uk')).toBe('2028-02-29');
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('29.02.2028')).toBe(false);
  });

  it('reads back what it writes, in every language', () => {
    for (const locale of ['cs', 'bg', 'uk', 'ru', 'en']) {
      for (const day of ['2026-01-05', '2026-12-31', '2027-07-10']) expect(parse(formatDateInput(day, locale), locale)).toBe(day);
    }
  });
});
