import type { Product } from '../../../shared/api/sales.js';
import type { DeskCatalogueItem } from '../../../shared/sales/catalogue.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { Currency } from '../../../shared/domain/money.js';
import { compactCode, searchFold } from '../../../shared/domain/search-fold.js';
import type { Database } from '../db/sqlite.js';

type Row = [sku: string, names: string, gtins: string, price: number | null, currency: Currency | null, category: string | null, returnable: number, warrantyMonths: number];
const columns = `i.sku, i.names, (SELECT json_group_array(gtin) FROM (SELECT gtin FROM catalogue_gtins WHERE sku = i.sku ORDER BY gtin)),
  i.price, i.currency, i.category, i.returnable, i.warranty_months`;

/** LIKE's own wildcards in what was typed match themselves. */
const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A word as an FTS5 phrase; a code typed with other separators than stored ("ket 1" for KET-1) also meets its compact form. */
function phrase(word: string): string {
  const compact = compactCode(word);
  return compact !== word && compact.length >= 3 ? `("${word}" OR "${compact}")` : `"${word}"`;
}

/** The chain's catalogue as this desk holds it: by SKU, by any of its GTINs, and by name in any language. */
export class CatalogueStore {
  private readonly upsert;
  private readonly forgetGtins;
  private readonly gtin;
  private readonly byGtin;
  private readonly bySku;

  constructor(private readonly db: Database) {
    this.upsert = db.prepare(`INSERT INTO catalogue_items (sku, names, search, price, currency, category, returnable, warranty_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (sku) DO UPDATE SET names = excluded.names, search = excluded.search, price = excluded.price,
        currency = excluded.currency, category = excluded.category, returnable = excluded.returnable, warranty_months = excluded.warranty_months`);
    this.forgetGtins = db.prepare('DELETE FROM catalogue_gtins WHERE sku = ?');
    // A GTIN moved to another item belongs to that one from now on.
    this.gtin = db.prepare('INSERT INTO catalogue_gtins (gtin, sku) VALUES (?, ?) ON CONFLICT (gtin) DO UPDATE SET sku = excluded.sku');
    this.byGtin = db.prepare(`SELECT ${columns} FROM catalogue_gtins g JOIN catalogue_items i ON i.sku = g.sku WHERE g.gtin = ?`).raw();
    this.bySku = db.prepare(`SELECT ${columns} FROM catalogue_items i WHERE i.sku = ?`).raw();
  }

  /** Stores items (inside the caller's transaction), replacing what the desk held of them. */
  put(items: readonly DeskCatalogueItem[]): void {
    for (const item of items) {
      const search = [...Object.values(item.names).map(searchFold), searchFold(item.sku), compactCode(item.sku), ...item.gtins].join(' ');
      this.upsert.run(item.sku, JSON.stringify(item.names), search, item.price?.amount ?? null, item.price?.currency ?? null,
        item.category ?? null, item.returnable ? 1 : 0, item.warrantyMonths);
      this.forgetGtins.run(item.sku);
      for (const g of item.gtins) this.gtin.run(g, item.sku);
    }
  }

  byBarcode(gtin: string, locale: Locale): Product | null {
    const row = this.byGtin.get(gtin) as Row | undefined;
    return row ? product(row, locale) : null;
  }

  /** The item a sale line names: by its GTIN, else its SKU. */
  forLine(line: { gtin?: string; sku?: string }, locale: Locale): Product | null {
    const row = ((line.gtin && this.byGtin.get(line.gtin)) || (line.sku && this.bySku.get(line.sku))) as Row | undefined;
    return row ? product(row, locale) : null;
  }

  /**
   * Every word typed (folded as the stored text) must appear in a name, the SKU or a GTIN; an exact
   * GTIN or SKU comes first. Words of 3 characters or more go through the trigram index, shorter
   * ones only narrow what it found (alone, they scan until `limit` items match).
   */
  search(query: string, locale: Locale, limit: number): Product[] {
    // Quotes would end an FTS5 phrase: dropped, as the case search does.
    const words = query.split(/\s+/).map((w) => searchFold(w).replace(/"/g, '')).filter(Boolean);
    const exact = [this.byGtin.get(query), this.bySku.get(query)].filter((r): r is Row => !!r);
    if (!words.length) return exact.slice(0, limit).map((r) => product(r, locale));
    // Trigrams are of characters, not UTF-16 units: an emoji and a letter are two.
    const isLong = (w: string) => [...w].length >= 3;
    const long = words.filter(isLong);
    const short = words.filter((w) => !isLong(w));
    const where = [
      ...(long.length ? ['i.rowid IN (SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH ?)'] : []),
      ...short.map(() => "i.search LIKE ? ESCAPE '\\'"),
    ].join(' AND ');
    const params = [...(long.length ? [long.map(phrase).join(' AND ')] : []), ...short.map((w) => `%${likeEscaped(w)}%`)];
    const rows = this.db.prepare(`SELECT ${columns} FROM catalogue_items i WHERE ${where} LIMIT ?`).raw().all(...params, limit) as Row[];
    const seen = new Set<string>();
    return [...exact, ...rows].filter(([sku]) => !seen.has(sku) && !!seen.add(sku)).slice(0, limit).map((r) => product(r, locale));
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) FROM catalogue_items').raw().get() as [number])[0];
  }
}

function product([sku, names, gtins, price, currency, category, returnable, warrantyMonths]: Row, locale: Locale): Product {
  const byLanguage = JSON.parse(names) as Partial<Record<Locale, string>>;
  return {
    sku,
    gtins: JSON.parse(gtins) as string[],
    name: byLanguage[locale] ?? Object.values(byLanguage)[0]!,
    ...(price !== null && currency ? { price: { amount: price, currency } } : {}),
    ...(category ? { category } : {}),
    returnable: returnable === 1,
    warrantyMonths,
  };
}
