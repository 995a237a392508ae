import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/api/cases.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { formatDay } from '../format/locale-format.js';
import { useDue } from './due-store.js';

/** The complaints past their statutory deadline or due within 3 days, most urgent first (F9). */
export function DueComplaintsScreen() {
  const { t, i18n } = useTranslation(['reports', 'ui']);
  const go = useApp((s) => s.go);
  const refresh = useDue((s) => s.refresh);
  const [items, setItems] = useState<CaseSummary[] | null>(null);
  useEffect(() => {
    void (async () => {
      const due = await refresh();
      if (!due) return;
      const r = await desk.listCases({ dueBy: due.dueBy, type: 'complaint', limit: 200 });
      if (r.ok) setItems([...r.value.items].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')));
    })();
  }, [refresh]);
  return (
    <section className="due-complaints">
      <h1>{t('reports:due.title')}</h1>
      {items?.length === 0 && <p className="empty">{t('reports:due.none')}</p>}
      {!!items?.length && (
        <table className="cases">
          <thead>
            <tr><th scope="col">{t('ui:list.col.caseNo')}</th><th scope="col">{t('reports:due.dueDate')}</th><th scope="col">{t('ui:list.col.customer')}</th><th scope="col">{t('ui:list.col.subject')}</th></tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} className={c.overdue ? 'overdue' : undefined} data-testid="due-row">
                <td><button type="button" className="link" onClick={() => go({ name: 'case', id: c.id })}>{c.caseNo}</button></td>
                <td>{c.dueDate && formatDay(c.dueDate, i18n.language)}{c.overdue && <span className="badge overdue-badge">{t('reports:due.overdueMark')}</span>}</td>
                <td>{c.customerName ?? c.customerPhone ?? '—'}</td>
                <td>{c.subject}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
