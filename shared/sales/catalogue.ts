import { z } from 'zod';
import { MAX_AMOUNT } from '../domain/money.js';
import { unstorableTextPaths } from '../domain/events.js';
import { gtinSchema, saleCurrencySchema } from './sale.js';

/**
 * The chain's catalogue as its ERP sends it: one item per SKU, chain-wide; its price may be set
 * chain-wide or per store. Desks will use it to name what a GTIN is, and whether it may be returned.
 */
export const catalogueLanguages = ['cs', 'bg', 'uk', 'ru', 'en'] as const;
export const maxCatalogueBatch = 5000;

const name = z.string().trim().min(1).max(200);

export const catalogueEntrySchema = z.object({
  sku: z.string().trim().min(1).max(64).regex(/^[\x21-\x7E]+$/, 'printable ASCII without spaces'),
  gtins: z.array(gtinSchema).max(20).default([]),
  names: z.object({ cs: name, bg: name, uk: name, ru: name, en: name }).partial().strict()
    .refine((n) => Object.keys(n).length > 0, `a name in at least one of ${catalogueLanguages.join(', ')}`),
  price: z.object({ amount: z.number().int().min(0).max(MAX_AMOUNT), currency: saleCurrencySchema }).strict().optional(),
  category: z.string().trim().min(1).max(100).optional(),
  returnable: z.boolean(),
  warrantyMonths: z.number().int().min(0).max(240),
}).strict().superRefine((item, ctx) => {
  for (const path of unstorableTextPaths(item)) ctx.addIssue({ code: 'custom', path, message: 'text with NUL or half a character' });
});
export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;

/** Within one batch a SKU is one item and a GTIN belongs to one item: the index and why, of those that break it. */
export function clashingEntries(entries: readonly CatalogueEntry[]): { index: number; reason: string }[] {
  const skus = new Set<string>();
  const gtins = new Map<string, string>();
  return entries.flatMap((e, index) => {
    const reasons = skus.has(e.sku) ? [`sku ${e.sku} is in the batch twice`] : [];
    skus.add(e.sku);
    for (const g of e.gtins) {
      if (gtins.has(g) && gtins.get(g) !== e.sku) reasons.push(`gtin ${g} is also on sku ${gtins.get(g)}`);
      gtins.set(g, e.sku);
    }
    return reasons.map((reason) => ({ index, reason }));
  });
}

/** At most this many items per `GET /v1/catalogue` page. */
export const maxCataloguePull = 5000;

/** An item as a desk receives it: the store's own price if it has one, else the chain's. */
export const deskCatalogueItemSchema = z.object({
  sku: catalogueEntrySchema.shape.sku,
  gtins: z.array(gtinSchema).max(20),
  names: catalogueEntrySchema.shape.names,
  price: z.object({ amount: z.number().int().min(0).max(MAX_AMOUNT), currency: saleCurrencySchema }).strict().optional(),
  category: z.string().trim().min(1).max(100).optional(),
  returnable: z.boolean(),
  warrantyMonths: z.number().int().min(0).max(240),
}).strict().superRefine((item, ctx) => {
  for (const path of unstorableTextPaths(item)) ctx.addIssue({ code: 'custom', path, message: 'text with NUL or half a character' });
});
export type DeskCatalogueItem = z.output<typeof deskCatalogueItemSchema>;

export const cataloguePullQuerySchema = z.object({
  after: z.string().regex(/^\d{1,18}$/).default('0'),
  limit: z.coerce.number().int().min(1).max(maxCataloguePull).default(maxCataloguePull),
}).strict();

/** Items changed after `after` (for the store or chain-wide), in change order. */
export const cataloguePullResponseSchema = z.object({
  items: z.array(deskCatalogueItemSchema),
  cursor: z.string().regex(/^\d{1,18}$/),
  more: z.boolean(),
});
