import { z } from 'zod';
import { method } from './method.js';
import { withoutUnstorableChars } from '../domain/events.js';
import type { Money } from '../domain/money.js';
import type { Sale, SaleLine } from '../sales/sale.js';
import type { LineBalance, MethodBalance } from '../sales/refund-bounds.js';

/** A line of a sale as the counter shows it: what was sold, what has gone back (every desk), what may still. */
export type SaleLineView = SaleLine & LineBalance & {
  /** The catalogue's name in the desk's language, else the till's. */
  displayName: string;
  /** From the catalogue; null when the item is not in it. */
  returnable: boolean | null;
  warrantyMonths: number | null;
  /** Last day of the guarantee: the item's warranty or the pack's legal guarantee, from the sale date. */
  guaranteeEnds: string;
};

export type SaleView = {
  sale: Sale;
  /** The receipt's local date. */
  soldOn: string;
  lines: SaleLineView[];
  methods: MethodBalance[];
  /** Where it was found: this desk's copy, or head office (an older sale, looked up online). */
  source: 'desk' | 'head_office';
};

/** An item of head office's catalogue as the counter uses it. */
export type Product = {
  sku: string;
  gtins: string[];
  /** In the desk's language, else the first the catalogue has. */
  name: string;
  price?: Money;
  category?: string;
  returnable: boolean;
  warrantyMonths: number;
};

const none = z.object({}).strict();

export const salesApi = {
  /**
   * The store's sales with this receipt number or barcode (typed or scanned, with or without
   * separators or the store's prefix): from this desk's copy, else asked of head office when online.
   */
  findSale: method<SaleView[]>()(z.object({ receipt: z.string().trim().min(1).max(128).transform(withoutUnstorableChars) }).strict()),
  /** Catalogue items by name (any language the catalogue has, folded), SKU or GTIN. */
  searchCatalogue: method<Product[]>()(z.object({
    query: z.string().trim().min(1).max(100).transform(withoutUnstorableChars),
    limit: z.number().int().min(1).max(50).default(20),
  }).strict()),
  /** A catalogue item by one of its barcodes, or null. */
  lookupProduct: method<Product | null>()(z.object({ ean: z.string().regex(/^\d{8,14}$/) }).strict()),
  /** How much of the store's sales and catalogue this desk holds. */
  /** `unreadable`: sales and items head office sent that this desk could not read (left out, the rest kept). */
  salesStatus: method<{ sales: number; saleLines: number; products: number; oldestSale: string | null; days: number | null; unreadable: number }>()(none),
};
