import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/api/cases.js';
import type { StoreDetails } from '../../shared/api/staff.js';
import { countrySchema, localeSchema } from '../../shared/domain/jurisdiction.js';
import { currencySchema } from '../../shared/domain/money.js';
import { policyFor, policyPacks } from '../../shared/domain/policy.js';
import type { Money } from '../../shared/domain/money.js';
import { lawVersionOn } from '../../shared/law/versions.js';
import { periodLength, periodUnit, type Period } from '../../shared/law/period.js';
import { codePageFor } from '../../shared/printing/code-pages.js';
import { desk } from '../desk.js';
import { usePolicy } from '../cases/use-saved.js';
import { formatMoney, localToday } from '../format/locale-format.js';
import { useApp } from '../state/app-store.js';
import { CounterForm } from '../forms/CounterForm.js';
import { CheckField, SelectField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { languageNames } from '../setup/language-names.js';

/** A legal period as the UI's language says it ("30 days", "1 месяц"): Intl knows each language's plural forms. */
const formatPeriod = (p: Period, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: periodUnit(p) === 'days' ? 'day' : 'month', unitDisplay: 'long' }).format(periodLength(p));

/**
 * What a change of country (and of the desk language) brings, for the manager to confirm before
 * saving: the currency, the law and, in figures, what the counter applies differently from then on
 * (the desk's figures now against the new country's pack under the law in force today).
 */
function CountryWarning({ from, to }: { from: StoreDetails; to: StoreDetails }) {
  const { t, i18n } = useTranslation(['staff', 'ui']);
  const now = usePolicy();
  const next = policyFor(to.country, lawVersionOn(to.country, localToday()));
  const country = (c: StoreDetails['country']) => t(`ui:country.${c}`);
  const period = (p: Period) => formatPeriod(p, i18n.language);
  const days = (n: number) => period({ days: n });
  const money = (amount: number, currency: Money['currency']) => formatMoney({ amount, currency }, i18n.language);
  const changed = <T,>(a: T, b: T) => JSON.stringify(a) !== JSON.stringify(b);
  const changes = [
    from.currency !== to.currency && t('staff:store.currencyChange', { from: from.currency, to: to.currency }),
    t('staff:store.lawChange', { from: country(from.country), to: country(to.country) }),
    now.returnWindowDays !== next.returnWindowDays && t('staff:store.returnWindowChange', { from: days(now.returnWindowDays), to: days(next.returnWindowDays) }),
    changed(now.claimPeriod, next.claimPeriod) && t('staff:store.claimPeriodChange', { from: period(now.claimPeriod), to: period(next.claimPeriod) }),
    changed([now.refundLimit, now.currency], [next.refundLimit, next.currency]) &&
      t('staff:store.refundLimitChange', { from: money(now.refundLimit, now.currency), to: money(next.refundLimit, next.currency) }),
    now.printsRegisterNumber !== next.printsRegisterNumber && t(next.printsRegisterNumber ? 'staff:store.registerStarts' : 'staff:store.registerStops'),
    codePageFor(from.language) !== codePageFor(to.language) && t('staff:store.codePageChange', { from: codePageFor(from.language), to: codePageFor(to.language) }),
  ].filter(Boolean);
  return (
    <div className="notice" role="alert">
      <p>{t('staff:store.countryWarning', { from: country(from.country), to: country(to.country) })}</p>
      <ul>{changes.map((c) => <li key={c as string}>{c}</li>)}</ul>
    </div>
  );
}

/** The store's details after setup: a manager edits them; everyone else sees them. */
export function StoreDetailsSection() {
  const { t } = useTranslation(['staff', 'ui']);
  const { session, setSession } = useApp();
  const setup = session?.setup;
  const [saved, setSaved] = useState(false);
  const [d, setD] = useState<StoreDetails | null>(() => (setup ? {
    storeName: setup.storeName, address: setup.address, companyId: setup.companyId, vatId: setup.vatId ?? '', phone: setup.phone ?? '',
    country: setup.country, language: setup.language, currency: setup.currency,
  } : null));
  const [confirmed, setConfirmed] = useState(false);
  const command = useCommand<Session>({
    onSaved: (s) => {
      setSession(s);
      setConfirmed(false);
      setSaved(true);
    },
  });
  if (!setup || !d) return null;
  const set = (change: Partial<StoreDetails>) => {
    setSaved(false);
    setD({ ...d, ...change });
  };
  const countryChanged = d.country !== setup.country;
  const text = (name: 'storeName' | 'address' | 'companyId' | 'vatId' | 'phone', label: string, max: number) => (
    <TextField name={`details.${name}`} label={label} maxLength={max} value={d[name] ?? ''} onChange={(v) => set({ [name]: v })} />
  );
  return (
    <CounterForm command={command} className="store-details" title={t('staff:store.title')} submitLabel={t('staff:store.save')}
      readOnly={session?.staff?.role !== 'manager'}
      onSubmit={() => void command.submit(() => desk.saveStoreDetails({ details: d, confirmCountryChange: confirmed }))}>
      <p className="hint">{t('staff:store.intro')}</p>
      {saved && <p className="flash" role="status">{t('staff:store.saved')}</p>}
      <div className="row">
        {text('storeName', t('staff:store.name'), 120)}
        {text('companyId', t('staff:store.companyId'), 40)}
        {text('vatId', t('staff:store.vatId'), 40)}
      </div>
      <div className="row">
        {text('address', t('staff:store.address'), 300)}
        {text('phone', t('staff:store.phone'), 40)}
      </div>
      <div className="row">
        <SelectField name="details.country" label={t('staff:store.country')} value={d.country}
          onChange={(country) => set({ country, currency: policyPacks[country].currency })}
          options={countrySchema.options.map((c) => ({ value: c, label: t(`ui:country.${c}`) }))} />
        <SelectField name="details.currency" label={t('staff:store.currency')} value={d.currency} onChange={(currency) => set({ currency })}
          options={currencySchema.options.map((c) => ({ value: c, label: c }))} />
        <SelectField name="details.language" label={t('staff:store.language')} value={d.language} onChange={(language) => set({ language })}
          options={localeSchema.options.map((l) => ({ value: l, label: languageNames[l] }))} />
      </div>
      {countryChanged && (
        <>
          <CountryWarning from={{ ...d, ...setup }} to={d} />
          <CheckField name="confirmCountryChange" label={t('staff:store.confirmCountry')} checked={confirmed} onChange={setConfirmed} />
        </>
      )}
    </CounterForm>
  );
}
