import type { Locale } from '../../domain/jurisdiction.js';
import { reference as en } from './en.js';
import { reference as cs } from './cs.js';
import { reference as bg } from './bg.js';
import { reference as uk } from './uk.js';
import { reference as ru } from './ru.js';

/** The reference data screen's namespace by locale. */
export const referenceStrings = { en, cs, bg, uk, ru } satisfies Record<Locale, typeof en>;
export const referenceNamespace = 'headoffice-reference';
