import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import { dashboardNamespace } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import { moneyColumns, percentColumns, type Column, type DashboardReasons, type DashboardTable, type TableId } from '../../../../shared/headoffice/dashboards.js';
import { drillAddress, filterParams, type PageFilter } from './address.js';
import { formatCell, rowLabel } from './cells.js';
import { Chart } from './Chart.js';
import { DownloadLink } from '../DownloadLink.js';

/** What each table's chart draws: which columns, as bars or over time as lines. */
const charts: Record<TableId, { type: 'bar' | 'line'; columns: Column[] }> = {
  complaints: { type: 'bar', columns: ['open', 'overdue'] },
  resolved: { type: 'bar', columns: ['count'] },
  opened: { type: 'bar', columns: ['count'] },
  returns: { type: 'bar', columns: ['cases'] },
  reasons: { type: 'bar', columns: ['units'] },
  products: { type: 'bar', columns: ['units'] },
  categories: { type: 'bar', columns: ['units'] },
  methods: { type: 'bar', columns: ['value'] },
  staff: { type: 'bar', columns: ['value'] },
  voids: { type: 'bar', columns: ['voids'] },
  returnRate: { type: 'bar', columns: ['rate'] },
  csatStores: { type: 'bar', columns: ['average'] },
  csatStaff: { type: 'bar', columns: ['average'] },
  csatWeeks: { type: 'line', columns: ['average'] },
  trend: { type: 'line', columns: ['returns', 'complaints'] },
  refundsTrend: { type: 'line', columns: ['value'] },
};
/** A chart of many bars is read in the table: it draws the first ones (the largest where the list is sorted so). */
const chartedRows = 25;

type Props = { table: DashboardTable; reasonNames: DashboardReasons['names']; filter: PageFilter; locale: Locale; go(address: string): void };

/** One table of the dashboards: its chart, the same numbers as a table (each leading to the cases behind it), its CSV. */
export function TableSection({ table, reasonNames, filter, locale, go }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const title = t(`tables.${table.id}`);
  const headingId = `dash-${table.id}`;
  const hasMoney = table.columns.some((c) => moneyColumns.includes(c));
  const currencies = new Set(table.rows.map((r) => r.currency));
  const label = (r: DashboardTable['rows'][number]) => `${rowLabel(table, r, locale, reasonNames)}${hasMoney && currencies.size > 1 ? ` (${r.currency})` : ''}`;
  const chart = useMemo(() => {
    const shown = table.rows.slice(0, chartedRows);
    const { type, columns } = charts[table.id];
    return {
      type,
      whole: columns.every((c) => !moneyColumns.includes(c) && !percentColumns.includes(c) && c !== 'average'),
      labels: shown.map(label),
      series: columns.map((c) => {
        const i = table.columns.indexOf(c);
        return { label: t(`columns.${c}`), data: shown.map((r) => (r.cells[i] === null ? null : moneyColumns.includes(c) ? r.cells[i]! / 100 : r.cells[i]!)) };
      }),
    };
  }, [table, reasonNames, locale, t]);
  const csv = `/api/dashboards/table.csv?${filterParams(filter)}&table=${table.id}&locale=${locale}`;
  const open = (address: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    go(address);
  };

  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <div className="dash-section-head">
        <h2 id={headingId}>{title}</h2>
        <DownloadLink className="button" href={csv}>{t('download')}<span className="visually-hidden"> ({title})</span></DownloadLink>
      </div>
      {table.rows.length === 0 ? <p className="dash-empty">{t('nothing')}</p> : (
        <>
          <Chart title={t('chartOf', { title })} type={chart.type} whole={chart.whole} labels={chart.labels} series={chart.series} locale={locale} />
          <table className="dash-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t(`keys.${table.keyKind}`)}</th>
                {table.columns.map((c) => <th key={c} scope="col" className="num">{t(`columns.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => {
                const first = r.drills.find((d) => d !== null);
                return (
                  <tr key={`${r.key}\u0000${r.currency}`}>
                    <th scope="row">{first ? <a href={drillAddress(filter, first)} onClick={open(drillAddress(filter, first))}>{label(r)}</a> : label(r)}</th>
                    {r.cells.map((cell, i) => {
                      const text = formatCell(table.columns[i]!, cell, r.currency, locale);
                      const drill = r.drills[i];
                      return <td key={i} className="num">{drill ? <a href={drillAddress(filter, drill)} onClick={open(drillAddress(filter, drill))}>{text}</a> : text}</td>;
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {table.cut > 0 && <p className="dash-note">{t('cut', { count: table.cut })}</p>}
        </>
      )}
    </section>
  );
}
