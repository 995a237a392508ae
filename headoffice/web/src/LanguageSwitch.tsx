import { useTranslation } from 'react-i18next';
import { localeSchema, type Locale } from '../../../shared/domain/jurisdiction.js';
import { localeNames } from './i18n.js';

export function LanguageSwitch({ locale, onLocale }: { locale: Locale; onLocale: (l: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <label className="language">
      {t('app.language')}{' '}
      <select value={locale} onChange={(e) => onLocale(localeSchema.parse(e.target.value))}>
        {localeSchema.options.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
      </select>
    </label>
  );
}
