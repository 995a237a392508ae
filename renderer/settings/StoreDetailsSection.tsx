import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/api/cases.js';
import type { StoreDetails } from '../../shared/api/staff.js';
import { countrySchema, localeSchema } from '../../shared/domain/jurisdiction.js';
import { currencySchema } from '../../shared/domain/money.js';
import { policyPacks } from '../../shared/domain/policy.js';
import { codePageFor } from '../../shared/printing/code-pages.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { CounterForm } from '../forms/CounterForm.js';
import { CheckField, SelectField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { languageNames } from '../setup/language-names.js';

/** What a change of country (and of the desk language) brings, for the manager to confirm before saving. */
function CountryWarning({ from, to }: { from: StoreDetails; to: StoreDetails }) {
  const { t } = useTranslation(['staff', 'ui']);
  const country = (c: StoreDetails['country']) => t(`ui:country.${c}`);
  const changes = [
    from.currency !== to.currency && t('staff:store.currencyChange', { from: from.currency, to: to.currency }),
    t('staff:store.lawChange', { from: country(from.country), to: country(to.country) }),
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
