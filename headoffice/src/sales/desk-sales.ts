import type { z } from 'zod';
import { receiptKey, type Sale, type salesPullQuerySchema } from '../../../shared/sales/sale.js';
import type { Database } from '../db/database.js';
import { ensureStore, type Device } from '../store/enrollment.js';

/**
 * A desk's store's sales it has not seen, in intake order after `after`, sold within the store's
 * `sales_days` (answered as `days`, the window the desk keeps): a sale reported late is still
 * handed down. Never another store's.
 */
export async function pullSales(db: Database, device: Device, query: z.output<typeof salesPullQuerySchema>) {
  const [store] = await db.query<{ sales_days: number }>('SELECT sales_days FROM stores WHERE code = $1', [device.storeCode]);
  const days = store!.sales_days;
  const rows = await db.query<{ seq: string; body: Sale }>(
    `SELECT seq::text AS seq, body FROM sales
     WHERE store_code = $1 AND seq > $2::bigint AND sold_at >= now() - make_interval(days => $4::int)
     ORDER BY sales.seq LIMIT $3`,
    [device.storeCode, query.after, query.limit + 1, days],
  );
  const page = rows.slice(0, query.limit);
  return { sales: page.map((r) => r.body), cursor: page.at(-1)?.seq ?? query.after, more: rows.length > query.limit, days };
}

/** The store's sales (any age, newest first) whose receipt number or receipt barcode is `receipt`. */
export async function lookupReceipt(db: Database, device: Device, receipt: string) {
  const rows = await db.query<{ body: Sale }>(
    `SELECT body FROM sales WHERE store_code = $1 AND (receipt_key = $2 OR receipt_barcode = $3) ORDER BY sold_at DESC LIMIT 20`,
    [device.storeCode, receiptKey(receipt, device.storeCode), receipt],
  );
  return { sales: rows.map((r) => r.body) };
}

export async function setSalesDays(db: Database, storeCode: string, days: number): Promise<number> {
  return db.transaction(async (tx) => {
    await ensureStore(tx, { storeCode });
    await tx.query('UPDATE stores SET sales_days = $2 WHERE code = $1', [storeCode, days]);
    return days;
  });
}
