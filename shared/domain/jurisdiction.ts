import { z } from 'zod';

export const countrySchema = z.enum(['CZ', 'BG', 'UA', 'RU']);
export type Country = z.infer<typeof countrySchema>;

export const localeSchema = z.enum(['cs', 'bg', 'uk', 'ru', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'invalid date');
