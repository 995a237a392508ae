import i18next, { type i18n } from 'i18next';
import type { Locale } from '../domain/jurisdiction.js';
import { errors as enErrors } from './errors/en.js';
import { errors as ukErrors } from './errors/uk.js';
import { errors as csErrors } from './errors/cs.js';
import { errors as bgErrors } from './errors/bg.js';
import { errors as ruErrors } from './errors/ru.js';
import { terms as enTerms } from './terms/en.js';
import { terms as ukTerms } from './terms/uk.js';
import { terms as csTerms } from './terms/cs.js';
import { terms as bgTerms } from './terms/bg.js';
import { terms as ruTerms } from './terms/ru.js';
import { receipt as enReceipt } from './receipt/en.js';
import { receipt as ukReceipt } from './receipt/uk.js';
import { receipt as csReceipt } from './receipt/cs.js';
import { receipt as bgReceipt } from './receipt/bg.js';
import { receipt as ruReceipt } from './receipt/ru.js';
import { sync as enSync } from './sync/en.js';
import { sync as ukSync } from './sync/uk.js';
import { sync as csSync } from './sync/cs.js';
import { sync as bgSync } from './sync/bg.js';
import { sync as ruSync } from './sync/ru.js';
import { staff as enStaff } from './staff/en.js';
import { staff as ukStaff } from './staff/uk.js';
import { staff as csStaff } from './staff/cs.js';
import { staff as bgStaff } from './staff/bg.js';
import { staff as ruStaff } from './staff/ru.js';
import { reports as enReports } from './reports/en.js';
import { reports as ukReports } from './reports/uk.js';
import { reports as csReports } from './reports/cs.js';
import { reports as bgReports } from './reports/bg.js';
import { reports as ruReports } from './reports/ru.js';
import { law as enLaw } from './law/en.js';
import { law as ukLaw } from './law/uk.js';
import { law as csLaw } from './law/cs.js';
import { law as bgLaw } from './law/bg.js';
import { law as ruLaw } from './law/ru.js';
import { ui as enUi } from './ui/en.js';
import { ui as ukUi } from './ui/uk.js';
import { ui as csUi } from './ui/cs.js';
import { ui as bgUi } from './ui/bg.js';
import { ui as ruUi } from './ui/ru.js';

/** Namespaces by locale. Each file is typed against its English twin, so no key can go missing. */
export const baseResources = {
  en: { errors: enErrors, terms: enTerms, ui: enUi, receipt: enReceipt, sync: enSync, staff: enStaff, reports: enReports, law: enLaw },
  uk: { errors: ukErrors, terms: ukTerms, ui: ukUi, receipt: ukReceipt, sync: ukSync, staff: ukStaff, reports: ukReports, law: ukLaw },
  cs: { errors: csErrors, terms: csTerms, ui: csUi, receipt: csReceipt, sync: csSync, staff: csStaff, reports: csReports, law: csLaw },
  bg: { errors: bgErrors, terms: bgTerms, ui: bgUi, receipt: bgReceipt, sync: bgSync, staff: bgStaff, reports: bgReports, law: bgLaw },
  ru: { errors: ruErrors, terms: ruTerms, ui: ruUi, receipt: ruReceipt, sync: ruSync, staff: ruStaff, reports: ruReports, law: ruLaw },
} satisfies Record<Locale, Record<string, unknown>>;

type Resources = Record<Locale, Record<string, object>>;

/** A ready i18next instance for one locale; `extra` adds namespaces (ui, receipt) by locale. */
export function createI18n(locale: Locale, extra: Partial<Resources> = {}): i18n {
  const resources: Resources = { ...baseResources };
  for (const [lng, namespaces] of Object.entries(extra) as [Locale, Record<string, object>][]) {
    resources[lng] = { ...resources[lng], ...namespaces };
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
