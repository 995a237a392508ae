import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskReport } from '../../shared/api/reports.js';
import { formatDay, formatMoney } from '../format/locale-format.js';
import { BarChart } from './BarChart.js';

type Rows = Array<[string, ...Array<string | number>]>;

function Table({ title, head, rows, empty }: { title: string; head: string[]; rows: Rows; empty?: string }) {
  return (
    <section className="report-section">
      <h2>{title}</h2>
      {rows.length === 0 && empty ? <p className="hint">{empty}</p> : (
        <table className="cases report-table">
          <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr>)}</tbody>
        </table>
      )}
    </section>
  );
}

/** One report: its tables, and the two charts (per day; refunds by method). */
export function ReportView({ report: r }: { report: DeskReport }) {
  const { t, i18n } = useTranslation(['reports', 'terms']);
  const lang = i18n.language;
  const money = (amount: number) => formatMoney({ amount, currency: r.currency }, lang);
  const col = (k: string) => t(`reports:column.${k}`);
  const days = useMemo(() => ({
    labels: r.days.map((d) => formatDay(d.day, lang, 'short')),
    cases: [{ label: t('reports:chart.cases'), data: r.days.map((d) => d.cases) }],
    refunds: [{ label: t('reports:chart.refunds', { currency: r.currency }), data: r.days.map((d) => d.refunds / 100) }],
  }), [r, lang, t]);
  const methods = useMemo(() => ({
    labels: Object.keys(r.refundsByMethod).map((m) => t(`terms:refundMethod.${m}`)),
    series: [{ label: t('reports:chart.byMethod', { currency: r.currency }), data: Object.values(r.refundsByMethod).map((a) => a / 100) }],
  }), [r, t]);
  return (
    <div className="report">
      <div className="report-charts">
        <BarChart title={t('reports:chart.cases')} labels={days.labels} series={days.cases} />
        <BarChart title={t('reports:chart.refunds', { currency: r.currency })} labels={days.labels} series={days.refunds} />
        <BarChart title={t('reports:chart.byMethod', { currency: r.currency })} labels={methods.labels} series={methods.series} />
      </div>
      <div className="report-grid">
        <Table title={t('reports:section.counts')} head={[col('item'), col('detail'), col('count')]} empty={t('reports:empty')}
          rows={r.counts.map((c) => [t(`terms:caseType.${c.type}`), t(`terms:status.${c.status}`), c.count])} />
        <Table title={t('reports:section.refundsByMethod')} head={[col('item'), col('refunds')]}
          rows={[...Object.entries(r.refundsByMethod).map(([m, a]): [string, string] => [t(`terms:refundMethod.${m}`), money(a)]), [t('reports:total'), money(r.totalRefunds)]]} />
        <Table title={t('reports:section.drawer')} head={[col('item'), col('value')]}
          rows={[[t('reports:cashOut'), money(-r.drawer.cashOut)], [t('reports:cashIn'), money(r.drawer.cashIn)], [t('reports:cashNet'), money(r.drawer.net)]]} />
        <Table title={t('reports:section.refundsByReason')} head={[col('item'), col('lines'), col('refunds')]} empty={t('reports:empty')}
          rows={r.refundsByReason.map((x) => [t(`terms:reason.${x.reason}`), x.lines, money(x.amount)])} />
        <Table title={t('reports:section.refundsByStaff')} head={[col('staff'), col('cases'), col('refunds')]} empty={t('reports:empty')}
          rows={r.refundsByStaff.map((x) => [x.name, x.cases, money(x.amount)])} />
        <Table title={t('reports:section.complaints')} head={[col('item'), col('count')]}
          rows={[[t('reports:open'), r.complaints.open], [t('reports:overdue'), r.complaints.overdue], [t('reports:dueSoon'), r.complaints.dueSoon]]} />
        <Table title={t('reports:section.csat')} head={[col('staff'), col('week'), col('ratings'), col('average'), col('satisfied')]} empty={t('reports:noRatings')}
          rows={r.csat.map((x) => [x.name, x.week, x.ratings, x.average.toLocaleString(lang), `${x.satisfiedPercent} %`])} />
      </div>
    </div>
  );
}
