import { z } from 'zod';

export const countrySchema = z.enum(['CZ', 'BG', 'UA', 'RU']);
export type Country = z.infer<typeof countrySchema>;

export const localeSchema = z.enum(['cs', 'bg', 'uk', 'ru', 'en']);
export type Locale = z.infer<typeof localeSchema>;

// Date.parse rolls 2026-02-31 over to 3 March instead of refusing it, so the date must read back unchanged.
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}, 'invalid date');
