import type { i18n } from 'i18next';
import { createI18n } from '../shared/i18n/index.js';
import type { Locale } from '../shared/domain/jurisdiction.js';
import { pickLocale } from './pick-locale.js';

/** The UI's one translator; its language follows the desk's setup language once there is one. */
export const uiI18n: i18n = createI18n(pickLocale(navigator.languages ?? [navigator.language]));
document.documentElement.lang = uiI18n.language;
// The window's title too (Electron's title bar and taskbar follow the page's).
document.title = uiI18n.t('ui:app.title');

export function applyDeskLanguage(locale: Locale) {
  if (uiI18n.language !== locale) void uiI18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  document.title = uiI18n.t('ui:app.title');
}
