import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { searchFold } from '../../../../shared/domain/search-fold.js';

let d: Awaited<ReturnType<typeof readyDesk>>;
const clock = testClock('2026-03-01');
type Key = 'semenov' | 'gudz' | 'obrien' | 'pyatnytsia' | 'yosyp' | 'novak';
const ids = {} as Record<Key, string>;

// Stored as written on documents; the comments say what the table below types to find them.
beforeAll(async () => {
  d = await readyDesk({}, { now: clock.now });
  const c = d.client;
  const complaint = async (name: string, phone: string, product = 'Rychlovarná konvice') =>
    ok(await c.openComplaint(complaintInput({ customer: { name, phone }, product: { name: product } }))).id;
  ids.semenov = await complaint('Олег Сёменов', '0674 4567'); // PRG01-A-2026-00001
  ids.gudz = await complaint('Ґудзь Марія', '+380 67 444 55 66');
  ids.obrien = await complaint('Seán O’Brien', '(+420) 777-12-99-88');
  ids.pyatnytsia = ok(await c.recordReturn({ purchase: receipt('2026-02-25', 'RC-55501'), refundMethod: 'cash', lines: [returnLine(19900)], customer: { name: 'Іван Пʼятниця' } })).id;
  ids.yosyp = await complaint('Йосип Семенов', '602 111 000', 'Їжак іграшка'); // PRG01-A-2026-00005
  ids.novak = await complaint("Petr Novák-D'Arc", '+420 602 333 019');
});
afterAll(() => d.remove());

const find = async (query: string) => ok(await d.client.listCases({ query })).items.map((i) => i.id);

/** What a clerk types → the cases it must find (in any order). */
const found: [typed: string, cases: Key[]][] = [
  // Phone numbers, with any grouping or prefix.
  ['45 67', ['semenov']],
  ['45-67', ['semenov']],
  ['0674 4567', ['semenov']],
  ['067 44 567', ['semenov']],
  ['+380 67 444', ['gudz']],
  ['444 55', ['gudz']],
  ['+420 777 12', ['obrien']],
  ['777 129 988', ['obrien']],
  ['420-602-333', ['novak']],
  // е/ё and г/ґ, either way round.
  ['Семенов', ['semenov', 'yosyp']],
  ['сёменов', ['semenov', 'yosyp']],
  ['СЁМ', ['semenov', 'yosyp']],
  ['Гудзь', ['gudz']],
  ['ґудзь', ['gudz']],
  // Apostrophes: ' ’ ʼ or none.
  ['obrien', ['obrien']],
  ["o'brien", ['obrien']],
  ['o’brien', ['obrien']],
  ['пятниця', ['pyatnytsia']],
  ["п'ятниця", ['pyatnytsia']],
  ['пʼятниця', ['pyatnytsia']],
  ['darc', ['novak']],
  ['sean', ['obrien']],
  // Case numbers with or without separators.
  ['prg01a202600001', ['semenov']],
  ['PRG01-A-2026-00001', ['semenov']],
  ['prg01 a 2026 00001', ['semenov']],
  ['2026 00001', ['semenov']],
  ['2026-00005', ['yosyp']],
  ['00005', ['yosyp']],
  ['a-2026-00005', ['yosyp']],
  // Receipt numbers likewise.
  ['rc55501', ['pyatnytsia']],
  ['RC-55501', ['pyatnytsia']],
  ['rc-555-01', ['pyatnytsia']],
  ['55501', ['pyatnytsia']],
  // Names and digits together.
  ['Novák 333 019', ['novak']],
  ['семенов 45 67', ['semenov']],
];

/** Typed, and must find nothing: no false friends. */
const notFound: string[] = [
  '45', // a 2-digit fragment searches case numbers only, not every phone holding it
  '4568', // digits that are not next to each other
  '45 68',
  'иосип', // й is not и
  'іжак', // ї is not і
  'семенов 45 68',
  'rc55502',
  '2026 00009',
  'обриен',
];

describe('search finds what people actually type', () => {
  it.each(found)('%s', async (typed, keys) => {
    expect(new Set(await find(typed))).toEqual(new Set(keys.map((k) => ids[k])));
  });

  it.each(notFound)('not %s', async (typed) => {
    expect(await find(typed)).toEqual([]);
  });

  it('finds й and ї as typed', async () => {
    expect(await find('йосип')).toEqual([ids.yosyp]);
    expect(await find('їжак')).toEqual([ids.yosyp]);
  });
});

describe('searchFold', () => {
  it('folds case, accents, ё, ґ and apostrophes; keeps й, ї and є', () => {
    expect(searchFold('ŽLUŤOUČKÝ Kůň')).toBe('zlutoucky kun');
    expect(searchFold('Сёменов Ґудзь')).toBe('семенов гудзь');
    expect(searchFold("O'Brien O’Brien Пʼятниця")).toBe('obrien obrien пятниця');
    expect(searchFold('Йосип Їжак Євген')).toBe('йосип їжак євген');
    // The same letters written as a base letter and a combining mark.
    expect(searchFold('Й Ї Ё'.normalize('NFD'))).toBe('й ї е');
  });
});
