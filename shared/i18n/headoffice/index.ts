import type { Locale } from '../../domain/jurisdiction.js';
import { headoffice as en } from './en.js';
import { headoffice as cs } from './cs.js';
import { headoffice as bg } from './bg.js';
import { headoffice as uk } from './uk.js';
import { headoffice as ru } from './ru.js';

/**
 * The head-office web app's namespace by locale. Only head office uses it (its web app through
 * `createI18n`'s extra namespaces, its server for CSV headers), so the desk does not carry it.
 */
export const headofficeStrings = { en, cs, bg, uk, ru } satisfies Record<Locale, typeof en>;
