import { localeSchema, type Locale } from '../../../shared/domain/jurisdiction.js';
import { createI18n } from '../../../shared/i18n/index.js';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';
import { contributedScreens } from './extensions.js';

/** Head office's own strings and each contributed screen's namespace, by locale. */
const namespaces = (locale: Locale) => Object.fromEntries([
  ['headoffice', headofficeStrings[locale]],
  ...contributedScreens.flatMap((s) => (s.strings ? [[s.strings.namespace, s.strings.byLocale[locale]]] : [])),
]);

/** The app's i18next in `locale`: head office's strings, the screens' own, and the shared enum labels (`terms`). */
export const i18nFor = (locale: Locale) => {
  const i18n = createI18n(locale, Object.fromEntries(localeSchema.options.map((l) => [l, namespaces(l)])));
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
