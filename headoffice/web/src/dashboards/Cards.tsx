import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { Drill, DashboardTable, TableId } from '../../../../shared/headoffice/dashboards.js';
import { dashboardNamespace } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import { drillAddress, type PageFilter } from './address.js';
import { formatCell } from './cells.js';

type Card = { id: string; values: string[]; drill: Drill };

/** Sums of a column over a table's rows, per currency ('' when no money). */
function sums(table: DashboardTable | undefined, column: number) {
  const by = new Map<string, number>();
  for (const r of table?.rows ?? []) by.set(r.currency, (by.get(r.currency) ?? 0) + (r.cells[column] ?? 0));
  return by;
}

/** The key figures, added up from the tables (so they match them), each leading to the cases behind it. */
export function Cards({ tables, filter, locale, go }: { tables: Map<TableId, DashboardTable>; filter: PageFilter; locale: Locale; go(address: string): void }) {
  const { t } = useTranslation(dashboardNamespace);
  const count = (n: number) => formatCell('count', n, '', locale);
  // A count adds up over currencies (a void of CZK and one of EUR are two voids).
  const total = (id: TableId, column: number) => [...sums(tables.get(id), column).values()].reduce((a, b) => a + b, 0);
  const perCurrency = (id: TableId, column: number, format: (value: number, currency: string) => string) =>
    [...sums(tables.get(id), column)].map(([currency, value]) => format(value, currency));

  const inTime = tables.get('resolved')?.rows.find((r) => r.key === 'in_time')?.cells[1] ?? null;
  // Return rate per currency: what was returned for against what was sold, where the sales feed reports sales.
  const rate = new Map<string, { sold: number; back: number }>();
  for (const r of tables.get('returnRate')?.rows ?? []) {
    if (!r.cells[1]) continue;
    const held = rate.get(r.currency) ?? { sold: 0, back: 0 };
    rate.set(r.currency, { sold: held.sold + r.cells[1], back: held.back + (r.cells[2] ?? 0) });
  }
  const csat = (tables.get('csatStores')?.rows ?? []).reduce((s, r) => ({ n: s.n + (r.cells[0] ?? 0), sum: s.sum + (r.cells[0] ?? 0) * (r.cells[1] ?? 0) }), { n: 0, sum: 0 });

  const cards: Card[] = [
    { id: 'open', values: [count(total('complaints', 0))], drill: { open: true, overdue: false } },
    { id: 'overdue', values: [count(total('complaints', 1))], drill: { open: true, overdue: true } },
    { id: 'inTime', values: [formatCell('share', inTime, '', locale)], drill: { figure: 'complaints.resolved', key: 'in_time' } },
    { id: 'returns', values: [count(total('returns', 0))], drill: { figure: 'returns.cases' } },
    { id: 'refunds', values: perCurrency('methods', 1, (v, c) => formatCell('value', v, c, locale)), drill: { figure: 'refunds.staff' } },
    { id: 'returnRate', values: [...rate].map(([c, x]) => `${formatCell('rate', Math.round((1000 * x.back) / x.sold) / 10, c, locale)} (${c})`), drill: { figure: 'returns.reason' } },
    { id: 'voids', values: [count(total('voids', 0))], drill: { figure: 'voids' } },
    { id: 'csat', values: [formatCell('average', csat.n ? Math.round((100 * csat.sum) / csat.n) / 100 : null, '', locale)], drill: { figure: 'csat' } },
  ];

  return (
    <ul className="dash-cards" aria-label={t('cards.label')}>
      {cards.map((c) => {
        const address = drillAddress(filter, c.drill);
        return (
          <li key={c.id} className="dash-card">
            <a href={address} onClick={(e) => { e.preventDefault(); go(address); }}>
              <span className="dash-card-label">{t(`cards.${c.id}`)}</span>
              {(c.values.length ? c.values : [t('cards.none')]).map((v) => <span key={v} className="dash-card-value">{v}</span>)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
