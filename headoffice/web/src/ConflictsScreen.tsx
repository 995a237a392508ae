import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Refund } from '../../../shared/domain/events.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { Money } from '../../../shared/domain/money.js';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import { query } from './api.js';
import { ErrorText } from './ErrorText.js';
import { FilterSelect } from './StoreSelect.js';
import { formatMoney, formatTime } from './format.js';
import { useLoad } from './use-load.js';

type Exchange = NonNullable<CaseState['exchange']>;
type CaseDetail = {
  caseNo: string; deskCode: string; status: string; refund: Refund | null; difference: Exchange['difference'] | null;
  settlement: Exchange['settlement'] | null; settled: { note: string; managerId: string; at: string } | null;
};
type Conflict = {
  sale_id: string; store_code: string; receipt_no: string; lines: { id: string; name: string }[]; over: string[];
  flagged_at: string; cleared_at: string | null; state: 'open' | 'settled' | 'cleared'; cases: CaseDetail[];
};
type Answer = { conflicts: Conflict[]; stores: string[]; limit: number };
const states = ['open', 'settled', 'cleared'];

/** A case of the conflict: its desk, what it refunded (or an exchange gave back) and how, and the manager's settlement. */
function CaseLine({ c, locale }: { c: CaseDetail; locale: Locale }) {
  const { t } = useTranslation();
  const money = (m: Money) => formatMoney(m, locale);
  const parts = c.refund?.parts?.map((p) => `${t(`terms:refundMethod.${p.method}`)} ${money(p.amount)}`).join(', ');
  const refund = c.refund ? `, ${t('conflicts.refunded', { amount: money(c.refund.amount) })}${parts ? ` (${parts})` : ''}`
    : c.difference && c.settlement && c.difference.amount < 0
      ? `, ${t('conflicts.gaveBack', { amount: money({ ...c.difference, amount: -c.difference.amount }), method: t(`terms:refundMethod.${c.settlement}`) })}` : '';
  return (
    <li>
      {c.caseNo}, {t('conflicts.desk', { desk: c.deskCode })}, {t(`terms:status.${c.status}`)}{refund}
      {c.settled && <><br />{t('conflicts.settled', { time: formatTime(hlcWallMs(c.settled.at), locale), manager: c.settled.managerId, note: c.settled.note })}</>}
    </li>
  );
}

/** Over-refunds head office flagged in the user's stores: what is over, the cases and their settlements. */
export function ConflictsScreen({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [store, setStore] = useState('');
  const [state, setState] = useState('');
  const { data, error } = useLoad<Answer>(`/api/conflicts${query({ store, state })}`);
  const overText = (over: string, lines: Conflict['lines']) => {
    const line = lines.find((l) => l.id === over);
    return line ? t('conflicts.line', { id: line.id, name: line.name }) : over.startsWith('payment.') ? t(`terms:refundMethod.${over.slice(8)}`, { defaultValue: over }) : over;
  };

  return (
    <section aria-labelledby="conflicts-heading">
      <h1 id="conflicts-heading">{t('conflicts.heading')}</h1>
      <p>{t('conflicts.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect name={t('filter.store')} values={data?.stores ?? []} value={store} onChange={setStore} />
        <FilterSelect name={t('conflicts.state')} values={states} value={state} onChange={setState} label={(v) => t(`conflicts.states.${v}`)} />
      </form>
      <ErrorText error={error} />
      {data && (
        <>
          <p role="status">{t('conflicts.count', { count: data.conflicts.length })}</p>
          <table>
            <thead>
              <tr>{(['state', 'flagged', 'store', 'receipt', 'sale', 'over', 'cases'] as const).map((c) => <th key={c} scope="col">{t(`conflicts.columns.${c}`)}</th>)}</tr>
            </thead>
            <tbody>
              {data.conflicts.map((r) => (
                <tr key={r.sale_id} className={r.state}>
                  <td>{t(`conflicts.states.${r.state}`)}{r.cleared_at ? ` ${t('conflicts.since', { time: formatTime(r.cleared_at, locale) })}` : ''}</td>
                  <td>{formatTime(r.flagged_at, locale)}</td>
                  <td>{r.store_code}</td>
                  <td>{r.receipt_no}</td>
                  <td>{r.sale_id}</td>
                  <td>{r.over.map((o) => <div key={o}>{overText(o, r.lines)}</div>)}</td>
                  <td><ul>{r.cases.map((c) => <CaseLine key={c.caseNo} c={c} locale={locale} />)}</ul></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
