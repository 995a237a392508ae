import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/domain/money.js';
import { keyLabel, type KeyKind } from '../../../../shared/headoffice/dashboards.js';
import { dashboardNamespace } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import { api, type ApiError } from '../api.js';
import type { ScreenProps } from '../extensions.js';
import { ErrorText } from '../ErrorText.js';
import { formatDay, formatMoney } from '../format.js';
import { dashboardsAddress, filterFrom } from './address.js';
import { useReasonNames } from './reason-names.js';

type FigureRow = { day: string; caseId: string; caseNo: string; storeCode: string; type: string; status: string; n: number; amount: number; currency: string };
type OpenRow = { dueDate: string | null; caseId: string; caseNo: string; storeCode: string; status: string; openedAt: string };
type Page<T> = { rows: T[]; next: string | null };

/** What a figure's key names, to word it in the list's heading. */
const keyKinds: Record<string, KeyKind> = {
  'complaints.opened': 'kind', 'complaints.resolved': 'resolved', 'returns.cases': 'caseType', 'returns.reason': 'reason',
  'returns.product': 'product', 'refunds.method': 'refundMethod', 'refunds.staff': 'staff', voids: 'staff', csat: 'staff',
};

/**
 * Where the list comes from: the open (or overdue) complaints now; the cases behind one key of a
 * figure (`/api/dashboards/cases`); or behind a whole figure, a category, a store or a week.
 */
function source(p: URLSearchParams) {
  const keep = (names: string[]) => new URLSearchParams([...p].filter(([name]) => names.includes(name)));
  if (p.has('open')) {
    const q = keep(['region', 'store']);
    q.set('overdue', p.get('open') === 'overdue' ? '1' : '0');
    return { kind: 'open' as const, path: `/api/dashboards/open-complaints?${q}` };
  }
  const byKey = p.has('key') && !p.has('category');
  const q = keep(['figure', 'from', 'to', 'region', 'store', byKey ? 'key' : 'category']);
  return { kind: 'figure' as const, path: `/api/dashboards/${byKey ? 'cases' : 'cases-behind'}?${q}` };
}

/** The cases behind a figure or table row, newest first (open complaints: oldest deadline first), 50 at a time; each opens its history. */
export function CasesList({ locale, go }: ScreenProps) {
  const { t } = useTranslation([dashboardNamespace, 'terms']);
  const params = new URLSearchParams(location.search);
  const filter = filterFrom(location.search);
  const { kind, path } = source(params);
  const [rows, setRows] = useState<(FigureRow | OpenRow)[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reasonNames = useReasonNames().data?.names ?? {};

  const load = async (after: string | null) => {
    const r = await api<Page<FigureRow | OpenRow>>('GET', `${path}${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    if (!r.ok) return setError(r.error);
    setRows((held) => [...(after ? held ?? [] : []), ...r.value.rows]);
    setNext(r.value.next);
  };
  useEffect(() => {
    void load(null);
  // Loaded once: the screen is made afresh for every address.
  }, []);

  const figure = params.get('figure') ?? '';
  const heading = kind === 'open' ? t(params.get('open') === 'overdue' ? 'drill.overdueHeading' : 'drill.openHeading') : t('drill.heading');
  const what = [params.get('store'), params.get('region')].filter(Boolean).join(', ');
  const detail = kind === 'open' ? what : t('drill.filter', {
    figure: t(`drill.figures.${figure.replace('.', '_')}`),
    what: [params.has('key') ? keyLabel(locale, keyKinds[figure] ?? 'product', params.get('key')!, reasonNames) : params.has('category') ? keyLabel(locale, 'category', params.get('category')!, reasonNames) : '', what].filter(Boolean).join(', ') || t('drill.all'),
    from: formatDay(filter.from, locale), to: formatDay(filter.to, locale),
  });
  const history = (caseId: string) => `/dashboards/cases/${caseId}`;
  const caseLink = (r: { caseId: string; caseNo: string }) => (
    <a href={history(r.caseId)} onClick={(e) => { e.preventDefault(); go(history(r.caseId)); }}>{r.caseNo}</a>
  );
  const col = (name: string) => t(`drill.columns.${name}`);

  return (
    <section aria-labelledby="drill-heading" className="dashboards">
      <p><a href={dashboardsAddress(filter)} onClick={(e) => { e.preventDefault(); go(dashboardsAddress(filter)); }}>{t('drill.back')}</a></p>
      <h1 id="drill-heading">{heading}</h1>
      <p className="dash-note">{detail}</p>
      <ErrorText error={error} />
      {rows && (
        <>
          <p role="status">{next ? t('drill.countMore', { count: rows.length }) : t('drill.count', { count: rows.length })}</p>
          <table className="dash-table">
            <thead>
              <tr>{(kind === 'open' ? ['caseNo', 'store', 'status', 'opened', 'due'] : ['caseNo', 'day', 'store', 'type', 'status', 'n', 'amount']).map((c) => <th key={c} scope="col">{col(c)}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r) => ('dueDate' in r ? (
                <tr key={r.caseId}>
                  <th scope="row">{caseLink(r)}</th><td>{r.storeCode}</td><td>{t(`terms:status.${r.status}`)}</td>
                  <td>{formatDay(r.openedAt, locale)}</td><td>{r.dueDate ? formatDay(r.dueDate, locale) : ''}</td>
                </tr>
              ) : (
                <tr key={`${r.caseId}/${r.currency}`}>
                  <th scope="row">{caseLink(r)}</th><td>{formatDay(r.day, locale)}</td><td>{r.storeCode}</td>
                  <td>{t(`terms:caseType.${r.type}`)}</td><td>{t(`terms:status.${r.status}`)}</td>
                  <td className="num">{new Intl.NumberFormat(locale).format(r.n)}</td>
                  <td className="num">{r.currency ? formatMoney({ amount: r.amount, currency: r.currency as Currency }, locale) : ''}</td>
                </tr>
              )))}
            </tbody>
          </table>
          {next && <button type="button" onClick={() => void load(next)}>{t('drill.more')}</button>}
        </>
      )}
    </section>
  );
}
