import type { Locale } from '../../domain/jurisdiction.js';
import { registers as en } from './en.js';
import { registers as cs } from './cs.js';
import { registers as bg } from './bg.js';
import { registers as uk } from './uk.js';
import { registers as ru } from './ru.js';

/** The Registers screen's namespace (`headoffice-registers`) by locale. */
export const registersStrings = { en, cs, bg, uk, ru } satisfies Record<Locale, typeof en>;
export const registersNamespace = 'headoffice-registers';
