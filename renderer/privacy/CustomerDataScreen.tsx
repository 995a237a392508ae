import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerData } from '../../shared/api/privacy.js';
import { desk } from '../desk.js';
import { formatDay } from '../format/locale-format.js';
import { hlcWallMs } from '../../shared/domain/hlc.js';
import type { CaseState } from '../../shared/domain/case-state.js';

/** What the case is about, for the printed summary. */
const about = (c: CaseState) => c.complaint?.description ?? (c.return?.lines ?? c.exchange?.returned ?? []).map((l) => l.item).join(', ');

/** The export as a file the manager hands to the customer (the renderer writes no files itself: a Blob and <a download>). */
function downloadJson(data: CustomerData) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `customer-data-${data.exportedAt.slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A customer's request about their data: a manager finds every case with their phone, e-mail or
 * name, exports it (JSON, or a printed summary) or erases the contact from those cases.
 */
export function CustomerDataScreen() {
  const { t, i18n } = useTranslation(['privacy', 'ui', 'terms']);
  const [query, setQuery] = useState('');
  const [pin, setPin] = useState('');
  const [data, setData] = useState<CustomerData | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const lang = i18n.language;

  const find = async (e: FormEvent) => {
    e.preventDefault();
    const r = await desk.findCustomerData({ query, approvalPin: pin });
    setData(r.ok ? r.value : null);
    setMessage(r.ok ? null : { text: r.error.message, problem: true });
  };
  const erase = async () => {
    if (!data?.cases.length || !window.confirm(t('eraseConfirm', { count: data.cases.length }))) return;
    const r = await desk.eraseCustomerData({ caseIds: data.cases.map((c) => c.case.id), approvalPin: pin });
    if (!r.ok) return setMessage({ text: r.error.message, problem: true });
    setMessage({ text: t('erasedCount', { count: r.value.erased }), problem: false });
    setData(null);
  };

  return (
    <section className="privacy-screen">
      <h1>{t('title')}</h1>
      <p className="privacy-intro">{t('intro')}</p>
      <form className="privacy-form" onSubmit={(e) => void find(e)}>
        <label>{t('query')} <input value={query} maxLength={200} onChange={(e) => setQuery(e.target.value)} autoComplete="off" /></label>
        <label>{t('pin')} <input type="password" inputMode="numeric" value={pin} maxLength={8} onChange={(e) => setPin(e.target.value)} autoComplete="off" /></label>
        <button type="submit" className="primary">{t('find')}</button>
      </form>
      {message && <p role={message.problem ? 'alert' : 'status'} className={message.problem ? 'form-summary' : 'privacy-done'}>{message.text}</p>}
      {data && (
        <div className="privacy-summary">
          <h2>{t('summaryTitle', { query: data.query })}</h2>
          <p>{t('summaryMade', { date: new Date(data.exportedAt).toLocaleString(lang) })} · {t('found', { count: data.cases.length })}</p>
          {data.cases.length === 0 ? <p>{t('none')}</p> : (
            <table>
              <thead>
                <tr><th>{t('col.caseNo')}</th><th>{t('col.type')}</th><th>{t('col.opened')}</th><th>{t('col.status')}</th><th>{t('col.contact')}</th><th>{t('col.subject')}</th></tr>
              </thead>
              <tbody>
                {data.cases.map(({ case: c }) => (
                  <tr key={c.id}>
                    <td>{c.caseNo}</td>
                    <td>{t(`terms:caseType.${c.type}`)}</td>
                    <td>{formatDay(new Date(hlcWallMs(c.openedAt)).toISOString().slice(0, 10), lang)}</td>
                    <td>{t(`terms:status.${c.status}`)}</td>
                    <td>{[c.customer?.name, c.customer?.phone, c.customer?.email].filter(Boolean).join(' · ')}</td>
                    <td>{[about(c), c.feedback?.comment].filter(Boolean).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="privacy-actions">
            <button type="button" onClick={() => downloadJson(data)}>{t('exportJson')}</button>
            <button type="button" onClick={() => window.print()}>{t('print')}</button>
            {data.cases.length > 0 && <button type="button" className="danger" onClick={() => void erase()}>{t('erase')}</button>}
          </div>
        </div>
      )}
    </section>
  );
}
