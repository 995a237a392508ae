import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/api/cases.js';
import type { CaseStatus, CaseType } from '../../shared/domain/case-state.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { useDraft } from '../state/drafts.js';
import { formatDay, formatEventTime } from '../format/locale-format.js';
import { SelectField, TextField } from '../forms/fields.js';
// Lists are seen by whoever stands by the screen: contact is masked here and shown in full on the case.
import { maskName, maskPhone } from '../../shared/privacy/mask.js';

const types: CaseType[] = ['complaint', 'return', 'exchange'];
const statuses: CaseStatus[] = ['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided'];
const PAGE = 50;
// The API answers at most 200 at once; past that, the search has to get narrower.
const MAX_LIMIT = 200;

/** The list's search, kept as a draft; `search` starts a new query from the first page (also for a scanned product code). */
export function useCaseSearch() {
  const [f, set] = useDraft('caseSearch', () => ({ query: '', type: '' as CaseType | '', status: '' as CaseStatus | '', overdueOnly: false, limit: PAGE }));
  return [f, set, (query: string) => set({ query, limit: PAGE })] as const;
}

/** Find a case the way the customer remembers it: a bit of the phone, the receipt, the name or the number. */
export function CaseList() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const go = useApp((s) => s.go);
  const [f, set, search] = useCaseSearch();
  const [found, setFound] = useState<{ items: CaseSummary[]; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // A short pause while typing, so every keystroke does not cost a query.
    const timer = setTimeout(async () => {
      const res = await desk.listCases({
        query: f.query.trim() || undefined, type: f.type || undefined, status: f.status || undefined, overdueOnly: f.overdueOnly || undefined, limit: f.limit,
      });
      if (!current) return;
      if (res.ok) {
        setFound(res.value);
        setProblem(null);
      } else setProblem(res.error.message);
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [f.query, f.type, f.status, f.overdueOnly, f.limit]);

  const first = found?.items[0];
  return (
    <section className="case-list">
      <h1>{t('list.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => {
        e.preventDefault();
        if (first) go({ name: 'case', id: first.id });
      }}>
        <TextField name="query" label={t('list.search')} className="grow" type="search" autoFocus maxLength={100} placeholder={t('list.searchHint')}
          value={f.query} onChange={search} />
        <SelectField name="type" label={t('list.type')} value={f.type} onChange={(type) => set({ type, limit: PAGE })}
          options={[{ value: '' as const, label: t('list.any') }, ...types.map((ty) => ({ value: ty, label: t(`terms:caseType.${ty}`) }))]} />
        <SelectField name="status" label={t('list.status')} value={f.status} onChange={(status) => set({ status, limit: PAGE })}
          options={[{ value: '' as const, label: t('list.any') }, ...statuses.map((st) => ({ value: st, label: t(`terms:status.${st}`) }))]} />
        <label className="toggle">
          <input type="checkbox" checked={f.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked, limit: PAGE })} />
          {t('list.overdueOnly')}
        </label>
      </form>
      {problem && <div className="form-summary" role="alert">{problem}</div>}
      {found && <p className="found" aria-live="polite">{t('list.found', { count: found.total })}</p>}
      {found && found.items.length === 0 && (
        <p className="empty">{f.query || f.type || f.status || f.overdueOnly ? t('list.empty') : t('list.none')}</p>
      )}
      {found && found.items.length > 0 && (
        <table className="cases">
          <thead>
            <tr>
              <th>{t('list.col.caseNo')}</th><th>{t('list.col.status')}</th>
              <th>{t('list.col.subject')}</th><th>{t('list.col.customer')}</th><th className="col-updated">{t('list.col.updated')}</th><th>{t('list.col.due')}</th>
            </tr>
          </thead>
          <tbody>
            {found.items.map((c) => (
              <tr key={c.id} className={c.overdue ? 'overdue' : undefined} data-testid="case-row" onClick={() => go({ name: 'case', id: c.id })}>
                <td>
                  <button type="button" className="link case-no" onClick={(e) => { e.stopPropagation(); go({ name: 'case', id: c.id }); }}>{c.caseNo}</button>
                  <br /><span className="case-type">{t(`terms:caseType.${c.type}`)}</span>
                </td>
                <td>
                  <span className={`badge status-${c.status}`}>{t(`terms:status.${c.status}`)}</span>
                  {c.conflict && <span className="badge conflict-badge" data-testid="conflict-badge">{t('list.conflict')}</span>}
                </td>
                <td className="subject">{c.subject}</td>
                <td>{c.customerName && maskName(c.customerName)}{c.customerName && c.customerPhone ? <br /> : null}<span className="phone">{c.customerPhone && maskPhone(c.customerPhone)}</span></td>
                <td className="nowrap col-updated">{formatEventTime(c.updatedAt, i18n.language, 'short')}</td>
                <td className="nowrap">
                  {c.dueDate && formatDay(c.dueDate, i18n.language, 'short')}
                  {c.overdue && <span className="badge overdue-badge">{t('list.overdue')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {found && found.items.length < found.total && f.limit < MAX_LIMIT && (
        <button type="button" className="more" onClick={() => set({ limit: Math.min(f.limit + PAGE, MAX_LIMIT) })}>{t('list.more')}</button>
      )}
    </section>
  );
}
