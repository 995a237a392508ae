import { z } from 'zod';
import { catalogueEntrySchema, clashingEntries, maxCatalogueBatch, type CatalogueEntry } from '../../../shared/sales/catalogue.js';
import { storeCodeSchema } from '../../../shared/domain/case-number.js';
import type { Database, Queryable } from '../db/database.js';
import { ensureStore } from '../store/enrollment.js';
import { HeadOfficeError } from '../store/errors.js';
import type { Integration } from '../store/integration.js';
import { describeIssues } from './ingest-sales.js';

/**
 * Creates or replaces items by SKU (names, category, returnability, warranty, the full GTIN list:
 * a GTIN moves to the item that lists it now). Their price is the chain-wide one, or with `store`
 * that store's own. Entries must not clash (`clashingEntries`).
 */
export async function upsertCatalogue(tx: Queryable, store: string | null, entries: readonly CatalogueEntry[]): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => ({
    sku: e.sku, names: e.names, category: e.category ?? null, returnable: e.returnable, warranty_months: e.warrantyMonths, gtins: e.gtins,
    price: e.price?.amount ?? null, currency: e.price?.currency ?? null,
  }));
  const incoming = `jsonb_to_recordset($1::jsonb) AS x (sku text, names jsonb, category text, returnable boolean, warranty_months integer, gtins jsonb, price bigint, currency text)`;
  const params = [JSON.stringify(rows)];
  const chainWide = store === null;
  await tx.query(
    `INSERT INTO catalogue_items (sku, names, category, returnable, warranty_months, price, currency)
     SELECT sku, names, category, returnable, warranty_months, ${chainWide ? 'price, currency' : 'NULL, NULL'} FROM ${incoming}
     ON CONFLICT (sku) DO UPDATE SET names = excluded.names, category = excluded.category, returnable = excluded.returnable,
       warranty_months = excluded.warranty_months, ${chainWide ? 'price = excluded.price, currency = excluded.currency,' : ''} updated_at = now()`,
    params,
  );
  await tx.query(`DELETE FROM catalogue_gtins g USING ${incoming} WHERE g.sku = x.sku AND NOT x.gtins ? g.gtin`, params);
  await tx.query(
    `INSERT INTO catalogue_gtins (gtin, sku) SELECT g.gtin, x.sku FROM ${incoming}, jsonb_array_elements_text(x.gtins) AS g (gtin)
     ON CONFLICT (gtin) DO UPDATE SET sku = excluded.sku`,
    params,
  );
  if (!chainWide) {
    await tx.query(
      `INSERT INTO catalogue_store_prices (store_code, sku, price, currency) SELECT $2, sku, price, currency FROM ${incoming} WHERE price IS NOT NULL
       ON CONFLICT (store_code, sku) DO UPDATE SET price = excluded.price, currency = excluded.currency`,
      [...params, store],
    );
  }
}

const batchSchema = z.object({ store: storeCodeSchema.optional(), items: z.array(catalogueEntrySchema).min(1).max(maxCatalogueBatch) }).strict();

/** `POST /v1/catalogue`: the whole batch or nothing (sending it again does no harm). */
export async function ingestCatalogue(db: Database, integration: Integration, body: unknown) {
  const batch = batchSchema.safeParse(body);
  if (!batch.success) throw new HeadOfficeError(400, 'malformed', `Send {"items": [...]} with 1 to ${maxCatalogueBatch} items, "store" for store prices: ${describeIssues(batch.error)}`);
  const { store, items } = batch.data;
  if (store && !integration.stores.includes(store)) throw new HeadOfficeError(403, 'store_not_allowed', `Store ${store} is not one this token may write (${integration.stores.join(', ')}).`);
  const clashes = clashingEntries(items);
  if (clashes.length) throw new HeadOfficeError(400, 'malformed', clashes.slice(0, 5).map((c) => `items.${c.index}: ${c.reason}`).join('; '));
  await db.transaction(async (tx) => {
    if (store) await ensureStore(tx, { storeCode: store });
    await upsertCatalogue(tx, store ?? null, items);
  });
  return { items: items.length };
}
