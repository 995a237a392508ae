import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { registerCsv } from '../../../shared/law/register-csv.js';
import type { RegisterTable } from '../../../shared/law/register.js';

const table: RegisterTable = {
  title: 'Регистър', citation: 'чл. 127',
  columns: ['№', 'Потребител', 'Несъответствие'],
  rows: [
    ['A-2026/1', 'Иван Петров', 'Тече; "капе"\nи се нагрява'],
    ['A-2026/2', '=HYPERLINK("http://x")', 'Счупен, без кутия'],
  ],
};

describe('the register as CSV', () => {
  test('for bg: UTF-8 with a BOM, ";" between fields, CRLF, and ; " and line breaks quoted so Excel reads them back', () => {
    const csv = registerCsv(table, 'bg');
    expect(csv.startsWith('\uFEFF№;Потребител;Несъответствие\r\n')).toBe(true);
    expect(csv).toContain('A-2026/1;Иван Петров;"Тече; ""капе""\nи се нагрява"\r\n');
    const back = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(back[1]).toEqual(table.rows[0]);
  });

  test('for en: "," between fields, a comma in a field is quoted', () => {
    const csv = registerCsv(table, 'en');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF№,Потребител,Несъответствие');
    expect(csv).toContain(',"Счупен, без кутия"');
    expect((parse(csv, { bom: true }) as string[][])[2]![2]).toBe('Счупен, без кутия');
  });

  test('a text that Excel would run as a formula is kept as text', () => {
    const back = parse(registerCsv(table, 'cs'), { bom: true, delimiter: ';' }) as string[][];
    expect(back[2]![1]).toBe('\'=HYPERLINK("http://x")');
  });
});
