import { useTranslation } from 'react-i18next';
import type { DashboardPlaces, DashboardTable, TableId } from '../../../../shared/headoffice/dashboards.js';
import { dashboardNamespace } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import type { ScreenProps } from '../extensions.js';
import { ErrorText } from '../ErrorText.js';
import { useLoad } from '../use-load.js';
import { dashboardsAddress, filterFrom, filterParams } from './address.js';
import { Cards } from './Cards.js';
import { Filters } from './Filters.js';
import { useReasonNames } from './reason-names.js';
import { TableSection } from './TableSection.js';

/** The tables in the order a returns manager reads them on Monday. */
const groups: TableId[][] = [
  ['complaints', 'resolved', 'opened'],
  ['returns', 'reasons', 'products', 'categories'],
  ['methods', 'staff', 'voids', 'returnRate'],
  ['csatStores', 'csatStaff', 'csatWeeks'],
  ['trend', 'refundsTrend'],
];

/** The dashboards over the range and places in the address: key figures, then each table with its chart. */
export function Overview({ locale, go }: ScreenProps) {
  const { t } = useTranslation(dashboardNamespace);
  const filter = filterFrom(location.search);
  const places = useLoad<DashboardPlaces>('/api/dashboards/places');
  const { data, error } = useLoad<{ today: string; tables: DashboardTable[] }>(`/api/dashboards/tables?${filterParams(filter)}`);
  const reasons = useReasonNames();
  const reasonNames = reasons.data?.names;
  const tables = new Map((data?.tables ?? []).map((x) => [x.id, x]));

  return (
    <section aria-labelledby="dash-heading" className="dashboards">
      <h1 id="dash-heading">{t('heading')}</h1>
      <Filters filter={filter} places={places.data} onApply={(f) => go(dashboardsAddress(f))} />
      <ErrorText error={error ?? places.error ?? reasons.error} />
      {!data || !reasonNames ? !(error ?? reasons.error) && <p role="status">{t('loading')}</p> : (
        <>
          <Cards tables={tables} filter={filter} locale={locale} go={go} />
          {groups.map((ids) => (
            <div key={ids[0]} className="dash-group">
              {ids.map((id) => tables.get(id) && <TableSection key={id} table={tables.get(id)!} reasonNames={reasonNames} filter={filter} locale={locale} go={go} />)}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
