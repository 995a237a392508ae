import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../domain/jurisdiction.js';
import type { RegisterTable } from './register.js';

/**
 * A cell Excel would run as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe:
 * what customers told the desk must not run in the spreadsheet of whoever opens the register.
 */
const inert = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * The register for Excel: UTF-8 with a BOM (else Excel reads Cyrillic as cp1252), CRLF, and the
 * list separator Excel expects in the locale (`;` where the decimal mark is a comma).
 */
export function registerCsv(table: RegisterTable, locale: Locale): string {
  return stringify([table.columns, ...table.rows.map((r) => r.map(inert))], { bom: true, delimiter: locale === 'en' ? ',' : ';', record_delimiter: 'windows' });
}
