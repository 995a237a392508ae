import type { i18n } from 'i18next';
import { createI18n } from '../shared/i18n/index.js';
import { localeSchema, type Locale } from '../shared/domain/jurisdiction.js';

/** Before setup, the first of the browser's languages the desk speaks; English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const hit = localeSchema.safeParse(tag.toLowerCase().split('-')[0]);
    if (hit.success) return hit.data;
  }
  return 'en';
}

/** The UI's one translator; its language follows the desk's setup language once there is one. */
export const uiI18n: i18n = createI18n(pickLocale(navigator.languages ?? [navigator.language]));

export function applyDeskLanguage(locale: Locale) {
  if (uiI18n.language !== locale) void uiI18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}
