import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import { query } from './api.js';
import { ErrorText } from './ErrorText.js';
import { FilterSelect } from './StoreSelect.js';
import { formatDay } from './format.js';
import { useLoad } from './use-load.js';

type CaseRow = { store_code: string; case_no: string; type: string; kind: string | null; status: string; due_date: string | null; opened_at: string; customer: string | null; subject: string | null };
type Answer = { cases: CaseRow[]; stores: string[]; today: string; limit: number };

const kinds = ['complaint', 'return', 'exchange'];
const statuses = ['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided'];
const open = (status: string) => status === 'received' || status === 'in_progress';

/** Cases across the user's stores, newest first, filtered by store, type, status and overdue. */
export function CasesScreen({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [store, setStore] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const { data, error } = useLoad<Answer>(`/api/cases${query({ store, kind, status, overdue: overdue ? '1' : undefined })}`);

  return (
    <section aria-labelledby="cases-heading">
      <h1 id="cases-heading">{t('cases.heading')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect name={t('filter.store')} values={data?.stores ?? []} value={store} onChange={setStore} />
        <FilterSelect name={t('cases.kind')} values={kinds} value={kind} onChange={setKind} label={(v) => t(`terms:caseType.${v}`)} />
        <FilterSelect name={t('cases.status')} values={statuses} value={status} onChange={setStatus} label={(v) => t(`terms:status.${v}`)} />
        <label><input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} /> {t('cases.overdueOnly')}</label>
      </form>
      <ErrorText error={error} />
      {data && (
        <>
          <p role="status">{data.cases.length === data.limit ? t('cases.countMore', { count: data.limit }) : t('cases.count', { count: data.cases.length })}</p>
          <table>
            <thead>
              <tr>{(['caseNo', 'store', 'kind', 'status', 'opened', 'due', 'customer', 'subject'] as const).map((c) => <th key={c} scope="col">{t(`cases.columns.${c}`)}</th>)}</tr>
            </thead>
            <tbody>
              {data.cases.map((c) => {
                const late = open(c.status) && c.due_date !== null && c.due_date < data.today;
                return (
                  <tr key={`${c.store_code}/${c.case_no}`} className={late ? 'overdue' : undefined}>
                    <td>{c.case_no}</td>
                    <td>{c.store_code}</td>
                    <td>{t(`terms:caseType.${c.type}`)}{c.kind ? ` (${t(`terms:kind.${c.kind}`)})` : ''}</td>
                    <td>{t(`terms:status.${c.status}`)}</td>
                    <td>{formatDay(c.opened_at, locale)}</td>
                    <td>{c.due_date ? formatDay(c.due_date, locale) : ''}{late ? ` · ${t('cases.overdue')}` : ''}</td>
                    <td>{c.customer ?? ''}</td>
                    <td>{(c.subject ?? '').slice(0, 80)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
