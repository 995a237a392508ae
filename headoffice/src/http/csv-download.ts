import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import type { Locale } from '../../../shared/domain/jurisdiction.js';

/**
 * Excel takes the list separator from the system's region: a comma in English, a semicolon where
 * the decimal mark is a comma (cs, bg, uk, ru). The BOM makes it read the file as UTF-8.
 */
export const csvSeparator = (locale: Locale) => (locale === 'en' ? ',' : ';');

/**
 * A text cell Excel would take for a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * what desks and sign-in forms typed must not run in the spreadsheet of whoever opens the export.
 */
const inert = (cell: string | number | null) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** A CSV file to download: UTF-8 with BOM, the locale's separator, CRLF, every field quoted where needed. */
export function sendCsv(reply: FastifyReply, fileName: string, locale: Locale, header: string[], rows: (string | number | null)[][]) {
  const body = stringify([header, ...rows.map((r) => r.map(inert))], { delimiter: csvSeparator(locale), record_delimiter: 'windows', bom: true });
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`)
    .send(body);
}
