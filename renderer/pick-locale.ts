import { localeSchema, type Locale } from '../shared/domain/jurisdiction.js';

/** Before setup, the first of the browser's languages the desk speaks ("uk-UA" -> uk); English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const hit = localeSchema.safeParse(tag.toLowerCase().split('-')[0]);
    if (hit.success) return hit.data;
  }
  return 'en';
}
