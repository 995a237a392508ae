import type { z } from 'zod';
import { maxLinesPerSale, paymentMethodSchema, saleCurrencySchema, saleSchema, type Sale } from '../../../shared/sales/sale.js';
import { MAX_AMOUNT } from '../../../shared/domain/money.js';
import { isValidGtin } from '../../../shared/domain/gtin.js';
import { unstorableTextPaths } from '../../../shared/domain/events.js';
import type { Database } from '../db/database.js';
import { csvField, csvRows, ImportRefused, intField, optionalField, Problems, shownProblems, validBatches, type Checked, type Problem } from '../csv/csv-file.js';
import { lockSales, saleColumns, saleRow } from './store-sales.js';

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
const saleLevel = salesCsvColumns.slice(0, 10);
const at = Object.fromEntries(salesCsvColumns.map((c, i) => [c, i])) as { [C in (typeof salesCsvColumns)[number]]: number };

/** Schema paths as the file's column names, so a problem names what to fix. */
const columnOf: { [field: string]: string } = {
  id: 'sale_id', receiptNo: 'receipt_no', receiptBarcode: 'receipt_barcode', soldAt: 'sold_at', receiptDiscounts: 'receipt_discounts', customerRef: 'customer_ref',
};
const lineColumnOf: { [field: string]: string } = { id: 'line_id', name: 'line_name', unitPrice: 'unit_price', discount: 'line_discount', vatRate: 'vat_rate' };

/** A sale's rows as `saleSchema`'s input, keys in the schema's order (so a valid one is its own output). */
export function saleFrom(rows: string[][]) {
  const [first] = rows as [string[]];
  return {
    id: first[at.sale_id]!, store: first[at.store]!, till: first[at.till]!, receiptNo: first[at.receipt_no]!, receiptBarcode: optionalField(first[at.receipt_barcode]),
    soldAt: first[at.sold_at]!, currency: first[at.currency]!,
    lines: rows.map((r) => ({
      id: r[at.line_id]!, gtin: optionalField(r[at.gtin]), sku: optionalField(r[at.sku]), name: r[at.line_name]!, quantity: intField(r[at.quantity]),
      unitPrice: intField(r[at.unit_price]), discount: r[at.line_discount] ? intField(r[at.line_discount]) : 0, vatRate: /^\d{1,3}(\.\d{1,4})?$/.test(r[at.vat_rate]!) ? Number(r[at.vat_rate]) : NaN,
    })),
    receiptDiscounts: first[at.receipt_discounts] ? first[at.receipt_discounts]!.split(';').map(intField) : [],
    payments: first[at.payments]!.split(';').map((p) => ({ method: p.split(':')[0]!, amount: intField(p.split(':')[1]) })),
    customerRef: optionalField(first[at.customer_ref]),
  };
}
type SaleInput = ReturnType<typeof saleFrom>;

/** Each issue at the line it is about, under the file's column name. */
function problemsOf(error: z.ZodError, lines: number[]): Problem[] {
  return error.issues.map((i) => {
    const [field, index, lineField] = i.path as [string, number?, string?];
    const onLine = field === 'lines' && typeof index === 'number';
    const column = onLine ? (lineField ? (lineColumnOf[lineField] ?? lineField) : '') : (columnOf[field] ?? field ?? '');
    return { line: onLine ? lines[index]! : lines[0]!, reason: `${column ? `${column}: ` : ''}${i.message}` };
  });
}

const printable = /^[\x21-\x7E]+$/;
const code = (s: string | undefined, max: number) => s !== undefined && s.length <= max && printable.test(s);
const optionalCode = (s: string | undefined, max: number) => s === undefined || code(s, max);
const text = (s: string, max: number) => s.length <= max && s.length > 0 && s.trim() === s && !unstorableTextPaths(s).length;
const minor = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_AMOUNT;
const currencies = new Set<string>(saleCurrencySchema.options);
const methods = new Set<string>(paymentMethodSchema.options);
const soldAtSchema = saleSchema.shape.soldAt;

/**
 * True only if `saleSchema` takes `sale` as it is (nothing to trim, upper-case or default) and so
 * outputs an equal object: zod's per-object cost is most of an import, and nearly every sale in a
 * file is like that. Stricter is harmless (zod then decides); looser would let a bad sale in, which
 * the property test in sales-csv-fast.test.ts guards. Zod stays the rules' source and words errors.
 */
export function isCanonicalSale(sale: SaleInput): sale is SaleInput & Sale {
  if (!code(sale.id, 64) || !/^[A-Z0-9]{2,8}$/.test(sale.store) || !code(sale.till, 16) || !text(sale.receiptNo, 64)) return false;
  if (!optionalCode(sale.receiptBarcode, 128) || !optionalCode(sale.customerRef, 64) || !currencies.has(sale.currency) || !soldAtSchema.safeParse(sale.soldAt).success) return false;
  if (sale.currency === 'BGN' && sale.soldAt.slice(0, 10) >= '2026-01-01') return false;
  if (sale.lines.length < 1 || sale.lines.length > maxLinesPerSale || sale.receiptDiscounts.length > 20 || sale.payments.length < 1 || sale.payments.length > 20) return false;
  let net = 0;
  const ids = new Set<string>();
  for (const l of sale.lines) {
    if (!code(l.id, 32) || ids.has(l.id) || !(l.gtin === undefined || isValidGtin(l.gtin)) || !optionalCode(l.sku, 64) || (!l.gtin && !l.sku) || !text(l.name, 200)) return false;
    if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > 100_000 || !minor(l.unitPrice) || !minor(l.discount) || !(l.vatRate >= 0 && l.vatRate <= 100)) return false;
    const gross = l.quantity * l.unitPrice;
    if (gross > MAX_AMOUNT || l.discount > gross) return false;
    ids.add(l.id);
    net += gross - l.discount;
  }
  let total = net;
  for (const d of sale.receiptDiscounts) {
    if (!minor(d)) return false;
    total -= d;
  }
  let paid = 0;
  for (const p of sale.payments) {
    if (!methods.has(p.method) || !minor(p.amount)) return false;
    paid += p.amount;
  }
  return total >= 0 && paid === total;
}

type Group = { id: string; lines: number[]; rows: string[][]; problems: Problem[] };

function finish(group: Group): Checked<Sale> {
  const line = group.lines[0]!;
  if (group.problems.length) return { line, problems: group.problems };
  const input = saleFrom(group.rows);
  if (isCanonicalSale(input)) return { line, value: input };
  const parsed = saleSchema.safeParse(input);
  return parsed.success ? { line, value: parsed.data } : { line, problems: problemsOf(parsed.error, group.lines) };
}

/** The file's sales, each validated, in file order; `onBytes` follows the reading. */
export async function* salesFromCsv(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<Checked<Sale>> {
  let group: Group | null = null;
  for await (const batch of csvRows(file, salesCsvColumns, onBytes)) {
    if (!Array.isArray(batch)) {
      // The sale read so far is judged too: its own problems are worth as much as the file's.
      if (group) yield finish(group);
      yield { line: batch.line, problems: [batch] };
      return;
    }
    for (const { line, fields } of batch) {
      const id = fields[at.sale_id]!;
      if (group && id === group.id) {
        const first = group.rows[0]!;
        if (saleLevel.some((_, i) => fields[i] !== first[i])) group.problems.push({ line, reason: `sale ${group.id}: its sale columns (${saleLevel.join(', ')}) differ from its first line ${group.lines[0]}` });
        else if (group.rows.length >= maxLinesPerSale) group.problems.push({ line, reason: `sale ${group.id} has more than ${maxLinesPerSale} lines` });
        else {
          group.rows.push(fields);
          group.lines.push(line);
        }
        continue;
      }
      if (group) yield finish(group);
      group = { id, lines: [line], rows: [fields], problems: [] };
    }
  }
  if (group) yield finish(group);
}

/**
 * Sales per COPY (about 5 MB of text): each round trip's answer waits for the reading to let go
 * of the thread, so fewer are faster (measured on PostgreSQL: 1,000 ran at 33,000 lines/s, 5,000
 * at 40,000–60,000; 20,000 no better and heavier). Memory stays flat: two chunks at a time.
 */
const salesPerChunk = 5000;

/** A valid sale as its line of COPY text into `sales`, with what the held check needs. */
type Staged = { id: string; store: string; hash: string; row: string };

/** The file's sales as COPY lines, made as they come so the sales themselves die young (GC). */
async function* stagedSales(file: string, onBytes: (bytes: number) => void): AsyncGenerator<Checked<Staged>> {
  for await (const checked of salesFromCsv(file, onBytes)) {
    if (!('value' in checked)) {
      yield checked;
      continue;
    }
    const row = saleRow(checked.value);
    const csv = `${csvField(row.id)},${csvField(row.store_code)},${csvField(row.till)},${csvField(row.receipt_no)},${csvField(row.receipt_key)},${csvField(row.receipt_barcode)},${row.sold_at},${row.currency},${row.total},${csvField(row.customer_ref)},${csvField(row.body)},${row.content_hash}\n`;
    // Flattened now: as a tree of pieces sliced from the file's text, a chunk's rows would keep
    // that text alive and the young-generation GC copying it (it took 3/4 of the import's time).
    csv.charCodeAt(0);
    yield { line: checked.line, value: { id: row.id, store: row.store_code, hash: row.content_hash, row: csv } };
  }
}

export type SalesImport = { sales: number; stored: number; held: number };

/**
 * All or nothing, in one transaction and one streamed pass: the file's sales, each validated, are
 * COPYed into `sales` a chunk at a time until a first bad row; the rest of the file is still
 * checked, so every problem is reported, and the transaction rolls back. Before each chunk its ids
 * are looked up: a sale held before with the same content is skipped, with other content it
 * refuses the file. A sale id found twice in the file (a sale's lines must be next to each other)
 * refuses it too. The database takes one chunk while the next is read and validated: on two cores
 * the insert (indexes, jsonb) costs as much as the reading, so in turn they would halve the rate;
 * and straight into `sales`, not through a staging table, spares it a copy of every row.
 * Importing the same file again adds nothing. Other writers of sales wait meanwhile.
 */
export async function importSalesCsv(db: Database, file: string, onBytes: (bytes: number) => void = () => {}): Promise<SalesImport> {
  return db.transaction(async (tx) => {
    await lockSales(tx);
    // Rows past this seq are this import's own (the lock keeps other writers out).
    const [{ before }] = (await tx.query<{ before: string }>('SELECT coalesce(max(seq), 0)::text AS before FROM sales')) as [{ before: string }];
    await tx.query('CREATE TEMP TABLE sales_import (line_no integer, id text) ON COMMIT DROP');
    const conflicts = new Problems();
    let held = 0;
    const stores = new Set<string>();
    const load = async (chunk: { line: number; value: Staged }[]) => {
      const found = new Map((await tx.query<{ id: string; content_hash: string; ours: boolean }>(
        `WITH ids AS (SELECT (e->>0)::int AS line_no, e->>1 AS id FROM jsonb_array_elements($1::jsonb) AS e),
         kept AS (INSERT INTO sales_import SELECT line_no, id FROM ids)
         SELECT DISTINCT s.id, s.content_hash, s.seq > $2 AS ours FROM sales s JOIN ids ON ids.id = s.id`,
        [JSON.stringify(chunk.map((s) => [s.line, s.value.id])), before],
      )).map((f) => [f.id, f]));
      const seen = new Set<string>();
      let csv = '';
      for (const { line, value: { id, hash, row } } of chunk) {
        const f = found.get(id);
        // Found twice in the file: reported from sales_import at the end.
        if (seen.has(id) || f?.ours) continue;
        seen.add(id);
        if (!f) csv += row;
        else if (f.content_hash === hash) held++;
        else conflicts.add([{ line, reason: `sale ${id} is held with other content` }]);
      }
      if (!csv) return;
      const newStores = [...new Set(chunk.map((s) => s.value.store))].filter((s) => !stores.has(s));
      if (newStores.length) await tx.query('INSERT INTO stores (code, name) SELECT x, x FROM jsonb_array_elements_text($1::jsonb) AS x ON CONFLICT (code) DO NOTHING', [JSON.stringify(newStores)]);
      for (const s of newStores) stores.add(s);
      await tx.copyCsv(`sales (${saleColumns})`, (async function* () { yield csv; })());
    };
    const problems = new Problems();
    let sales = 0;
    let loading: Promise<void> | null = null;
    for await (const chunk of validBatches(stagedSales(file, onBytes), salesPerChunk, problems)) {
      sales += chunk.length;
      await loading;
      loading = load(chunk);
      // Awaited at the next chunk or the end; until then its failure must not count as unhandled.
      loading.catch(() => {});
    }
    await loading;
    problems.refuseIfAny();
    const [again] = await tx.query<{ n: number; shown: Problem[] }>(
      `SELECT count(*)::int AS n, coalesce(jsonb_agg(jsonb_build_object('line', line, 'reason', reason) ORDER BY line) FILTER (WHERE rank <= ${shownProblems}), '[]') AS shown FROM (
         SELECT max(line_no) AS line, 'sale ' || id || ' is in the file again (first at line ' || min(line_no) || '): a sale''s lines must be next to each other' AS reason,
           row_number() OVER (ORDER BY max(line_no)) AS rank
         FROM sales_import GROUP BY id HAVING count(*) > 1
       ) p`,
    );
    const total = again!.n + conflicts.total;
    if (total) throw new ImportRefused([...again!.shown, ...conflicts.shown].sort((a, b) => a.line - b.line).slice(0, shownProblems), total);
    return { sales, stored: sales - held, held };
  });
}
