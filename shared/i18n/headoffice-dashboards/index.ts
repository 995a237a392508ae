import type { Locale } from '../../domain/jurisdiction.js';
import { dashboards as en } from './en.js';
import { dashboards as cs } from './cs.js';
import { dashboards as bg } from './bg.js';
import { dashboards as uk } from './uk.js';
import { dashboards as ru } from './ru.js';

/** The dashboard screens' namespace by locale: the web app's screens and head office's CSV downloads. */
export const dashboardStrings = { en, cs, bg, uk, ru } satisfies Record<Locale, typeof en>;
export const dashboardNamespace = 'headoffice-dashboards';
