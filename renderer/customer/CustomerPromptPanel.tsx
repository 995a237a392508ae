import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../shared/api/cases.js';
import { localeSchema, type Locale } from '../../shared/domain/jurisdiction.js';
import { desk } from '../desk.js';
import { languageNames } from '../setup/language-names.js';

/**
 * On the case: put "Was your problem solved?" on the customer's screen in the language the
 * customer speaks (the desk asks by itself, in the desk's language, when a visit ends).
 */
export function CustomerPromptPanel({ detail }: { detail: CaseDetail; refresh(): void }) {
  const { t, i18n } = useTranslation('customer');
  const [language, setLanguage] = useState<Locale>(localeSchema.catch('en').parse(i18n.language));
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);
  const selectId = useId();
  const c = detail.case;
  if (c.status === 'voided' || c.feedback) return null;

  const act = async (call: () => ReturnType<typeof desk.cancelCustomerPrompt>, done: string) => {
    const r = await call();
    setStatus(r.ok ? { text: done, problem: false } : { text: r.error.message, problem: true });
  };
  return (
    <section className="customer-prompt-panel" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{t('panel.title')}</h2>
      <label htmlFor={selectId}>{t('panel.language')}</label>{' '}
      <select id={selectId} value={language} onChange={(e) => setLanguage(localeSchema.parse(e.target.value))}>
        {localeSchema.options.map((l) => <option key={l} value={l}>{languageNames[l]}</option>)}
      </select>{' '}
      <button type="button" className="primary" onClick={() => void act(() => desk.askCustomer({ caseId: c.id, language }), t('panel.asked'))}>{t('panel.ask')}</button>{' '}
      <button type="button" onClick={() => void act(() => desk.cancelCustomerPrompt({}), '')}>{t('panel.cancel')}</button>
      {status?.text && <p role={status.problem ? 'alert' : 'status'} className={status.problem ? 'form-summary' : undefined}>{status.text}</p>}
    </section>
  );
}
