import type { z } from 'zod';
import { maxLinesPerSale, saleSchema, type Sale } from '../../../shared/sales/sale.js';
import type { Database } from '../db/database.js';
import { csvField, csvRecords, ImportRefused, intField, optionalField, Problems, shownProblems, validBatches, type Checked, type Problem } from '../csv/csv-file.js';
import { lockSales, saleColumns, saleColumnTypes, saleRow, saleValues } from './store-sales.js';

/**
 * `import-sales --file sales.csv`: one row per sale line; the sale's own columns repeat on each of
 * its lines, which must be next to each other in the file. `payments`: `method:amount` joined by
 * `;` (`cash:1500;card:2000`); `receipt_discounts`: amounts joined by `;`, or empty. Amounts in
 * minor units. See headoffice/samples/sales.csv.
 */
export const salesCsvColumns = [
  'sale_id', 'store', 'till', 'receipt_no', 'receipt_barcode', 'sold_at', 'currency', 'payments', 'receipt_discounts', 'customer_ref',
  'line_id', 'gtin', 'sku', 'line_name', 'quantity', 'unit_price', 'line_discount', 'vat_rate',
] as const;
type Record = { [C in (typeof salesCsvColumns)[number]]: string };
const saleLevel = salesCsvColumns.slice(0, 10);

/** Schema paths as the file's column names, so a problem names what to fix. */
const columnOf: { [field: string]: string } = {
  id: 'sale_id', receiptNo: 'receipt_no', receiptBarcode: 'receipt_barcode', soldAt: 'sold_at', receiptDiscounts: 'receipt_discounts', customerRef: 'customer_ref',
};
const lineColumnOf: { [field: string]: string } = { id: 'line_id', name: 'line_name', unitPrice: 'unit_price', discount: 'line_discount', vatRate: 'vat_rate' };

function saleFrom(rows: Record[]): unknown {
  const [first] = rows as [Record];
  return {
    id: first.sale_id, store: first.store, till: first.till, receiptNo: first.receipt_no, receiptBarcode: optionalField(first.receipt_barcode),
    soldAt: first.sold_at, currency: first.currency, customerRef: optionalField(first.customer_ref),
    payments: first.payments.split(';').map((p) => ({ method: p.split(':')[0], amount: intField(p.split(':')[1]) })),
    receiptDiscounts: first.receipt_discounts ? first.receipt_discounts.split(';').map(intField) : [],
    lines: rows.map((r) => ({
      id: r.line_id, gtin: optionalField(r.gtin), sku: optionalField(r.sku), name: r.line_name, quantity: intField(r.quantity),
      unitPrice: intField(r.unit_price), discount: r.line_discount ? intField(r.line_discount) : 0, vatRate: /^\d{1,3}(\.\d{1,4})?$/.test(r.vat_rate) ? Number(r.vat_rate) : NaN,
    })),
  };
}

/** Each issue at the line it is about, under the file's column name. */
function problemsOf(error: z.ZodError, lines: number[]): Problem[] {
  return error.issues.map((i) => {
    const [field, index, lineField] = i.path as [string, number?, string?];
    const onLine = field === 'lines' && typeof index === 'number';
    const column = onLine ? (lineField ? (lineColumnOf[lineField] ?? lineField) : '') : (columnOf[field] ?? field ?? '');
    return { line: onLine ? lines[index]! : lines[0]!, reason: `${column ? `${column}: ` : ''}${i.message}` };
  });
}

type Group = { id: string; lines: number[]; rows: Record[]; key: string; problems: Problem[] };

function finish(group: Group): Checked<Sale> {
  if (group.problems.length) return { line: group.lines[0]!, problems: group.problems };
  const parsed = saleSchema.safeParse(saleFrom(group.rows));
  return parsed.success ? { line: group.lines[0]!, value: parsed.data } : { line: group.lines[0]!, problems: problemsOf(parsed.error, group.lines) };
}

/** The file's sales, each validated, in file order; `onBytes` follows the reading. */
export async function* salesFromCsv(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<Checked<Sale>> {
  let group: Group | null = null;
  for await (const row of csvRecords(file, salesCsvColumns, onBytes)) {
    if (!('record' in row)) {
      yield { line: row.line, problems: [row] };
      return;
    }
    const record = row.record as Record;
    const key = saleLevel.map((c) => record[c]).join('\u0000');
    if (group && record.sale_id === group.id) {
      const firstLine = group.lines[0];
      if (key !== group.key) group.problems.push({ line: row.line, reason: `sale ${group.id}: its sale columns (${saleLevel.join(', ')}) differ from its first line ${firstLine}` });
      else if (group.rows.length >= maxLinesPerSale) group.problems.push({ line: row.line, reason: `sale ${group.id} has more than ${maxLinesPerSale} lines` });
      else {
        group.rows.push(record);
        group.lines.push(row.line);
      }
      continue;
    }
    if (group) yield finish(group);
    group = { id: record.sale_id, lines: [row.line], rows: [record], key, problems: [] };
  }
  if (group) yield finish(group);
}

const salesPerChunk = 1000;

async function* stagingCsv(batches: AsyncIterable<{ line: number; value: Sale }[]>, counted: { sales: number }): AsyncGenerator<string> {
  for await (const batch of batches) {
    counted.sales += batch.length;
    let text = '';
    for (const { line, value } of batch) {
      const row = saleRow(value);
      text += `${[line, row.id, row.store_code, row.till, row.receipt_no, row.receipt_key, row.receipt_barcode, row.sold_at, row.currency, row.total, row.customer_ref, row.body, row.content_hash].map(csvField).join(',')}\n`;
    }
    yield text;
  }
}

export type SalesImport = { sales: number; stored: number; held: number };

/**
 * All or nothing, in one transaction and one streamed pass: the file's sales, each validated, are
 * bulk-loaded (COPY) into a temporary table until a first bad row; the rest of the file is still
 * checked, so every problem is reported, and the transaction rolls back. A clean file then has a
 * sale id found twice in the file, or held with other content, refused too; else what is not held
 * yet goes into `sales` in one statement. Importing the same file again adds nothing. Other
 * writers of sales wait meanwhile. (One pass, not a check pass then an import pass: reading and
 * validating is most of the work, and nothing is visible before the commit anyway.)
 */
export async function importSalesCsv(db: Database, file: string, onBytes: (bytes: number) => void = () => {}): Promise<SalesImport> {
  return db.transaction(async (tx) => {
    await lockSales(tx);
    await tx.query(`CREATE TEMP TABLE sales_import (line_no integer, ${saleColumnTypes}) ON COMMIT DROP`);
    const problems = new Problems();
    const counted = { sales: 0 };
    await tx.copyCsv(`sales_import (line_no, ${saleColumns})`, stagingCsv(validBatches(salesFromCsv(file, onBytes), salesPerChunk, problems), counted));
    problems.refuseIfAny();
    const { sales } = counted;
    const clashes = await tx.query<Problem & { total: number }>(
      `SELECT line, reason, count(*) OVER ()::int AS total FROM (
         SELECT max(line_no) AS line, 'sale ' || id || ' is in the file again (first at line ' || min(line_no) || '): a sale''s lines must be next to each other' AS reason
         FROM sales_import GROUP BY id HAVING count(*) > 1
         UNION ALL
         SELECT i.line_no, 'sale ' || i.id || ' is held with other content' FROM sales_import i JOIN sales s ON s.id = i.id WHERE s.content_hash <> i.content_hash
       ) p ORDER BY line LIMIT ${shownProblems}`,
    );
    if (clashes.length) throw new ImportRefused(clashes.map(({ line, reason }) => ({ line, reason })), clashes[0]!.total);
    await tx.query('INSERT INTO stores (code, name) SELECT DISTINCT store_code, store_code FROM sales_import ON CONFLICT (code) DO NOTHING');
    const [added] = await tx.query<{ n: number }>(
      `WITH added AS (INSERT INTO sales (${saleColumns}) SELECT ${saleValues} FROM sales_import ORDER BY line_no ON CONFLICT (id) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
    );
    return { sales, stored: added!.n, held: sales - added!.n };
  });
}
