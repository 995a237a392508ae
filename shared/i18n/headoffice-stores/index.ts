import type { Locale } from '../../domain/jurisdiction.js';
import { stores as en } from './en.js';
import { stores as cs } from './cs.js';
import { stores as bg } from './bg.js';
import { stores as uk } from './uk.js';
import { stores as ru } from './ru.js';

/** The stores and desks screen's namespace (`headoffice-stores`) by locale. */
export const storesStrings = { en, cs, bg, uk, ru } satisfies Record<Locale, typeof en>;
export const storesNamespace = 'headoffice-stores';
