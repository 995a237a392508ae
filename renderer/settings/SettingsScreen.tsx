import { useTranslation } from 'react-i18next';
import type { Period } from '../../shared/law/period.js';
import { useApp } from '../state/app-store.js';
import { shellExtensions } from '../shell/extensions.js';
import { formatMoney } from '../format/locale-format.js';
import { languageNames } from '../setup/language-names.js';

/** This desk as set up, the country rules it applies, and the settings of other areas (printer, sync). */
export function SettingsScreen() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const session = useApp((s) => s.session);
  const setup = session?.setup;
  const policy = session?.policy;
  if (!setup || !policy) return null;
  const period = (p: Period) => ('days' in p ? t('ui:settings.days', { n: p.days }) : t('ui:settings.months', { n: p.months }));
  const rows: Array<[string, string]> = [
    [t('ui:setup.storeName'), `${setup.storeName} (${setup.storeCode})`],
    [t('ui:setup.companyId'), setup.companyId],
    [t('ui:setup.address'), setup.address],
    [t('ui:setup.deskCode'), setup.deskCode],
    [t('ui:setup.country'), t(`ui:country.${setup.country}`)],
    [t('ui:setup.language'), languageNames[setup.language]],
    [t('ui:setup.currency'), setup.currency],
    [t('ui:settings.device'), session.deviceId],
  ];
  const rules: Array<[string, string]> = [
    [t('ui:settings.claimPeriod'), `${period(policy.claimPeriod)} (${policy.citations.claim})`],
    [t('ui:settings.guarantee'), `${t('ui:settings.months', { n: policy.guaranteeMonths })} (${policy.citations.guarantee})`],
    [t('ui:settings.returnWindow'), `${t('ui:settings.days', { n: policy.returnWindowDays })} (${policy.citations.returns})`],
    [t('ui:settings.proofs'), policy.acceptedProofs.map((p) => t(`terms:proof.${p}`)).join(', ')],
    [t('ui:settings.refundLimit'), formatMoney({ amount: policy.refundLimit, currency: policy.currency }, i18n.language)],
  ];
  const table = (title: string, list: Array<[string, string]>) => (
    <section className="settings-section">
      <h2>{title}</h2>
      <dl className="facts">{list.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
    </section>
  );
  return (
    <section className="settings">
      <h1>{t('ui:settings.title')}</h1>
      {table(t('ui:settings.desk'), rows)}
      {table(t('ui:settings.policy'), rules)}
      {shellExtensions.settingsSections.map(({ id, Section }) => <section key={id} className="settings-section"><Section /></section>)}
    </section>
  );
}
