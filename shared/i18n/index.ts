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
import { forms as enForms } from './forms/en.js';
import { forms as ukForms } from './forms/uk.js';
import { forms as csForms } from './forms/cs.js';
import { forms as bgForms } from './forms/bg.js';
import { forms as ruForms } from './forms/ru.js';
import { register as enRegister } from './register/en.js';
import { register as ukRegister } from './register/uk.js';
import { register as csRegister } from './register/cs.js';
import { register as bgRegister } from './register/bg.js';
import { register as ruRegister } from './register/ru.js';
import { law as enLaw } from './law/en.js';
import { law as ukLaw } from './law/uk.js';
import { law as csLaw } from './law/cs.js';
import { law as bgLaw } from './law/bg.js';
import { law as ruLaw } from './law/ru.js';
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
import { ui as enUi } from './ui/en.js';
import { ui as ukUi } from './ui/uk.js';
import { ui as csUi } from './ui/cs.js';
import { ui as bgUi } from './ui/bg.js';
import { ui as ruUi } from './ui/ru.js';
import { customer as enCustomer } from './customer/en.js';
import { customer as ukCustomer } from './customer/uk.js';
import { customer as csCustomer } from './customer/cs.js';
import { customer as bgCustomer } from './customer/bg.js';
import { customer as ruCustomer } from './customer/ru.js';
import { privacy as enPrivacy } from './privacy/en.js';
import { privacy as ukPrivacy } from './privacy/uk.js';
import { privacy as csPrivacy } from './privacy/cs.js';
import { privacy as bgPrivacy } from './privacy/bg.js';
import { privacy as ruPrivacy } from './privacy/ru.js';

/** Namespaces by locale. Each file is typed against its English twin, so no key can go missing. */
export const baseResources = {
  en: { errors: enErrors, terms: enTerms, ui: enUi, receipt: enReceipt, sync: enSync, forms: enForms, register: enRegister, law: enLaw, customer: enCustomer, privacy: enPrivacy, staff: enStaff, reports: enReports },
  uk: { errors: ukErrors, terms: ukTerms, ui: ukUi, receipt: ukReceipt, sync: ukSync, forms: ukForms, register: ukRegister, law: ukLaw, customer: ukCustomer, privacy: ukPrivacy, staff: ukStaff, reports: ukReports },
  cs: { errors: csErrors, terms: csTerms, ui: csUi, receipt: csReceipt, sync: csSync, forms: csForms, register: csRegister, law: csLaw, customer: csCustomer, privacy: csPrivacy, staff: csStaff, reports: csReports },
  bg: { errors: bgErrors, terms: bgTerms, ui: bgUi, receipt: bgReceipt, sync: bgSync, forms: bgForms, register: bgRegister, law: bgLaw, customer: bgCustomer, privacy: bgPrivacy, staff: bgStaff, reports: bgReports },
  ru: { errors: ruErrors, terms: ruTerms, ui: ruUi, receipt: ruReceipt, sync: ruSync, forms: ruForms, register: ruRegister, law: ruLaw, customer: ruCustomer, privacy: ruPrivacy, staff: ruStaff, reports: ruReports },
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
