import { catalogueEntrySchema, catalogueLanguages, clashingEntries, type CatalogueEntry } from '../../../shared/sales/catalogue.js';
import type { Database } from '../db/database.js';
import { csvRecords, intField, optionalField, Problems, validBatches, type Checked } from '../csv/csv-file.js';
import { ensureStore } from '../store/enrollment.js';
import { upsertCatalogue } from './catalogue.js';

/**
 * `import-catalogue --file catalogue.csv [--store S]`: one row per item. `gtins` joined by `;`,
 * `price` in minor units with its `currency` (both empty: no price), `returnable` yes or no. With
 * --store the prices are that store's, else chain-wide. See headoffice/samples/catalogue.csv.
 */
export const catalogueCsvColumns = ['sku', 'gtins', ...catalogueLanguages.map((l) => `name_${l}`), 'price', 'currency', 'category', 'returnable', 'warranty_months'];

async function* entriesFromCsv(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<Checked<CatalogueEntry>> {
  for await (const row of csvRecords(file, catalogueCsvColumns, onBytes)) {
    if (!('record' in row)) {
      yield { line: row.line, problems: [row] };
      return;
    }
    const r = row.record;
    const parsed = catalogueEntrySchema.safeParse({
      sku: r.sku, gtins: r.gtins ? r.gtins!.split(';') : [],
      names: Object.fromEntries(catalogueLanguages.flatMap((l) => (r[`name_${l}`] ? [[l, r[`name_${l}`]]] : []))),
      price: r.price || r.currency ? { amount: intField(r.price), currency: r.currency } : undefined,
      category: optionalField(r.category), returnable: r.returnable === 'yes' ? true : r.returnable === 'no' ? false : r.returnable,
      warrantyMonths: intField(r.warranty_months),
    });
    yield parsed.success
      ? { line: row.line, value: parsed.data }
      : { line: row.line, problems: parsed.error.issues.map((i) => ({ line: row.line, reason: `${i.path.join('.') || '(item)'}: ${i.message}` })) };
  }
}

/** All or nothing, in one transaction and one streamed pass, like `importSalesCsv`. */
export async function importCatalogueCsv(db: Database, file: string, store: string | null, onBytes: (bytes: number) => void = () => {}): Promise<{ items: number }> {
  return db.transaction(async (tx) => {
    if (store) await ensureStore(tx, { storeCode: store });
    const problems = new Problems();
    let items = 0;
    for await (const batch of validBatches(entriesFromCsv(file, onBytes), 1000, problems)) {
      const clashes = clashingEntries(batch.map((b) => b.value));
      problems.add(clashes.map((c) => ({ line: batch[c.index]!.line, reason: c.reason })));
      if (!problems.total) await upsertCatalogue(tx, store, batch.map((b) => b.value));
      items += batch.length;
    }
    problems.refuseIfAny();
    return { items };
  });
}
