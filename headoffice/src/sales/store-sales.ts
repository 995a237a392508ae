import { hash } from 'node:crypto';
import { receiptKey, saleTotal, type Sale } from '../../../shared/sales/sale.js';
import type { Queryable } from '../db/database.js';

/** One `sales` row of a validated sale; `body` (JSON text) is exactly what desks will receive. */
export function saleRow(sale: Sale) {
  const body = JSON.stringify(sale);
  return {
    id: sale.id, store_code: sale.store, till: sale.till, receipt_no: sale.receiptNo, receipt_key: receiptKey(sale.receiptNo, sale.store),
    receipt_barcode: sale.receiptBarcode ?? null, sold_at: sale.soldAt, currency: sale.currency, total: saleTotal(sale),
    customer_ref: sale.customerRef ?? null, body, content_hash: hash('sha256', body),
  };
}
export type SaleRow = ReturnType<typeof saleRow>;
export const saleColumns = 'id, store_code, till, receipt_no, receipt_key, receipt_barcode, sold_at, currency, total, customer_ref, body, content_hash';
export const saleColumnTypes = 'id text, store_code text, till text, receipt_no text, receipt_key text, receipt_barcode text, sold_at timestamptz, currency text, total bigint, customer_ref text, body text, content_hash text';
export const saleValues = saleColumns.replace('body', 'body::jsonb');

/**
 * Serialises every writer of sales until commit, so intake numbers (seq) become visible in order
 * and a desk's pull cursor never skips a sale committed late.
 */
export async function lockSales(tx: Queryable): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('sales'))");
}

export type SaleOutcome = 'stored' | 'held' | 'conflict';

/**
 * Inserts the sales not held yet (ids must be distinct) and says, per id, whether it was stored
 * now, held already with the same content, or held with other content (left as it was).
 */
export async function storeSales(tx: Queryable, rows: SaleRow[]): Promise<Map<string, SaleOutcome>> {
  if (!rows.length) return new Map();
  // Every part of one statement sees the table as it was before it: `held` is what was there.
  const outcomes = await tx.query<{ id: string; outcome: SaleOutcome }>(
    `WITH incoming AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x (${saleColumnTypes})),
     added AS (INSERT INTO sales (${saleColumns}) SELECT ${saleValues} FROM incoming ON CONFLICT (id) DO NOTHING RETURNING id)
     SELECT i.id, CASE WHEN added.id IS NOT NULL THEN 'stored' WHEN held.content_hash = i.content_hash THEN 'held' ELSE 'conflict' END AS outcome
     FROM incoming i LEFT JOIN added ON added.id = i.id LEFT JOIN sales held ON held.id = i.id`,
    [JSON.stringify(rows)],
  );
  return new Map(outcomes.map((o) => [o.id, o.outcome]));
}
