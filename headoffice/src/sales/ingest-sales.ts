import { z } from 'zod';
import { maxSalesPerBatch, saleSchema } from '../../../shared/sales/sale.js';
import type { Database } from '../db/database.js';
import { HeadOfficeError } from '../store/errors.js';
import type { Integration } from '../store/integration.js';
import { lockSales, saleRow, storeSales, type SaleOutcome, type SaleRow } from './store-sales.js';

const batchSchema = z.object({ sales: z.array(z.unknown()).min(1).max(maxSalesPerBatch) }).strict();

export type SaleResult = { index: number; id?: string; outcome: SaleOutcome | 'rejected'; reason?: string };

/** The first few problems of a zod error, one line. */
export const describeIssues = (e: z.ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(sale)'}: ${i.message}`).join('; ').slice(0, 500);

/**
 * `POST /v1/sales`: each sale is judged on its own. Valid sales of the token's stores are stored
 * once; a sale held already is answered `held` if the same, `conflict` (and left as held) if not.
 */
export async function ingestSales(db: Database, integration: Integration, body: unknown) {
  const batch = batchSchema.safeParse(body);
  if (!batch.success) throw new HeadOfficeError(400, 'malformed', `Send {"sales": [...]} with 1 to ${maxSalesPerBatch} sales: ${describeIssues(batch.error)}`);
  const results: SaleResult[] = [];
  const rows: { index: number; row: SaleRow }[] = [];
  const ids = new Set<string>();
  batch.data.sales.forEach((raw, index) => {
    const parsed = saleSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId.length <= 64 ? rawId : undefined;
    const reject = (reason: string) => results.push({ index, id, outcome: 'rejected', reason });
    if (!parsed.success) return reject(describeIssues(parsed.error));
    const sale = parsed.data;
    if (!integration.stores.includes(sale.store)) return reject(`store ${sale.store} is not one this token may write (${integration.stores.join(', ')})`);
    if (ids.has(sale.id)) return reject(`sale ${sale.id} is in this batch twice`);
    ids.add(sale.id);
    rows.push({ index, row: saleRow(sale) });
  });
  const outcomes = await db.transaction(async (tx) => {
    await lockSales(tx);
    return storeSales(tx, rows.map((r) => r.row));
  });
  for (const { index, row } of rows) {
    const outcome = outcomes.get(row.id)!;
    results.push({ index, id: row.id, outcome, ...(outcome === 'conflict' ? { reason: `sale ${row.id} is held with other content; it was not changed` } : {}) });
  }
  results.sort((a, b) => a.index - b.index);
  const count = (o: SaleResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return { stored: count('stored'), held: count('held'), conflicts: count('conflict'), rejected: count('rejected'), results };
}
