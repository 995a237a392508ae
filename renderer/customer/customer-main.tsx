import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../shared/i18n/index.js';
import { localeSchema } from '../../shared/domain/jurisdiction.js';
import { createCustomerClient } from './customer-client.js';
import { CustomerScreen } from './CustomerScreen.js';
import './customer.css';

// The screen's own translator: it follows the open question's language, not the counter's.
const i18n = createI18n('en');
const api = createCustomerClient(() => i18n.t('customer:failed'));

function CustomerApp() {
  const onLanguage = useCallback((lang: string) => {
    const locale = localeSchema.safeParse(lang);
    if (!locale.success) return;
    if (i18n.language !== locale.data) void i18n.changeLanguage(locale.data);
    document.documentElement.lang = locale.data;
    document.title = i18n.t('customer:screenTitle');
  }, []);
  return <CustomerScreen api={api} onLanguage={onLanguage} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <CustomerApp />
    </I18nextProvider>
  </StrictMode>,
);
