import { z } from 'zod';
import { MAX_AMOUNT } from '../domain/money.js';
import { isValidGtin } from '../domain/gtin.js';
import { storeCodeSchema } from '../domain/case-number.js';
import { unstorableTextPaths } from '../domain/events.js';

/**
 * A sale as the shop's till or ERP reports it to head office, and as head office hands it to the
 * desks of its store. Amounts are integer minor units in the sale's currency. A sale that does not
 * add up (payments ≠ total) is refused: it could not bound a refund.
 */

/** At most this many sales per `POST /v1/sales`, and lines per sale. */
export const maxSalesPerBatch = 1000;
export const maxLinesPerSale = 500;
export const maxPullSales = 500;

const minor = z.number().int().min(0).max(MAX_AMOUNT);
/** Identifiers from other systems: printable ASCII, no spaces (they end up in URLs, barcodes, logs). */
const code = (max: number) => z.string().trim().min(1).max(max).regex(/^[\x21-\x7E]+$/, 'printable ASCII without spaces');
const text = (max: number) => z.string().trim().min(1).max(max);

export const saleCurrencySchema = z.enum(['CZK', 'EUR', 'BGN', 'UAH', 'RUB']);
export const paymentMethodSchema = z.enum(['cash', 'card', 'voucher', 'other']);
export const gtinSchema = z.string().refine(isValidGtin, 'not a GTIN (8, 12, 13 or 14 digits with a right check digit)');

export const saleLineSchema = z.object({
  id: code(32),
  gtin: gtinSchema.optional(),
  sku: code(64).optional(),
  name: text(200),
  quantity: z.number().int().min(1).max(100_000),
  unitPrice: minor,
  /** Off this line, in minor units (the line's own discount, not the receipt's). */
  discount: minor.default(0),
  /** Per cent, e.g. 21 or 9.5. */
  vatRate: z.number().min(0).max(100),
}).strict();

export const saleSchema = z.object({
  /** Unique across the chain: the till or ERP's own id for the sale. */
  id: code(64),
  store: storeCodeSchema,
  till: code(16),
  /** As printed on the receipt. */
  receiptNo: text(64),
  /** What the receipt's barcode encodes, when it has one. */
  receiptBarcode: code(128).optional(),
  /** Local time with its offset, as on the receipt. */
  soldAt: z.iso.datetime({ offset: true }),
  currency: saleCurrencySchema,
  lines: z.array(saleLineSchema).min(1).max(maxLinesPerSale),
  /** Discounts on the whole receipt, spread over its lines by `paidPerLine`. */
  receiptDiscounts: z.array(minor).max(20).default([]),
  /** What was paid, net of change given. */
  payments: z.array(z.object({ method: paymentMethodSchema, amount: minor }).strict()).min(1).max(20),
  customerRef: code(64).optional(),
}).strict().superRefine((sale, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  for (const path of unstorableTextPaths(sale)) issue(path, 'text with NUL or half a character');
  // Bulgaria's lev ended with 2025: the receipt's own (local) date decides.
  if (sale.currency === 'BGN' && sale.soldAt.slice(0, 10) >= '2026-01-01') issue(['currency'], 'BGN is not used from 2026-01-01 on (EUR)');
  const ids = new Set<string>();
  sale.lines.forEach((line, i) => {
    if (!line.gtin && !line.sku) issue(['lines', i], 'a line needs a gtin or a sku');
    if (ids.has(line.id)) issue(['lines', i, 'id'], `line id ${line.id} appears twice`);
    ids.add(line.id);
    const gross = line.quantity * line.unitPrice;
    if (gross > MAX_AMOUNT) issue(['lines', i], 'quantity × unitPrice is beyond the largest amount');
    else if (line.discount > gross) issue(['lines', i, 'discount'], 'more than the line costs');
  });
  if (ctx.issues.length) return;
  const net = lineNet(sale);
  const total = saleTotal(sale);
  if (total < 0) issue(['receiptDiscounts'], `receipt discounts exceed the lines' ${net}`);
  const paid = sale.payments.reduce((sum, p) => sum + p.amount, 0);
  if (total >= 0 && paid !== total) issue(['payments'], `payments sum to ${paid}, the receipt totals ${total}`);
});
export type Sale = z.output<typeof saleSchema>;
export type SaleLine = Sale['lines'][number];

const lineNetOf = (l: SaleLine) => l.quantity * l.unitPrice - l.discount;
const lineNet = (sale: Sale) => sale.lines.reduce((sum, l) => sum + lineNetOf(l), 0);

/** What the customer owed for the receipt: lines after their own discounts, less receipt discounts. */
export const saleTotal = (sale: Sale) => lineNet(sale) - sale.receiptDiscounts.reduce((sum, d) => sum + d, 0);

/**
 * What each line was actually paid: its own net, less its share of the receipt discounts in
 * proportion to that net. Shares are whole minor units by largest remainder (ties to the earlier
 * line), so the lines sum exactly to `saleTotal` — the most a return of each line may refund.
 */
export function paidPerLine(sale: Sale): { lineId: string; paid: number }[] {
  const nets = sale.lines.map((l) => BigInt(lineNetOf(l)));
  const net = nets.reduce((a, b) => a + b, 0n);
  const discount = BigInt(sale.receiptDiscounts.reduce((sum, d) => sum + d, 0));
  // BigInt: discount × net reaches 10^22, past exact doubles.
  const exact = nets.map((n) => (net === 0n ? 0n : discount * n));
  const shares = exact.map((e) => (net === 0n ? 0n : e / net));
  let left = discount - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = exact.map((e, i) => ({ i, rest: net === 0n ? 0n : e % net })).sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return sale.lines.map((l, i) => ({ lineId: l.id, paid: Number(nets[i]! - shares[i]!) }));
}

/**
 * A receipt number as staff type or scan it, reduced to what identifies it: letters and digits,
 * upper case, without the store's code in front ("PRG01-T3/000123" and "t3 000123" match).
 */
export function receiptKey(receipt: string, storeCode: string): string {
  const key = receipt.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return key.startsWith(storeCode) && key.length > storeCode.length ? key.slice(storeCode.length) : key;
}

export const salesPullQuerySchema = z.object({
  after: z.string().regex(/^\d{1,18}$/).default('0'),
  limit: z.coerce.number().int().min(1).max(maxPullSales).default(maxPullSales),
}).strict();

export const salesPullResponseSchema = z.object({
  sales: z.array(saleSchema),
  /** Ask `after` it next time; it follows head office's intake, so late-reported older sales still come. */
  cursor: z.string().regex(/^\d{1,18}$/),
  more: z.boolean(),
  /** The store's window: the desk keeps sales sold within it and prunes older ones. */
  days: z.number().int().min(1).max(3650),
});

export const receiptLookupQuerySchema = z.object({ receipt: z.string().trim().min(1).max(128) }).strict();
export const receiptLookupResponseSchema = z.object({ sales: z.array(saleSchema) });
