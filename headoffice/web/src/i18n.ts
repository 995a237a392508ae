import { localeSchema, type Locale } from '../../../shared/domain/jurisdiction.js';
import { createI18n } from '../../../shared/i18n/index.js';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';

const extra = Object.fromEntries(Object.entries(headofficeStrings).map(([locale, strings]) => [locale, { headoffice: strings }]));

/** The app's i18next in `locale`: head office's own strings plus the shared enum labels (`terms`). */
export const i18nFor = (locale: Locale) => {
  const i18n = createI18n(locale, extra);
  i18n.setDefaultNamespace('headoffice');
  return i18n;
};

const stored = 'headoffice.locale';
/** The language chosen on this browser, else the browser's own if we have it, else English. */
export function initialLocale(): Locale {
  const chosen = localeSchema.safeParse(localStorage.getItem(stored));
  if (chosen.success) return chosen.data;
  const browser = localeSchema.safeParse(navigator.language.slice(0, 2));
  return browser.success ? browser.data : 'en';
}
export const rememberLocale = (locale: Locale) => localStorage.setItem(stored, locale);

export const localeNames: Record<Locale, string> = { en: 'English', cs: 'Čeština', bg: 'Български', uk: 'Українська', ru: 'Русский' };
