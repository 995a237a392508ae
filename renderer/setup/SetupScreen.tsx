import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { countrySchema, localeSchema, type Country, type Locale } from '../../shared/domain/jurisdiction.js';
import { currencySchema, type Currency } from '../../shared/domain/money.js';
import { policyPacks } from '../../shared/domain/policy.js';
import type { Session } from '../../shared/api/cases.js';
import { desk } from '../desk.js';
import { applyDeskLanguage, uiI18n } from '../i18n.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import type { FieldErrors } from '../forms/field-errors.js';
import { useDraft } from '../state/drafts.js';
import { languageNames } from './language-names.js';

const countryOfLocale: Record<Locale, Country> = { cs: 'CZ', bg: 'BG', uk: 'UA', ru: 'RU', en: 'CZ' };

/** First run: the store, the desk, its country pack and language, and the first manager. */
export function SetupScreen({ onDone }: { onDone(s: Session): void }) {
  const { t } = useTranslation(['ui', 'terms']);
  const [d, set] = useDraft('setup', () => {
    const language = localeSchema.catch('en').parse(uiI18n.language);
    const country = countryOfLocale[language];
    return {
      storeCode: '', storeName: '', companyId: '', address: '', deskCode: 'A', country, language,
      currency: policyPacks[country].currency as Currency, managerName: '', pin: '', pinRepeat: '',
    };
  });
  // The language is switchable here and the whole screen follows it at once.
  useEffect(() => applyDeskLanguage(d.language), [d.language]);
  const hints: Record<string, string> = {
    'setup.storeCode': t('setup.storeCodeHint'), 'setup.deskCode': t('setup.deskCodeHint'), 'manager.pin': t('setup.pinHint'),
  };
  const command = useCommand<Session>({ onSaved: onDone, hintFor: (p) => hints[p] });
  const save = () => {
    const local: FieldErrors = d.pin !== d.pinRepeat ? { 'manager.pinRepeat': t('setup.pinMismatch') } : {};
    const { managerName, pin, pinRepeat: _, ...setup } = d;
    void command.submit(() => desk.completeSetup({ setup, manager: { name: managerName, pin } }), local);
  };
  return (
    <main className="centered-page">
      <CounterForm command={command} onSubmit={save} title={t('setup.title')} submitLabel={t('setup.submit')} className="setup-form">
        <p className="intro">{t('setup.intro')}</p>
        <fieldset>
          <legend>{t('setup.rules')}</legend>
          <div className="row">
            <SelectField name="setup.language" label={t('setup.language')} value={d.language} onChange={(language) => set({ language })}
              options={localeSchema.options.map((l) => ({ value: l, label: languageNames[l] }))} />
            <SelectField name="setup.country" label={t('setup.country')} value={d.country}
              onChange={(country) => set({ country, currency: policyPacks[country].currency })}
              options={countrySchema.options.map((c) => ({ value: c, label: t(`country.${c}`) }))} />
            <SelectField name="setup.currency" label={t('setup.currency')} value={d.currency} onChange={(currency) => set({ currency })}
              options={currencySchema.options.map((c) => ({ value: c, label: c }))} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('setup.store')}</legend>
          <div className="row">
            <TextField name="setup.storeCode" label={t('setup.storeCode')} hint={t('setup.storeCodeHint')} value={d.storeCode} autoFocus maxLength={8}
              onChange={(v) => set({ storeCode: v.toUpperCase() })} />
            <TextField name="setup.deskCode" label={t('setup.deskCode')} hint={t('setup.deskCodeHint')} value={d.deskCode} maxLength={3}
              onChange={(v) => set({ deskCode: v.toUpperCase() })} />
            <TextField name="setup.companyId" label={t('setup.companyId')} value={d.companyId} maxLength={40} onChange={(companyId) => set({ companyId })} />
          </div>
          <TextField name="setup.storeName" label={t('setup.storeName')} value={d.storeName} maxLength={120} onChange={(storeName) => set({ storeName })} />
          <TextField name="setup.address" label={t('setup.address')} value={d.address} maxLength={300} onChange={(address) => set({ address })} />
        </fieldset>
        <fieldset>
          <legend>{t('setup.manager')}</legend>
          <div className="row">
            <TextField name="manager.name" label={t('setup.managerName')} value={d.managerName} maxLength={80} onChange={(managerName) => set({ managerName })} />
            <TextField name="manager.pin" label={t('setup.pin')} hint={t('setup.pinHint')} type="password" inputMode="numeric" maxLength={8} value={d.pin}
              onChange={(v) => set({ pin: v.replace(/\D/g, '') })} />
            <TextField name="manager.pinRepeat" label={t('setup.pinRepeat')} type="password" inputMode="numeric" maxLength={8} value={d.pinRepeat}
              onChange={(v) => set({ pinRepeat: v.replace(/\D/g, '') })} />
          </div>
        </fieldset>
      </CounterForm>
    </main>
  );
}
