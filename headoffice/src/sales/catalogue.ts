import { z } from 'zod';
import {
  catalogueEntrySchema, clashingEntries, maxCatalogueBatch, type CatalogueEntry, type cataloguePullQuerySchema, type cataloguePullResponseSchema, type DeskCatalogueItem,
} from '../../../shared/sales/catalogue.js';
import { storeCodeSchema } from '../../../shared/domain/case-number.js';
import type { Database, Queryable } from '../db/database.js';
import { ensureStore, type Device } from '../store/enrollment.js';
import { HeadOfficeError } from '../store/errors.js';
import type { Integration } from '../store/integration.js';
import { describeIssues } from './ingest-sales.js';

/**
 * Serialises writers of the catalogue until commit, so change numbers become visible in order and
 * a desk's pull cursor never skips a change committed late.
 */
const lockCatalogue = (tx: Queryable) => tx.query("SELECT pg_advisory_xact_lock(hashtext('catalogue'))");

/** Gives a row the next change number: desks pull it again. */
const bumped = "change_seq = nextval('catalogue_changes')";

/**
 * Creates or replaces items by SKU (names, category, returnability, warranty, the full GTIN list:
 * a GTIN moves to the item that lists it now). Their price is the chain-wide one, or with `store`
 * that store's own. Entries must not clash (`clashingEntries`). Only what really changes gets a new
 * change number (an item whose GTINs came or went included): the ERP sending its whole catalogue
 * again every night sends the desks nothing.
 */
export async function upsertCatalogue(tx: Queryable, store: string | null, entries: readonly CatalogueEntry[]): Promise<void> {
  if (!entries.length) return;
  await lockCatalogue(tx);
  const rows = entries.map((e) => ({
    sku: e.sku, names: e.names, category: e.category ?? null, returnable: e.returnable, warranty_months: e.warrantyMonths, gtins: e.gtins,
    price: e.price?.amount ?? null, currency: e.price?.currency ?? null,
  }));
  const incoming = `jsonb_to_recordset($1::jsonb) AS x (sku text, names jsonb, category text, returnable boolean, warranty_months integer, gtins jsonb, price bigint, currency text)`;
  // DISTINCT: a GTIN listed twice by one item.
  const listed = `(SELECT DISTINCT x.sku, l.gtin FROM ${incoming}, jsonb_array_elements_text(x.gtins) AS l (gtin)) AS l`;
  const params = [JSON.stringify(rows)];
  const chainWide = store === null;
  const columns = ['names', 'category', 'returnable', 'warranty_months', ...(chainWide ? ['price', 'currency'] : [])];
  // Before the GTINs move: the items held that lose one (dropped, or listed by another item now) or gain
  // one. Before the items' own change too, so that a new item takes one change number, not two.
  await tx.query(
    `UPDATE catalogue_items SET ${bumped}, updated_at = now() WHERE sku IN (
       SELECT g.sku FROM catalogue_gtins g JOIN ${incoming} ON x.sku = g.sku WHERE NOT x.gtins ? g.gtin
       UNION ALL SELECT g.sku FROM ${listed} JOIN catalogue_gtins g ON g.gtin = l.gtin WHERE g.sku <> l.sku
       UNION ALL SELECT l.sku FROM ${listed} LEFT JOIN catalogue_gtins g ON g.gtin = l.gtin WHERE g.sku IS DISTINCT FROM l.sku)`,
    params,
  );
  await tx.query(
    `INSERT INTO catalogue_items (sku, names, category, returnable, warranty_months, price, currency)
     SELECT sku, names, category, returnable, warranty_months, ${chainWide ? 'price, currency' : 'NULL, NULL'} FROM ${incoming}
     ON CONFLICT (sku) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, ${bumped}, updated_at = now()
     WHERE (${columns.map((c) => `catalogue_items.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `excluded.${c}`).join(', ')})`,
    params,
  );
  await tx.query(`DELETE FROM catalogue_gtins g USING ${incoming} WHERE g.sku = x.sku AND NOT x.gtins ? g.gtin`, params);
  await tx.query(
    `INSERT INTO catalogue_gtins (gtin, sku) SELECT l.gtin, l.sku FROM ${listed}
     ON CONFLICT (gtin) DO UPDATE SET sku = excluded.sku`,
    params,
  );
  if (!chainWide) {
    await tx.query(
      `INSERT INTO catalogue_store_prices (store_code, sku, price, currency) SELECT $2, sku, price, currency FROM ${incoming} WHERE price IS NOT NULL
       ON CONFLICT (store_code, sku) DO UPDATE SET price = excluded.price, currency = excluded.currency, ${bumped}
       WHERE (catalogue_store_prices.price, catalogue_store_prices.currency) IS DISTINCT FROM (excluded.price, excluded.currency)`,
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

type DeskItemRow = {
  sku: string; names: DeskCatalogueItem['names']; gtins: string[]; price: string | null; currency: NonNullable<DeskCatalogueItem['price']>['currency'] | null;
  category: string | null; returnable: boolean; warranty_months: number; upto: string; more: boolean;
};

/**
 * `GET /v1/catalogue`: the items whose item row or this store's price changed after `after`, with
 * the store's price where it has one, else the chain's; never another store's price. A page covers
 * the next `limit` changes in change order (an item changed twice in it comes once, as it is now),
 * found through two index range scans: the first page of 200,000 items costs what the last does.
 * `cursor` is the last change the page covers.
 */
export async function pullCatalogue(q: Queryable, device: Device, query: z.output<typeof cataloguePullQuerySchema>): Promise<z.output<typeof cataloguePullResponseSchema>> {
  const rows = await q.query<DeskItemRow>(
    `WITH changes AS (
       (SELECT sku, change_seq FROM catalogue_items WHERE change_seq > $2::bigint ORDER BY change_seq LIMIT $3::int + 1)
       UNION ALL
       (SELECT sku, change_seq FROM catalogue_store_prices WHERE store_code = $1 AND change_seq > $2::bigint ORDER BY change_seq LIMIT $3::int + 1)
     ), page AS (SELECT sku, change_seq FROM changes ORDER BY change_seq LIMIT $3::int)
     SELECT i.sku, i.names, coalesce(p.price, i.price)::text AS price, coalesce(p.currency, i.currency) AS currency, i.category, i.returnable, i.warranty_months,
       coalesce((SELECT jsonb_agg(g.gtin ORDER BY g.gtin) FROM catalogue_gtins g WHERE g.sku = i.sku), '[]') AS gtins,
       (SELECT max(change_seq) FROM page)::text AS upto, (SELECT count(*) FROM changes) > $3::int AS more
     FROM (SELECT sku, max(change_seq) AS last_change FROM page GROUP BY sku) c
     JOIN catalogue_items i USING (sku)
     LEFT JOIN catalogue_store_prices p ON p.store_code = $1 AND p.sku = i.sku
     ORDER BY c.last_change`,
    [device.storeCode, query.after, query.limit],
  );
  return {
    items: rows.map((r) => ({
      sku: r.sku, gtins: r.gtins, names: r.names,
      ...(r.price === null ? {} : { price: { amount: Number(r.price), currency: r.currency! } }),
      ...(r.category === null ? {} : { category: r.category }),
      returnable: r.returnable, warrantyMonths: r.warranty_months,
    })),
    cursor: rows[0]?.upto ?? query.after,
    more: rows[0]?.more ?? false,
  };
}
