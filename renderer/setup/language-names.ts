import type { Locale } from '../../shared/domain/jurisdiction.js';

/** Each language in its own words, so whoever sets up the desk finds theirs whatever is on screen. */
export const languageNames: Record<Locale, string> = { en: 'English', uk: 'Українська', cs: 'Čeština', bg: 'Български', ru: 'Русский' };
